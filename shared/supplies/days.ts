import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';
import type { IsoDate, IsoDateTime } from '../common/fields.js';

export function shiftDate(date: IsoDate, days: number): IsoDate {
  return format(addDays(parseISO(date), days), 'yyyy-MM-dd');
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysFrom(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from));
}

/** `count` consecutive dates starting at `from`. */
export function dateRange(from: IsoDate, count: number): IsoDate[] {
  return Array.from({ length: count }, (_, i) => shiftDate(from, i));
}

/**
 * The calendar date of a timestamp as written, i.e. in the offset it was recorded with. The host records in the
 * campus's offset, so this is the campus date without needing a time-zone database here.
 */
export function dateOf(at: IsoDateTime): IsoDate {
  return at.slice(0, 10);
}
