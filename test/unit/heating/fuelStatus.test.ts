import { describe, expect, it } from 'vitest';
import { addDaysToDate } from '../../../shared/heating/degreeDays.js';
import { dailyIssued, fitQuality, fuelStatus } from '../../../shared/heating/fuelStatus.js';
import type { FuelStatusInput } from '../../../shared/heating/fuelStatus.js';
import { heatingSettingsSchema } from '../../../shared/heating/schema.js';
import type { Movement } from '../../../shared/supplies/schema.js';
import type { ItemStock } from '../../../shared/supplies/stock.js';

const STAMP = '2024-01-01T00:00:00+08:00';
let seq = 0;
function movement(fields: Pick<Movement, 'itemId' | 'kind' | 'quantity' | 'reason' | 'at'>): Movement {
  seq += 1;
  return { id: `m${seq}`, createdAt: STAMP, updatedAt: STAMP, lotId: 'lot-1', by: 'Duty officer', ...fields };
}

describe('fuel used per day', () => {
  it('sums the fuel item’s issues by the campus date of each, leaving out receipts, adjustments and other items', () => {
    const days = dailyIssued(
      [
        movement({ itemId: 'coal', kind: 'issue', reason: 'use', quantity: -100.1, at: '2024-01-10T07:00:00+08:00' }),
        movement({ itemId: 'coal', kind: 'issue', reason: 'use', quantity: -200.2, at: '2024-01-10T23:30:00+08:00' }),
        movement({ itemId: 'coal', kind: 'issue', reason: 'use', quantity: -50, at: '2024-01-11T00:10:00+08:00' }),
        movement({ itemId: 'coal', kind: 'receipt', reason: 'receipt', quantity: 9000, at: '2024-01-10T09:00:00+08:00' }),
        movement({ itemId: 'coal', kind: 'adjustment', reason: 'damage', quantity: -300, at: '2024-01-10T09:00:00+08:00' }),
        movement({ itemId: 'rice', kind: 'issue', reason: 'use', quantity: -40, at: '2024-01-10T09:00:00+08:00' }),
      ],
      'coal',
    );
    expect(days).toEqual([
      { date: '2024-01-10', quantity: 300.3 },
      { date: '2024-01-11', quantity: 50 },
    ]);
  });
});

describe('fit quality', () => {
  it('is good within a 10 % typical miss, fair within 25 %, poor beyond', () => {
    expect(fitQuality(100, 1000)).toBe('good');
    expect(fitQuality(100.1, 1000)).toBe('fair');
    expect(fitQuality(250, 1000)).toBe('fair');
    expect(fitQuality(250.1, 1000)).toBe('poor');
    expect(fitQuality(0, 0)).toBe('poor');
  });
});

const TODAY = '2024-01-31';
const coal = { id: 'item-coal', name: 'Coal', unit: 'kg', category: 'fuel' as const, minCoverDays: 14 };
const stock = (available: number): ItemStock => ({ itemId: 'item-coal', onHand: available, available, quarantined: 0, expired: 0, lots: [] });

/** 30 days at a steady −2 °C (20 degree-days at base 18) burning exactly 50 kg per degree-day. */
function input(overrides: Partial<FuelStatusInput> = {}): FuelStatusInput {
  const outdoor = [];
  const dailyFuel = [];
  for (let i = 30; i >= 1; i -= 1) {
    const date = addDaysToDate(TODAY, -i);
    outdoor.push({ date, meanCelsius: i % 2 === 0 ? -2 : 0 });
    dailyFuel.push({ date, quantity: 50 * (i % 2 === 0 ? 20 : 18) });
  }
  return {
    settings: heatingSettingsSchema.parse({ fuelKind: 'coal', fuelItemId: 'item-coal' }),
    today: TODAY,
    item: coal,
    stock: stock(9500),
    dailyFuel,
    outdoor,
    historyDays: 7,
    ...overrides,
  };
}

