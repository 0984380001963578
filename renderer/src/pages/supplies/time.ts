import { format, formatISO } from 'date-fns';

/**
 * The value a datetime-local input (step 1 s) shows for an instant, in this computer's time zone. Seconds are kept so
 * that "now" is never earlier than a delivery recorded a moment ago.
 */
export const toLocalInput = (at: Date = new Date()) => format(at, "yyyy-MM-dd'T'HH:mm:ss");

/**
 * What a datetime-local input holds, as the ISO time with offset the host stores. Text that is not a time goes to the
 * host unchanged, which names the field that is wrong.
 */
export function fromLocalInput(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : formatISO(date);
}
