import { describe, expect, it } from 'vitest';
import { compareByCover, dailyUseFor, daysOfCover, itemCover, lotAlerts, reorderQuantity } from '../../../shared/supplies/cover.js';
import { populationOn } from '../../../shared/supplies/forecast.js';
import { stockByItem } from '../../../shared/supplies/stock.js';
import { TODAY, item, lot, received } from './fixtures.js';

describe('daily use', () => {
  it('scales per person with the population, or stays fixed', () => {
    expect(dailyUseFor(item(), 1000)).toBe(2000);
    expect(dailyUseFor(item({ dailyUse: { mode: 'fixed', amount: 50 } }), 1000)).toBe(50);
  });
});

describe('days of cover', () => {
  const store = received(lot('A', { quantity: 28_000 }), lot('Q', { quantity: 5_000, disinfection: undefined }));
  const [masks] = stockByItem([item()], store.lots, store.movements, TODAY);
  const schedule = { population: 1000, changes: [{ from: '2024-04-12', population: 1200 }] };

  it('follows the day’s on-campus population: the minimum holds before a change and fails once more people are in', () => {
    const before = itemCover(item(), masks!, populationOn(schedule, '2024-04-11'), '2024-04-11');
    expect(before).toMatchObject({ population: 1000, dailyUse: 2000, daysOfCover: 14, underMinimum: false, reorderQuantity: 0 });

    const after = itemCover(item(), masks!, populationOn(schedule, '2024-04-12'), '2024-04-12');
    expect(after.population).toBe(1200);
    expect(after.daysOfCover).toBeCloseTo(11.667, 3);
    expect(after.underMinimum).toBe(true);
    // 14 days × 2,400 = 33,600, less 28,000 available and 5,000 awaiting disinfection.
    expect(after.reorderQuantity).toBe(600);
  });

  it('counts only available stock as cover: quarantined stock is not issuable', () => {
    expect(itemCover(item(), masks!, 1000, TODAY)).toMatchObject({ available: 28_000, quarantined: 5_000, daysOfCover: 14 });
  });

  it('is null, never an alert, when nothing is used', () => {
    expect(daysOfCover(0, 0)).toBeNull();
    expect(itemCover(item(), masks!, 0, TODAY)).toMatchObject({ daysOfCover: null, underMinimum: false, reorderQuantity: 0 });
  });

  it('is zero with no stock and some use', () => {
    expect(daysOfCover(0, 5)).toBe(0);
  });

  it('aims the reorder at a given target instead of the minimum', () => {
    expect(itemCover(item(), masks!, 1000, TODAY, { targetDays: 30 }).reorderQuantity).toBe(30 * 2000 - 33_000);
  });
});

describe('reorder quantity', () => {
  it('rounds up to whole units', () => {
    expect(reorderQuantity(10.2, 2.5, 14)).toBe(25);
  });

  it('does not round a whole need up because of float residue', () => {
    // 0.07 × 100 is 7.000000000000001 in binary floating point.
    expect(reorderQuantity(0, 0.07, 100)).toBe(7);
  });

  it('is zero when stock already exceeds the target', () => {
    expect(reorderQuantity(100, 2, 14)).toBe(0);
  });
});

describe('lot alerts', () => {
  const store = received(
    lot('in30', { expiresOn: '2024-05-10' }),
    lot('in31', { expiresOn: '2024-05-11' }),
    lot('today', { expiresOn: TODAY }),
    lot('yesterday', { expiresOn: '2024-04-09' }),
    lot('quarantinedSoon', { expiresOn: '2024-04-20', disinfection: undefined }),
    lot('noExpiry'),
  );
  const emptyLot = lot('emptyExpired', { expiresOn: '2024-04-01' });
  const [masks] = stockByItem([item()], [...store.lots, emptyLot], store.movements, TODAY);

  it('flags expired lots and lots whose last day is within 30 days, soonest first', () => {
    expect(lotAlerts(masks!, TODAY).map((a) => [a.lotId, a.kind, a.daysLeft])).toEqual([
      ['yesterday', 'expired', -1],
      ['today', 'expiringSoon', 0],
      ['quarantinedSoon', 'expiringSoon', 10],
      ['in30', 'expiringSoon', 30],
    ]);
  });

  it('takes the window from the options', () => {
    expect(itemCover(item(), masks!, 1000, TODAY, { expiryAlertDays: 0 }).lotAlerts.map((a) => a.lotId)).toEqual(['yesterday', 'today']);
  });
});

describe('ordering by cover', () => {
  it('puts the fewest days first and unused items last', () => {
    const rows = [{ daysOfCover: null }, { daysOfCover: 20 }, { daysOfCover: 3.5 }, { daysOfCover: null }, { daysOfCover: 0 }];
    expect(rows.sort(compareByCover).map((r) => r.daysOfCover)).toEqual([0, 3.5, 20, null, null]);
  });
});
