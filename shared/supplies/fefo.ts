import type { Lot } from './schema.js';
import type { SupplyResult } from './result.js';
import { refuse } from './result.js';
import type { ItemStock } from './stock.js';
import { roundQuantity } from './stock.js';

/** First-expiring first; lots without expiry after all dated ones; then oldest receipt first; then id, for a stable plan. */
export function compareFefo(a: Lot, b: Lot): number {
  if (a.expiresOn !== b.expiresOn) {
    if (a.expiresOn === undefined) return 1;
    if (b.expiresOn === undefined) return -1;
    return a.expiresOn < b.expiresOn ? -1 : 1;
  }
  return Date.parse(a.receivedAt) - Date.parse(b.receivedAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

export interface Allocation {
  lotId: string;
  /** Positive quantity taken from the lot; the issue movement carries its negative. */
  quantity: number;
}

/** Splits an issue of `quantity` across the available lots in FEFO order, or refuses it whole. */
export function planIssue(stock: ItemStock, quantity: number): SupplyResult<Allocation[]> {
  if (!Number.isFinite(quantity) || quantity <= 0) {
    return refuse({ code: 'invalid_quantity', field: 'quantity', message: 'must be a number greater than zero' });
  }
  const requested = roundQuantity(quantity);
  if (requested > stock.available) {
    return refuse({
      code: 'insufficient_stock',
      field: 'quantity',
      message: `only ${stock.available} available`,
      requested,
      available: stock.available,
    });
  }
  const lots = stock.lots.filter((s) => s.available > 0).sort((a, b) => compareFefo(a.lot, b.lot));
  const allocations: Allocation[] = [];
  let remaining = requested;
  for (const { lot, available } of lots) {
    if (remaining === 0) break;
    const take = Math.min(remaining, available);
    allocations.push({ lotId: lot.id, quantity: take });
    remaining = roundQuantity(remaining - take);
  }
  return { ok: true, value: allocations };
}

/**
 * The part of `stock` an issue recorded at `at` may draw on: lots available now that had also been received and
 * disinfected by then, so a back-dated issue never takes from a lot that was still quarantined (or not yet delivered).
 */
export function issuableAt(stock: ItemStock, at: string): ItemStock {
  const when = Date.parse(at);
  let available = 0;
  const lots = stock.lots.map((s) => {
    const disinfectedAt = s.lot.disinfection === undefined ? Infinity : Date.parse(s.lot.disinfection.at);
    if (s.available === 0 || (Date.parse(s.lot.receivedAt) <= when && disinfectedAt <= when)) {
      available = roundQuantity(available + s.available);
      return s;
    }
    return { ...s, available: 0 };
  });
  return { ...stock, available, lots };
}
