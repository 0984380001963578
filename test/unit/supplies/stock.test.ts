import { describe, expect, it } from 'vitest';
import { adjustmentDelta, checkDisinfection } from '../../../shared/supplies/checks.js';
import { lotBalances, stockByItem, stockCard } from '../../../shared/supplies/stock.js';
import { TODAY, item, lot, movement, received } from './fixtures.js';

describe('lot balances', () => {
  it('sums signed movements per lot without float residue', () => {
    const a = lot('A', { quantity: 0.3 });
    const b = lot('B');
    const balances = lotBalances([movement(a, 0.3), movement(a, -0.1), movement(a, -0.1), movement(a, -0.1), movement(b, 100), movement(b, -40)]);
    expect(balances.get('A')).toBe(0);
    expect(balances.get('B')).toBe(60);
  });
});

describe('lot availability', () => {
  const { lots, movements } = received(
    lot('ok'),
    lot('quarantined', { disinfection: undefined }),
    lot('lastDayToday', { expiresOn: TODAY }),
    lot('expired', { expiresOn: '2024-04-09' }),
    lot('expiredAndQuarantined', { expiresOn: '2024-03-31', disinfection: undefined }),
    lot('otherItem', { itemId: 'rice' }),
  );
  const usedUp = lot('usedUp', { expiresOn: '2024-04-01' });
  const [masks] = stockByItem([item()], [...lots, usedUp], [...movements, movement(usedUp, 100), movement(usedUp, -100)], TODAY);

  it('makes only disinfected, unexpired lots available; a lot is usable on its expiry date', () => {
    const states = Object.fromEntries(masks!.lots.map((s) => [s.lot.id, [s.state, s.available]]));
    expect(states).toEqual({
      ok: ['available', 100],
      quarantined: ['quarantined', 0],
      lastDayToday: ['available', 100],
      expired: ['expired', 0],
      expiredAndQuarantined: ['expired', 0],
      usedUp: ['empty', 0],
    });
  });

  it('totals each state and leaves other items out', () => {
    expect(masks).toMatchObject({ itemId: 'masks', onHand: 500, available: 200, quarantined: 100, expired: 200 });
  });

  it('gives an item without lots an empty stock', () => {
    expect(stockByItem([item({ id: 'gloves' })], lots, movements, TODAY)).toEqual([
      { itemId: 'gloves', onHand: 0, available: 0, quarantined: 0, expired: 0, lots: [] },
    ]);
  });
});

describe('stock card', () => {
  it('orders movements by instant across offsets and runs the balance', () => {
    const a = lot('A');
    const card = stockCard('masks', [
      movement(a, -30, { at: '2024-04-02T09:00:00+08:00' }),
      // 01:30 UTC on 2 April is 09:30 in Beijing: after the 09:00 issue although it sorts first as a string.
      movement(a, -20, { at: '2024-04-02T01:30:00Z' }),
      movement(a, 100, { at: '2024-04-01T09:00:00+08:00' }),
    ]);
    expect(card.map((line) => [line.movement.quantity, line.balance])).toEqual([
      [100, 100],
      [-30, 70],
      [-20, 50],
    ]);
  });
});

describe('adjustments', () => {
  it('writes off at most the balance', () => {
    expect(adjustmentDelta({ reason: 'damage', quantity: 40 }, 40)).toEqual({ ok: true, value: -40 });
    const refused = adjustmentDelta({ reason: 'expiry', quantity: 40.5 }, 40);
    expect(refused).toMatchObject({ ok: false, error: { code: 'exceeds_balance', field: 'quantity', requested: 40.5, available: 40 } });
  });

  it('moves the books to the count, either way, and refuses a count that changes nothing', () => {
    expect(adjustmentDelta({ reason: 'countCorrection', quantity: 37 }, 40)).toEqual({ ok: true, value: -3 });
    expect(adjustmentDelta({ reason: 'countCorrection', quantity: 41.2 }, 40)).toEqual({ ok: true, value: 1.2 });
    expect(adjustmentDelta({ reason: 'countCorrection', quantity: 40 }, 40)).toMatchObject({ ok: false, error: { code: 'no_change' } });
  });
});

describe('disinfection', () => {
  const record = { at: '2024-04-01T09:00:00+08:00', by: 'Wang Li', method: 'UV' };

  it('may be recorded at the instant of receipt, not before it, compared across offsets', () => {
    const quarantined = lot('Q', { disinfection: undefined });
    expect(checkDisinfection(quarantined, record).ok).toBe(true);
    expect(checkDisinfection(quarantined, { ...record, at: '2024-04-01T00:59:59Z' })).toMatchObject({
      ok: false,
      error: { code: 'disinfected_before_receipt', field: 'at' },
    });
  });

  it('is recorded once', () => {
    expect(checkDisinfection(lot('D'), record)).toMatchObject({ ok: false, error: { code: 'already_disinfected' } });
  });
});