describe('fuel status', () => {
  it('fits the rate from history and projects the stock to its run-out date', () => {
    const status = fuelStatus(input());
    if (!status.applicable) throw new Error('coal is applicable');
    expect(status.rate).toMatchObject({ source: 'fitted', days: 30, heatingDays: 30 });
    expect(status.rate.source === 'fitted' && status.rate.perDegreeDay).toBeCloseTo(50, 9);
    expect(status.quality).toBe('good');
    // The last 7 days alternate 18 and 20 degree-days, starting and ending on 18: 18 6/7 a day, about 943 kg.
    expect(status.averageHdd).toBeCloseTo(19 - 1 / 7, 9);
    expect(status.from).toBe(TODAY);
    expect(status.cover!.daysOfCover).toBeCloseTo(9500 / (50 * status.averageHdd!), 9);
    // 9,500 kg last 10.08 days from 31 January: 10 February is the first day it cannot fully cover.
    expect(status.cover!.runOutDate).toBe('2024-02-10');
    expect(status.history.map((d) => d.date)).toEqual(['2024-01-24', '2024-01-25', '2024-01-26', '2024-01-27', '2024-01-28', '2024-01-29', '2024-01-30']);
    expect(status.noCoverReason).toBeNull();
  });

  it('uses an entered forecast for the days it covers', () => {
    const warm = [TODAY, addDaysToDate(TODAY, 1)].map((date) => ({ date, meanCelsius: 18 }));
    const status = fuelStatus(input({ outdoor: [...input().outdoor, ...warm] }));
    if (!status.applicable) throw new Error('coal is applicable');
    expect(status.cover!.projection.slice(0, 3).map((d) => [d.forecast, d.use])).toEqual([
      [true, 0],
      [true, 0],
      [false, 50 * status.averageHdd!],
    ]);
  });

  it('starts the projection tomorrow when today’s fuel is already issued, and keeps today out of the fit', () => {
    const status = fuelStatus(input({ dailyFuel: [...input().dailyFuel, { date: TODAY, quantity: 99999 }] }));
    if (!status.applicable) throw new Error('coal is applicable');
    expect(status.from).toBe('2024-02-01');
    expect(status.rate.source === 'fitted' && status.rate.perDegreeDay).toBeCloseTo(50, 9);
  });

  it('falls back on the configured rate when the history is short, and says so', () => {
    const short = input().dailyFuel.slice(-5);
    const settings = heatingSettingsSchema.parse({ fuelKind: 'coal', fuelItemId: 'item-coal', fuelPerDegreeDayFallback: 40 });
    const status = fuelStatus(input({ dailyFuel: short, settings }));
    if (!status.applicable) throw new Error('coal is applicable');
    expect(status.rate).toMatchObject({ source: 'fallback', perDegreeDay: 40, reason: 'tooFewDays', heatingDays: 5 });
    expect(status.quality).toBeNull();
    expect(status.cover).not.toBeNull();
  });

  it('projects nothing without a rate, without recent outdoor means, or without a fuel item', () => {
    const noRate = fuelStatus(input({ dailyFuel: [] }));
    expect(noRate.applicable && noRate.noCoverReason).toBe('noRate');
    const noWeather = fuelStatus(input({ outdoor: input().outdoor.slice(0, 20) }));
    expect(noWeather.applicable && noWeather.noCoverReason).toBe('noDegreeDays');
    const noItem = fuelStatus(input({ settings: heatingSettingsSchema.parse({ fuelKind: 'oil' }), item: undefined }));
    expect(noItem).toMatchObject({ problem: 'noItem', noCoverReason: 'noItem', stock: null, cover: null });
    const gone = fuelStatus(input({ item: undefined }));
    expect(gone).toMatchObject({ problem: 'itemMissing', cover: null });
    const rice = fuelStatus(input({ item: { ...coal, category: 'food' } }));
    expect(rice).toMatchObject({ problem: 'notFuel', item: { id: 'item-coal' }, cover: null });
  });

  it('has nothing to run out of on district heat', () => {
    expect(fuelStatus(input({ settings: heatingSettingsSchema.parse({}) }))).toEqual({ kind: 'district', applicable: false });
  });
});
