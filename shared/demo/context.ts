import { formatISO } from 'date-fns';

export interface DemoContext {
  rand: () => number;
  now: Date;
  /** Adds the record fields every stored record carries, stamped at the generation time. */
  rec<T extends { id: string }>(fields: T): T & { createdAt: string; updatedAt: string };
}

export function demoContext(rand: () => number, now: Date): DemoContext {
  const stampAt = formatISO(now);
  return { rand, now, rec: (fields) => ({ ...fields, createdAt: stampAt, updatedAt: stampAt }) };
}
