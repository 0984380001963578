import { addHours, format, formatISO, startOfHour } from 'date-fns';

/** The value a datetime-local input shows for an instant, to the minute, in this computer's time zone. */
export const toLocalMinute = (at: Date | string = new Date()) => format(typeof at === 'string' ? new Date(at) : at, "yyyy-MM-dd'T'HH:mm");

/** The input's value as the ISO time with offset the host expects; what is not a time goes on for the host to name. */
export function fromLocalInput(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : formatISO(date);
}

/** A handover proposed for a new request: on the hour, a little ahead, so a fresh certificate still covers it. */
export const suggestedHandover = () => toLocalMinute(startOfHour(addHours(new Date(), 3)));

/** A calendar date (YYYY-MM-DD) as a Date at local noon, so formatting never slips to the day before. */
export const dateOnly = (date: string) => new Date(`${date}T12:00:00`);
