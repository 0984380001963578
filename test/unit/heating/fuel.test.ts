import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../shared/common/random.js';
import { addDaysToDate } from '../../../shared/heating/degreeDays.js';
import type { DegreeDay } from '../../../shared/heating/degreeDays.js';
import { fitFuelRate, fuelCover } from '../../../shared/heating/fuel.js';
import type { DailyQuantity } from '../../../shared/heating/fuel.js';

function history(days: number, rate: number, noiseSd: number, seed = 7) {
  const next = seededRandom(seed);
  const gaussian = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  const degreeDays: DegreeDay[] = [];
  const fuel: DailyQuantity[] = [];
  for (let i = 0; i < days; i += 1) {
    const date = addDaysToDate('2023-12-01', i);
    const meanCelsius = -8 + 20 * next(); // -8 … 12 °C: 6 … 26 degree-days
    const hdd = 18 - meanCelsius;
    degreeDays.push({ date, meanCelsius, hdd });
    fuel.push({ date, quantity: Math.max(0, rate * hdd + noiseSd * gaussian()) });
  }
  return { degreeDays, fuel };
}

const options = { minDays: 14, fallbackPerDegreeDay: 30 };

describe('fuel per degree-day', () => {
  it('recovers the rate from a noisy history', () => {
    const { degreeDays, fuel } = history(60, 42, 60);
    const rate = fitFuelRate(fuel, degreeDays, options);
    expect(rate.source).toBe('fitted');
    if (rate.source !== 'fitted') return;
    expect(rate.perDegreeDay).toBeGreaterThan(42 * 0.97);
    expect(rate.perDegreeDay).toBeLessThan(42 * 1.03);
    expect(rate.rSquared).toBeGreaterThan(0.8);
    expect(rate.rmse).toBeGreaterThan(40);
    expect(rate.rmse).toBeLessThan(80);
    expect(rate.days).toBe(60);
  });

  it('fits noise-free data exactly', () => {
    const { degreeDays, fuel } = history(20, 42, 0);
    const rate = fitFuelRate(fuel, degreeDays, options);
    expect(rate).toMatchObject({ source: 'fitted', rSquared: 1 });
    if (rate.source === 'fitted') {
      expect(rate.perDegreeDay).toBeCloseTo(42, 9);
      expect(rate.rmse).toBeCloseTo(0, 9);
    }
  });

  it('needs the minimum number of heating days; warm days and days without an outdoor mean do not count', () => {
    const { degreeDays, fuel } = history(14, 42, 0);
    const warm = { date: '2024-03-01', meanCelsius: 20, hdd: 0 };
    const withExtras = {
      degreeDays: [...degreeDays.slice(1), warm],
      fuel: [...fuel, { date: warm.date, quantity: 5 }],
    };
    expect(fitFuelRate(fuel, degreeDays, options).source).toBe('fitted');
    expect(fitFuelRate(withExtras.fuel, withExtras.degreeDays, options)).toEqual({
      source: 'fallback',
      perDegreeDay: 30,
      reason: 'tooFewDays',
      days: 14,
      heatingDays: 13,
    });
  });

  it('reports no rate when the history is short and no fallback is configured', () => {
    const { degreeDays, fuel } = history(5, 42, 0);
    expect(fitFuelRate(fuel, degreeDays, { minDays: 14, fallbackPerDegreeDay: null })).toMatchObject({
      source: 'none',
      reason: 'tooFewDays',
    });
  });

  it('falls back when no fuel was issued on any heating day', () => {
    const { degreeDays, fuel } = history(20, 0, 0);
    expect(fitFuelRate(fuel, degreeDays, options)).toMatchObject({ source: 'fallback', reason: 'noFuelUse' });
  });
});

describe('fuel cover', () => {
  const base = { kind: 'coal', perDegreeDay: 10, from: '2024-01-10' } as const;

  it('does not apply to district heat', () => {
    expect(fuelCover({ kind: 'district' })).toEqual({ applicable: false, reason: 'districtHeat' });
  });

  it('draws on the forecast first, then the average, and gives the day the stock runs short', () => {
    // Uses: 200, 100 (forecast), then 150 a day: 1000 − 300 = 700 lasts 4 2/3 average days.
    const cover = fuelCover({
      ...base,
      stock: 1000,
      forecast: [
        { date: '2024-01-10', hdd: 20 },
        { date: '2024-01-11', hdd: 10 },
      ],
      averageHdd: 15,
    });
    expect(cover.applicable).toBe(true);
    if (!cover.applicable) return;
    expect(cover.daysOfCover).toBeCloseTo(2 + 700 / 150);
    expect(cover.runOutDate).toBe('2024-01-16');
    expect(cover.projection.map((d) => [d.date, d.forecast, d.use, d.remaining])).toEqual([
      ['2024-01-10', true, 200, 800],
      ['2024-01-11', true, 100, 700],
      ['2024-01-12', false, 150, 550],
      ['2024-01-13', false, 150, 400],
      ['2024-01-14', false, 150, 250],
      ['2024-01-15', false, 150, 100],
      ['2024-01-16', false, 150, 0],
    ]);
  });

  it('names the next day when the stock exactly covers a whole number of days', () => {
    const cover = fuelCover({ ...base, stock: 300, forecast: [], averageHdd: 10 });
    expect(cover).toMatchObject({ daysOfCover: 3, runOutDate: '2024-01-13' });
  });

  it('carries on past the projection horizon at the average', () => {
    const cover = fuelCover({ ...base, stock: 1000, forecast: [], averageHdd: 1, horizonDays: 30 });
    expect(cover).toMatchObject({ daysOfCover: 100, runOutDate: '2024-04-19' });
    if (cover.applicable) expect(cover.projection).toHaveLength(30);
  });

  it('never runs out when no heat is needed', () => {
    expect(fuelCover({ ...base, stock: 10, forecast: [], averageHdd: 0 })).toMatchObject({
      daysOfCover: null,
      runOutDate: null,
    });
  });

  it('runs out at once with no stock on a cold day', () => {
    expect(fuelCover({ ...base, stock: 0, forecast: [], averageHdd: 5 })).toMatchObject({
      daysOfCover: 0,
      runOutDate: '2024-01-10',
    });
  });
});
