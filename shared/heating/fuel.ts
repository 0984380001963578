import type { IsoDate } from '../common/fields.js';
import { addDaysToDate } from './degreeDays.js';
import type { DegreeDay } from './degreeDays.js';
import type { FuelKind } from './schema.js';

/** Fuel issued on one day, in the fuel item's unit. A day the history leaves out is not assumed to be zero. */
export interface DailyQuantity {
  date: IsoDate;
  quantity: number;
}

export type FuelRateShortfall = 'tooFewDays' | 'noFuelUse';

interface FitBasis {
  /** Days with both fuel issued and an outdoor mean. */
  days: number;
  /** Of those, days that needed heat (degree-days > 0): only they carry information about the rate. */
  heatingDays: number;
}

export type FuelRate =
  | (FitBasis & {
      source: 'fitted';
      perDegreeDay: number;
      /** 1 − SSres/SStot against the mean; negative when a line through the origin fits worse than the mean. Null when every day used the same. */
      rSquared: number | null;
      /** Typical daily miss of the fitted rate, in the fuel's unit. */
      rmse: number;
    })
  | (FitBasis & { source: 'fallback'; perDegreeDay: number; reason: FuelRateShortfall })
  | (FitBasis & { source: 'none'; reason: FuelRateShortfall });

export interface FuelRateOptions {
  minDays: number;
  fallbackPerDegreeDay: number | null;
}

/**
 * Fuel per degree-day fitted by least squares through the origin (use = rate × HDD: no heat needed, no fuel), when
 * the history has at least `minDays` heating days; otherwise the configured fallback, if any.
 */
export function fitFuelRate(
  dailyFuel: readonly DailyQuantity[],
  degreeDays: readonly DegreeDay[],
  options: FuelRateOptions,
): FuelRate {
  const hddByDate = new Map(degreeDays.map((d) => [d.date, d.hdd]));
  const pairs: { x: number; y: number }[] = [];
  for (const f of dailyFuel) {
    const hdd = hddByDate.get(f.date);
    if (hdd !== undefined) pairs.push({ x: hdd, y: f.quantity });
  }
  const basis: FitBasis = { days: pairs.length, heatingDays: pairs.filter((p) => p.x > 0).length };

  let sxy = 0;
  let sxx = 0;
  for (const { x, y } of pairs) {
    sxy += x * y;
    sxx += x * x;
  }
  const shortfall: FuelRateShortfall | null =
    basis.heatingDays < options.minDays ? 'tooFewDays' : sxy <= 0 ? 'noFuelUse' : null;
  if (shortfall !== null) {
    return options.fallbackPerDegreeDay === null
      ? { ...basis, source: 'none', reason: shortfall }
      : { ...basis, source: 'fallback', perDegreeDay: options.fallbackPerDegreeDay, reason: shortfall };
  }

  const rate = sxy / sxx;
  const meanY = pairs.reduce((s, p) => s + p.y, 0) / pairs.length;
  let ssRes = 0;
  let ssTot = 0;
  for (const { x, y } of pairs) {
    ssRes += (y - rate * x) ** 2;
    ssTot += (y - meanY) ** 2;
  }
  return {
    ...basis,
    source: 'fitted',
    perDegreeDay: rate,
    rSquared: ssTot === 0 ? null : 1 - ssRes / ssTot,
    // One parameter was fitted, so n − 1 degrees of freedom.
    rmse: Math.sqrt(ssRes / Math.max(1, pairs.length - 1)),
  };
}

export interface FuelProjectionDay {
  date: IsoDate;
  hdd: number;
  /** True when the day's degree-days come from the forecast, false when from the average. */
  forecast: boolean;
  use: number;
  /** Stock left at the end of the day. */
  remaining: number;
}

export type FuelCoverInput =
  | { kind: Extract<FuelKind, 'district'> }
  | {
      kind: Exclude<FuelKind, 'district'>;
      stock: number;
      perDegreeDay: number;
      /** First day the stock is drawn on. */
      from: IsoDate;
      /** Degree-days per forecast date; dates it leaves out (and all dates after it) use `averageHdd`. */
      forecast: readonly { date: IsoDate; hdd: number }[];
      /** E.g. recentMeanHdd over the last week. */
      averageHdd: number;
      /** Days projected day by day (default 90); forecast dates beyond it are ignored, the average carries on. */
      horizonDays?: number;
    };

export type FuelCover =
  | { applicable: false; reason: 'districtHeat' }
  | {
      applicable: true;
      /** Fractional days from `from` until the stock is gone; null when it never runs out (no heat needed). */
      daysOfCover: number | null;
      /** The first day the stock cannot fully cover; null with daysOfCover. */
      runOutDate: IsoDate | null;
      projection: FuelProjectionDay[];
    };

const DEFAULT_HORIZON_DAYS = 90;

/** How long a fuel stock lasts at the given rate under the forecast degree-days, then the average. */
export function fuelCover(input: FuelCoverInput): FuelCover {
  if (input.kind === 'district') return { applicable: false, reason: 'districtHeat' };
  const { perDegreeDay, from, averageHdd } = input;
  if (perDegreeDay < 0 || averageHdd < 0 || input.forecast.some((f) => f.hdd < 0)) {
    throw new RangeError('fuel rate and degree-days must not be negative');
  }
  const horizon = input.horizonDays ?? DEFAULT_HORIZON_DAYS;
  const forecast = new Map(input.forecast.map((f) => [f.date, f.hdd]));
  const projection: FuelProjectionDay[] = [];
  let remaining = Math.max(0, input.stock);

  for (let i = 0; i < horizon; i += 1) {
    const date = addDaysToDate(from, i);
    const forecastHdd = forecast.get(date);
    const hdd = forecastHdd ?? averageHdd;
    const use = perDegreeDay * hdd;
    if (use > remaining) {
      projection.push({ date, hdd, forecast: forecastHdd !== undefined, use, remaining: 0 });
      return { applicable: true, daysOfCover: i + remaining / use, runOutDate: date, projection };
    }
    remaining -= use;
    projection.push({ date, hdd, forecast: forecastHdd !== undefined, use, remaining });
  }

  // Past the horizon every day is an average day, so the rest of the stock lasts remaining / daily use.
  const averageUse = perDegreeDay * averageHdd;
  if (averageUse <= 0) return { applicable: true, daysOfCover: null, runOutDate: null, projection };
  const daysOfCover = horizon + remaining / averageUse;
  return { applicable: true, daysOfCover, runOutDate: addDaysToDate(from, Math.floor(daysOfCover)), projection };
}
