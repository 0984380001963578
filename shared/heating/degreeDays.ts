import { addDays, format, parseISO } from 'date-fns';
import type { IsoDate } from '../common/fields.js';
import type { OutdoorInput } from './schema.js';

export interface DegreeDay {
  date: IsoDate;
  meanCelsius: number;
  hdd: number;
}

/** Heating degree-days of one day: how far its mean fell below the base; a warm day needs no heat, not negative heat. */
export function heatingDegreeDays(meanCelsius: number, baseCelsius: number): number {
  return Math.max(0, baseCelsius - meanCelsius);
}

/** Degree-days per date in date order; of two entries for one date, the later in the list wins. */
export function degreeDays(outdoor: readonly OutdoorInput[], baseCelsius: number): DegreeDay[] {
  const byDate = new Map<IsoDate, number>();
  for (const o of outdoor) byDate.set(o.date, o.meanCelsius);
  // YYYY-MM-DD dates sort as strings: they are calendar days, not instants with offsets.
  return [...byDate]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, meanCelsius]) => ({ date, meanCelsius, hdd: heatingDegreeDays(meanCelsius, baseCelsius) }));
}

export function addDaysToDate(date: IsoDate, days: number): IsoDate {
  return format(addDays(parseISO(date), days), 'yyyy-MM-dd');
}

/**
 * Mean degree-days over the `days` dates ending at `through` (inclusive), counting only dates with a reading:
 * the "recent average" a fuel forecast falls back on. Null when none of those dates has one.
 */
export function recentMeanHdd(series: readonly DegreeDay[], through: IsoDate, days: number): number | null {
  const after = addDaysToDate(through, -days);
  let sum = 0;
  let n = 0;
  for (const d of series) {
    if (d.date > after && d.date <= through) {
      sum += d.hdd;
      n += 1;
    }
  }
  return n === 0 ? null : sum / n;
}
