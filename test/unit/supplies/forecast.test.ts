import { describe, expect, it } from 'vitest';
import { forecastItem, populationOn, stockHistory } from '../../../shared/supplies/forecast.js';
import { stockByItem } from '../../../shared/supplies/stock.js';
import { TODAY, item, lot, movement, received } from './fixtures.js';

const fixed20 = item({ dailyUse: { mode: 'fixed', amount: 20 } });

function stockOf(...lots: Parameters<typeof received>) {
  const store = received(...lots);
  return stockByItem([item()], store.lots, store.movements, TODAY)[0]!;
}

describe('population schedule', () => {
  it('holds today’s population until the latest change on or before the date', () => {
    const schedule = { population: 100, changes: [{ from: '2024-04-20', population: 90 }, { from: '2024-04-15', population: 120 }] };
    expect(populationOn(schedule, '2024-04-14')).toBe(100);
    expect(populationOn(schedule, '2024-04-15')).toBe(120);
    expect(populationOn(schedule, '2024-04-19')).toBe(120);
    expect(populationOn(schedule, '2024-05-01')).toBe(90);
  });
});

describe('forecast', () => {
  it('removes what is left of a lot on its last day, after using it first, and runs out earlier for it', () => {
    const stock = stockOf(lot('soon', { quantity: 150, expiresOn: '2024-04-14' }), lot('keeps', { quantity: 100 }));
    const forecast = forecastItem(fixed20, stock, { population: 500 }, TODAY);
    expect(forecast.start).toBe(250);
    expect(forecast.days[3]).toMatchObject({ date: '2024-04-13', consumed: 20, expired: 0, stock: 170 });
    expect(forecast.days[4]).toMatchObject({ date: '2024-04-14', consumed: 20, expired: 50, stock: 100 });
    expect(forecast.days[9]).toMatchObject({ date: '2024-04-19', consumed: 20, stock: 0 });
    // Without the expiry, 250 at 20 a day would last until 22 April.
    expect(forecast.runOutDate).toBe('2024-04-20');
  });

  it('ignores expiries beyond the horizon and reports the day stock falls short', () => {
    const stock = stockOf(lot('late', { quantity: 250, expiresOn: '2024-12-31' }));
    const forecast = forecastItem(fixed20, stock, { population: 500 }, TODAY, 20);
    expect(forecast.days.reduce((sum, d) => sum + d.expired, 0)).toBe(0);
    expect(forecast.runOutDate).toBe('2024-04-22');
    expect(forecast.days[12]).toMatchObject({ date: '2024-04-22', use: 20, consumed: 10, stock: 0 });
  });

  it('agrees with days of cover: 14 days of stock runs out on the 15th day', () => {
    const forecast = forecastItem(item(), stockOf(lot('A', { quantity: 28 })), { population: 1 }, TODAY);
    expect(forecast.runOutDate).toBe('2024-04-24');
    expect(forecast.days[13]).toMatchObject({ date: '2024-04-23', stock: 0 });
  });

  it('follows population changes in the daily use', () => {
    const forecast = forecastItem(item(), stockOf(lot('A', { quantity: 200 })), { population: 10, changes: [{ from: '2024-04-15', population: 20 }] }, TODAY);
    expect(forecast.days.slice(4, 8).map((d) => [d.date, d.use, d.stock])).toEqual([
      ['2024-04-14', 20, 100],
      ['2024-04-15', 40, 60],
      ['2024-04-16', 40, 20],
      ['2024-04-17', 40, 0],
    ]);
    expect(forecast.runOutDate).toBe('2024-04-17');
  });

  it('leaves quarantined and expired lots out, and covers 60 days by default', () => {
    const stock = stockOf(
      lot('A', { quantity: 100 }),
      lot('Q', { quantity: 1000, disinfection: undefined }),
      lot('X', { quantity: 1000, expiresOn: '2024-04-09' }),
    );
    const forecast = forecastItem(item({ dailyUse: { mode: 'fixed', amount: 1 } }), stock, { population: 0 }, TODAY);
    expect(forecast.start).toBe(100);
    expect(forecast.days).toHaveLength(60);
    expect(forecast.days.at(-1)).toMatchObject({ date: '2024-06-08', stock: 40 });
    expect(forecast.runOutDate).toBeNull();
  });

  it('runs out today when nothing is available and something is used', () => {
    expect(forecastItem(fixed20, stockOf(), { population: 0 }, TODAY, 3).runOutDate).toBe(TODAY);
  });

  it('never runs out when nothing is used', () => {
    expect(forecastItem(item(), stockOf(), { population: 0 }, TODAY).runOutDate).toBeNull();
  });
});

describe('stock history', () => {
  it('gives one point per day with receipts, issues, adjustments and the closing balance', () => {
    const a = lot('A', { quantity: 100, receivedAt: '2024-04-01T09:00:00+08:00' });
    const b = lot('B', { quantity: 50, receivedAt: '2024-04-03T09:00:00+08:00' });
    const movements = [
      movement(a, 100),
      movement(a, -30, { at: '2024-04-02T12:00:00+08:00' }),
      movement(b, 50),
      movement(a, -10, { at: '2024-04-03T18:00:00+08:00' }),
      movement(a, -5, { kind: 'adjustment', reason: 'damage', at: '2024-04-03T19:00:00+08:00' }),
      movement(lot('R', { itemId: 'rice' }), 100),
      movement(b, -1, { at: '2024-04-06T08:00:00+08:00' }),
    ];
    expect(stockHistory('masks', movements, '2024-04-02', '2024-04-05')).toEqual([
      { date: '2024-04-02', received: 0, issued: 30, adjusted: 0, balance: 70 },
      { date: '2024-04-03', received: 50, issued: 10, adjusted: -5, balance: 105 },
      { date: '2024-04-04', received: 0, issued: 0, adjusted: 0, balance: 105 },
      { date: '2024-04-05', received: 0, issued: 0, adjusted: 0, balance: 105 },
    ]);
  });

  it('is empty when the range is reversed', () => {
    expect(stockHistory('masks', [], '2024-04-05', '2024-04-04')).toEqual([]);
  });
});
