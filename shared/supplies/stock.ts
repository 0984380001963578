import type { IsoDate } from '../common/fields.js';
import type { Item, Lot, Movement } from './schema.js';

/**
 * Quantities are decimals (kg, L) summed over many movements; rounding to a millionth keeps binary-float residue
 * from making an empty lot look non-empty or a full issue look short.
 */
export function roundQuantity(quantity: number): number {
  // `|| 0` turns -0 into 0, so a zero never prints or compares as negative.
  return Math.round(quantity * 1e6) / 1e6 || 0;
}

/** Balance of every lot that has movements: the sum of its signed movement quantities. */
export function lotBalances(movements: readonly Movement[]): Map<string, number> {
  const balances = new Map<string, number>();
  for (const m of movements) balances.set(m.lotId, (balances.get(m.lotId) ?? 0) + m.quantity);
  for (const [lotId, balance] of balances) balances.set(lotId, roundQuantity(balance));
  return balances;
}

/**
 * `expired` wins over `quarantined`: an expired lot can never become available, whereas a quarantined one can.
 * `empty` hides lots with nothing left, so an old expired lot that was written off is no longer flagged.
 */
export type LotState = 'available' | 'quarantined' | 'expired' | 'empty';

export interface LotStatus {
  lot: Lot;
  balance: number;
  /** What may be issued from the lot now: its balance when available, else 0. */
  available: number;
  state: LotState;
}

/** `expiresOn` is the last day of use, so a lot expires the day after it. */
export function isExpired(lot: Pick<Lot, 'expiresOn'>, today: IsoDate): boolean {
  // Plain YYYY-MM-DD dates carry no offset, so they order as strings.
  return lot.expiresOn !== undefined && lot.expiresOn < today;
}

export function lotStatus(lot: Lot, balance: number, today: IsoDate): LotStatus {
  const state: LotState =
    balance <= 0 ? 'empty' : isExpired(lot, today) ? 'expired' : lot.disinfection === undefined ? 'quarantined' : 'available';
  return { lot, balance, available: state === 'available' ? balance : 0, state };
}

export interface ItemStock {
  itemId: string;
  /** Everything on the books, whatever its state. */
  onHand: number;
  available: number;
  quarantined: number;
  expired: number;
  lots: LotStatus[];
}

/** Stock of each item, in the order of `items`; one pass over lots and movements for the whole store. */
export function stockByItem(
  items: readonly Pick<Item, 'id'>[],
  lots: readonly Lot[],
  movements: readonly Movement[],
  today: IsoDate,
): ItemStock[] {
  const balances = lotBalances(movements);
  const byItem = new Map<string, ItemStock>(
    items.map((item) => [item.id, { itemId: item.id, onHand: 0, available: 0, quarantined: 0, expired: 0, lots: [] }]),
  );
  for (const lot of lots) {
    const stock = byItem.get(lot.itemId);
    if (stock === undefined) continue;
    const status = lotStatus(lot, balances.get(lot.id) ?? 0, today);
    stock.lots.push(status);
    if (status.state === 'empty') continue;
    stock.onHand = roundQuantity(stock.onHand + status.balance);
    stock[status.state] = roundQuantity(stock[status.state] + status.balance);
  }
  return [...byItem.values()];
}

export interface StockCardLine {
  movement: Movement;
  /** The item's balance on the books after this movement. */
  balance: number;
}

/** Every movement of one item in time order with the running balance; same-instant movements keep stored order. */
export function stockCard(itemId: string, movements: readonly Movement[]): StockCardLine[] {
  const ordered = movements.filter((m) => m.itemId === itemId).sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  let balance = 0;
  return ordered.map((movement) => {
    balance = roundQuantity(balance + movement.quantity);
    return { movement, balance };
  });
}
