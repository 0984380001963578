import { format, formatISO } from 'date-fns';

/** A round is timed to the minute: the value a datetime-local input shows, in this computer's time zone. */
export const toLocalMinute = (at: Date = new Date()) => format(at, "yyyy-MM-dd'T'HH:mm");

/** The input's value as the ISO time with offset the host stores; what is not a time goes on for the host to name. */
export function fromLocalInput(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : formatISO(date);
}
