import type { IsoDateTime } from '../common/fields.js';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/** Epoch milliseconds: ISO strings with different offsets do not order as text. */
export function instant(at: IsoDateTime): number {
  const ms = Date.parse(at);
  if (Number.isNaN(ms)) throw new RangeError(`not an ISO 8601 date-time: ${at}`);
  return ms;
}

export function isoOf(ms: number): IsoDateTime {
  return new Date(ms).toISOString();
}
