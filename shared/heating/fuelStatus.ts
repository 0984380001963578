import type { IsoDate } from '../common/fields.js';
import type { Item, Movement } from '../supplies/schema.js';
import type { ItemStock } from '../supplies/stock.js';
import { roundQuantity } from '../supplies/stock.js';
import { addDaysToDate, degreeDays, recentMeanHdd } from './degreeDays.js';
import { fitFuelRate, fuelCover } from './fuel.js';
import type { DailyQuantity, FuelCover, FuelRate } from './fuel.js';
import type { FuelKind, HeatingSettings, OutdoorInput } from './schema.js';

/**
 * Fuel used per campus day: the item's issues (goods out for use), summed by the date written in each movement's
 * own offset. Adjustments (damage, count corrections) are not use, and days without an issue are left out.
 */
export function dailyIssued(movements: readonly Movement[], itemId: string): DailyQuantity[] {
  const byDate = new Map<IsoDate, number>();
  for (const m of movements) {
    if (m.itemId !== itemId || m.kind !== 'issue') continue;
    const date = m.at.slice(0, 10);
    byDate.set(date, (byDate.get(date) ?? 0) - m.quantity);
  }
  return [...byDate]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, quantity]) => ({ date, quantity: roundQuantity(quantity) }));
}

export type FitQuality = 'good' | 'fair' | 'poor';

/**
 * How far to trust a fitted rate: its typical daily miss against the typical day's use. Within 10 % a run-out date
 * holds to a day or two over a fortnight; beyond 25 % it is a rough guide.
 */
export function fitQuality(rmse: number, meanDailyUse: number): FitQuality {
  if (meanDailyUse <= 0) return 'poor';
  const miss = rmse / meanDailyUse;
  return miss <= 0.1 ? 'good' : miss <= 0.25 ? 'fair' : 'poor';
}

export type FuelSetupProblem =
  /** Coal, gas or oil without a stock item named in the settings. */
  | 'noItem'
  /** The named item is gone (deleted since), or is not in the fuel category. */
  | 'itemMissing'
  | 'notFuel';

export type NoCoverReason = FuelSetupProblem | 'noRate' | 'noDegreeDays';

export interface FuelHistoryDay {
  date: IsoDate;
  /** Null on a day without an issue: unknown, not zero. */
  used: number | null;
  hdd: number | null;
}

export type FuelStatus =
  | { kind: Extract<FuelKind, 'district'>; applicable: false }
  | {
      kind: Exclude<FuelKind, 'district'>;
      applicable: true;
      /** `minCoverDays` is the supplies minimum (R8): fewer days of cover is an alert. */
      item: Pick<Item, 'id' | 'name' | 'unit' | 'minCoverDays'> | null;
      problem: FuelSetupProblem | null;
      /** Available: disinfected, unexpired stock; quarantined and expired lots cannot be burnt yet or at all. */
      stock: Pick<ItemStock, 'available' | 'onHand' | 'quarantined' | 'expired'> | null;
      rate: FuelRate;
      /** Heating days of history a fitted rate needs (the settings'), to say how far a fallback is from one. */
      fitMinDays: number;
      /** For a fitted rate only. */
      quality: FitQuality | null;
      /** Mean degree-days of the last week with outdoor means: the days after the forecast are assumed like it. */
      averageHdd: number | null;
      /** The first day the projection draws on: today, or tomorrow when today's fuel has already been issued. */
      from: IsoDate;
      history: FuelHistoryDay[];
      cover: Extract<FuelCover, { applicable: true }> | null;
      noCoverReason: NoCoverReason | null;
    };

export interface FuelStatusInput {
  settings: HeatingSettings;
  today: IsoDate;
  /** The item named by `settings.fuelItemId`, if it exists. */
  item: Pick<Item, 'id' | 'name' | 'unit' | 'category' | 'minCoverDays'> | undefined;
  stock: ItemStock | undefined;
  /** Daily issues of the fuel item over the fitting window, today included if issued. */
  dailyFuel: readonly DailyQuantity[];
  /** Outdoor means: the past for the fit and the recent average, dates from today on as the forecast. */
  outdoor: readonly OutdoorInput[];
  /** Days of history shown; the fit uses all of `dailyFuel`. */
  historyDays: number;
  horizonDays?: number;
}

const AVERAGE_OVER_DAYS = 7;

/** Everything the fuel card shows: the rate and how it was found, the stock, and how long it lasts. */
export function fuelStatus(input: FuelStatusInput): FuelStatus {
  const { settings, today } = input;
  const kind = settings.fuelKind;
  if (kind === 'district') return { kind, applicable: false };

  const series = degreeDays(input.outdoor, settings.hddBaseCelsius);
  const hddByDate = new Map(series.map((d) => [d.date, d.hdd]));
  // Today's issue is part of a day still under way: it does not go into the fit, but it moves the projection on a day.
  const past = input.dailyFuel.filter((d) => d.date < today);
  const issuedToday = input.dailyFuel.some((d) => d.date === today && d.quantity > 0);
  const rate = fitFuelRate(past, series, { minDays: settings.fuelFitMinDays, fallbackPerDegreeDay: settings.fuelPerDegreeDayFallback });

  let quality: FitQuality | null = null;
  if (rate.source === 'fitted') {
    const fitDays = past.filter((d) => hddByDate.has(d.date));
    quality = fitQuality(rate.rmse, fitDays.reduce((s, d) => s + d.quantity, 0) / Math.max(1, fitDays.length));
  }

  const usedByDate = new Map(input.dailyFuel.map((d) => [d.date, d.quantity]));
  const history: FuelHistoryDay[] = [];
  for (let i = input.historyDays; i >= 1; i -= 1) {
    const date = addDaysToDate(today, -i);
    history.push({ date, used: usedByDate.get(date) ?? null, hdd: hddByDate.get(date) ?? null });
  }

  const problem: FuelSetupProblem | null =
    settings.fuelItemId === undefined ? 'noItem' : input.item === undefined ? 'itemMissing' : input.item.category !== 'fuel' ? 'notFuel' : null;
  const averageHdd = recentMeanHdd(series, addDaysToDate(today, -1), AVERAGE_OVER_DAYS);
  const from = issuedToday ? addDaysToDate(today, 1) : today;
  const stock = problem === null && input.stock ? input.stock : null;

  let cover: Extract<FuelCover, { applicable: true }> | null = null;
  let noCoverReason: NoCoverReason | null = problem;
  if (noCoverReason === null && rate.source === 'none') noCoverReason = 'noRate';
  if (noCoverReason === null && averageHdd === null) noCoverReason = 'noDegreeDays';
  if (noCoverReason === null && rate.source !== 'none' && averageHdd !== null) {
    const result = fuelCover({
      kind,
      stock: stock?.available ?? 0,
      perDegreeDay: rate.perDegreeDay,
      from,
      forecast: series.filter((d) => d.date >= from),
      averageHdd,
      ...(input.horizonDays === undefined ? {} : { horizonDays: input.horizonDays }),
    });
    if (result.applicable) cover = result;
  }

  return {
    kind,
    applicable: true,
    item: input.item ? { id: input.item.id, name: input.item.name, unit: input.item.unit, minCoverDays: input.item.minCoverDays } : null,
    problem,
    stock: stock && { available: stock.available, onHand: stock.onHand, quarantined: stock.quarantined, expired: stock.expired },
    rate,
    fitMinDays: settings.fuelFitMinDays,
    quality,
    averageHdd,
    from,
    history,
    cover,
    noCoverReason,
  };
}
