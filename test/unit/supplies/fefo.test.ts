import { describe, expect, it } from 'vitest';
import { planIssue } from '../../../shared/supplies/fefo.js';
import { stockByItem } from '../../../shared/supplies/stock.js';
import { TODAY, item, lot, movement, received } from './fixtures.js';

function stockOf(...lots: Parameters<typeof received>) {
  const store = received(...lots);
  return stockByItem([item()], store.lots, store.movements, TODAY)[0]!;
}

describe('FEFO issue plan', () => {
  const stock = stockOf(
    lot('noExpiryOld', { quantity: 50, receivedAt: '2024-03-01T09:00:00+08:00' }),
    lot('june', { quantity: 30, expiresOn: '2024-06-30' }),
    lot('noExpiryNew', { quantity: 50, receivedAt: '2024-04-05T09:00:00+08:00' }),
    lot('may', { quantity: 20, expiresOn: '2024-05-31' }),
    lot('expired', { quantity: 500, expiresOn: '2024-04-09' }),
    lot('quarantined', { quantity: 500, expiresOn: '2024-04-30', disinfection: undefined }),
  );

  it('takes first-expiring lots first, then lots without expiry oldest first, splitting the last lot', () => {
    expect(planIssue(stock, 75)).toEqual({
      ok: true,
      value: [
        { lotId: 'may', quantity: 20 },
        { lotId: 'june', quantity: 30 },
        { lotId: 'noExpiryOld', quantity: 25 },
      ],
    });
  });

  it('takes from a single lot when it suffices', () => {
    expect(planIssue(stock, 20)).toEqual({ ok: true, value: [{ lotId: 'may', quantity: 20 }] });
  });

  it('never draws on expired or quarantined lots, and may take everything available', () => {
    expect(stock.available).toBe(150);
    const plan = planIssue(stock, 150);
    expect(plan.ok && plan.value.map((a) => a.lotId)).toEqual(['may', 'june', 'noExpiryOld', 'noExpiryNew']);
  });

  it('refuses more than available as a whole, planning nothing', () => {
    expect(planIssue(stock, 150.5)).toEqual({
      ok: false,
      error: { code: 'insufficient_stock', field: 'quantity', message: 'only 150 available', requested: 150.5, available: 150 },
    });
  });

  it('refuses a zero, negative or non-numeric quantity', () => {
    for (const q of [0, -1, Number.NaN]) {
      expect(planIssue(stock, q)).toMatchObject({ ok: false, error: { code: 'invalid_quantity', field: 'quantity' } });
    }
  });

  it('breaks a tie in expiry by the earlier receipt instant, across offsets', () => {
    const tied = stockOf(
      lot('later', { quantity: 10, expiresOn: '2024-05-01', receivedAt: '2024-04-02T08:00:00+08:00' }),
      // 23:30 UTC on 1 April is 07:30 on 2 April in Beijing: the earlier delivery.
      lot('earlier', { quantity: 10, expiresOn: '2024-05-01', receivedAt: '2024-04-01T23:30:00Z' }),
    );
    const plan = planIssue(tied, 12);
    expect(plan.ok && plan.value).toEqual([
      { lotId: 'earlier', quantity: 10 },
      { lotId: 'later', quantity: 2 },
    ]);
  });

  it('plans against balances after earlier issues and splits decimal quantities exactly', () => {
    const a = lot('A', { quantity: 10.2, expiresOn: '2024-05-01' });
    const b = lot('B', { quantity: 5, expiresOn: '2024-06-01' });
    const store = received(a, b);
    const stock = stockByItem([item()], store.lots, [...store.movements, movement(a, -10.1)], TODAY)[0]!;
    const plan = planIssue(stock, 0.3);
    expect(plan.ok && plan.value).toEqual([
      { lotId: 'A', quantity: 0.1 },
      { lotId: 'B', quantity: 0.2 },
    ]);
  });
});
