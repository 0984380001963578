import { format, formatISO } from 'date-fns';

export interface DateTimeInputOptions {
  /**
   * Keep the seconds (give the input `step={1}`): for a form whose "now" must not fall before a record made a moment
   * ago, such as a disinfection right after the delivery it follows. Minutes otherwise.
   */
  seconds?: boolean;
}

/** The value a datetime-local input shows for an instant, in this computer's time zone. */
export function toDateTimeInput(at: Date | string = new Date(), { seconds = false }: DateTimeInputOptions = {}): string {
  return format(typeof at === 'string' ? new Date(at) : at, seconds ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd'T'HH:mm");
}

/**
 * What a datetime-local input holds, as the ISO time with this computer's offset that the host expects. Text that is
 * not a time goes to the host unchanged, which names the field that is wrong.
 */
export function fromDateTimeInput(value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : formatISO(date);
}
