import type { IsoDate } from '../common/fields.js';
import { dailyUseFor } from './cover.js';
import { dateOf, dateRange, daysFrom } from './days.js';
import { compareFefo } from './fefo.js';
import type { Item, Movement, MovementKind } from './schema.js';
import type { ItemStock } from './stock.js';
import { roundQuantity } from './stock.js';

export const FORECAST_HORIZON_DAYS = 60;

export interface PopulationSchedule {
  /** On campus today. */
  population: number;
  /** Planned changes, each holding from its date on (a replacement entering, a rotation leaving …). */
  changes?: readonly { from: IsoDate; population: number }[];
}

export function populationOn(schedule: PopulationSchedule, date: IsoDate): number {
  let latest: { from: IsoDate; population: number } | undefined;
  for (const change of schedule.changes ?? []) {
    if (change.from <= date && (latest === undefined || change.from >= latest.from)) latest = change;
  }
  return latest?.population ?? schedule.population;
}

export interface UseDay {
  date: IsoDate;
  population: number;
  use: number;
}

export function dailyUseSeries(item: Pick<Item, 'dailyUse'>, schedule: PopulationSchedule, from: IsoDate, days: number): UseDay[] {
  return dateRange(from, days).map((date) => {
    const population = populationOn(schedule, date);
    return { date, population, use: dailyUseFor(item, population) };
  });
}

export interface ProjectedDay extends UseDay {
  /** Less than `use` once the stock runs out. */
  consumed: number;
  /** Left in lots whose last day of use this is, removed at its end. */
  expired: number;
  /** Available stock at the end of the day. */
  stock: number;
}

export interface Forecast {
  /** Available stock before the first day. */
  start: number;
  days: ProjectedDay[];
  /** First day whose use the stock cannot meet in full; null if none within the series. */
  runOutDate: IsoDate | null;
}

/**
 * Projects the available lots over `series`, which starts today: each day's use is taken first-expiring first,
 * then whatever is left in lots whose last day it was is removed. Quarantined lots are left out, as they may not
 * be issued until disinfected.
 */
export function projectStock(stock: ItemStock, series: readonly UseDay[]): Forecast {
  const lots = stock.lots
    .filter((s) => s.available > 0)
    .sort((a, b) => compareFefo(a.lot, b.lot))
    .map((s) => ({ expiresOn: s.lot.expiresOn, left: s.available }));
  let total = stock.available;
  let runOutDate: IsoDate | null = null;
  const days = series.map((day): ProjectedDay => {
    let wanted = day.use;
    let expired = 0;
    for (const lot of lots) {
      const take = Math.min(wanted, lot.left);
      lot.left = roundQuantity(lot.left - take);
      wanted = roundQuantity(wanted - take);
      if (lot.expiresOn === day.date) {
        expired = roundQuantity(expired + lot.left);
        lot.left = 0;
      }
    }
    const consumed = roundQuantity(day.use - wanted);
    total = roundQuantity(total - consumed - expired);
    if (wanted > 0 && runOutDate === null) runOutDate = day.date;
    return { ...day, consumed, expired, stock: total };
  });
  return { start: stock.available, days, runOutDate };
}

export function forecastItem(
  item: Pick<Item, 'dailyUse'>,
  stock: ItemStock,
  schedule: PopulationSchedule,
  today: IsoDate,
  horizonDays: number = FORECAST_HORIZON_DAYS,
): Forecast {
  return projectStock(stock, dailyUseSeries(item, schedule, today, horizonDays));
}

export interface HistoryDay {
  date: IsoDate;
  received: number;
  /** Issued for use, as a positive quantity. */
  issued: number;
  /** Net of adjustments (write-offs negative, count corrections either way). */
  adjusted: number;
  /** Balance on the books at the end of the day. */
  balance: number;
}

/** One point per day from `from` to `to` inclusive, for the item's stock chart; earlier movements open the balance. */
export function stockHistory(itemId: string, movements: readonly Movement[], from: IsoDate, to: IsoDate): HistoryDay[] {
  const totals = new Map<IsoDate, Record<MovementKind, number>>();
  let balance = 0;
  for (const m of movements) {
    if (m.itemId !== itemId) continue;
    const date = dateOf(m.at);
    if (date < from) balance += m.quantity;
    else if (date <= to) {
      const day = totals.get(date) ?? { receipt: 0, issue: 0, adjustment: 0 };
      day[m.kind] += m.quantity;
      totals.set(date, day);
    }
  }
  return dateRange(from, Math.max(0, daysFrom(from, to) + 1)).map((date) => {
    const day = totals.get(date) ?? { receipt: 0, issue: 0, adjustment: 0 };
    balance = roundQuantity(balance + day.receipt + day.issue + day.adjustment);
    return {
      date,
      received: roundQuantity(day.receipt),
      issued: roundQuantity(Math.abs(day.issue)),
      adjusted: roundQuantity(day.adjustment),
      balance,
    };
  });
}
