import type { IsoDate } from '../common/fields.js';
import { daysFrom } from './days.js';
import type { Item } from './schema.js';
import type { ItemStock } from './stock.js';
import { roundQuantity } from './stock.js';

export const EXPIRY_ALERT_DAYS = 30;

export function dailyUseFor(item: Pick<Item, 'dailyUse'>, population: number): number {
  const { mode, amount } = item.dailyUse;
  return roundQuantity(mode === 'perPerson' ? amount * population : amount);
}

/**
 * Days the available stock lasts at `dailyUse`; null when nothing is used, as the stock never runs out
 * (null rather than Infinity because results travel as JSON).
 */
export function daysOfCover(available: number, dailyUse: number): number | null {
  return dailyUse > 0 ? available / dailyUse : null;
}

/** Whole units to order so that `usable` reaches `targetDays` of `dailyUse`; 0 when it already does. */
export function reorderQuantity(usable: number, dailyUse: number, targetDays: number): number {
  return Math.max(0, Math.ceil(roundQuantity(targetDays * dailyUse - usable)));
}

export interface LotAlert {
  lotId: string;
  expiresOn: IsoDate;
  balance: number;
  /** Days from today to the last day of use: 0 = last day today, negative = expired. */
  daysLeft: number;
  kind: 'expired' | 'expiringSoon';
}

/** Lots holding stock that have expired, or whose last day of use is within `withinDays` of today. */
export function lotAlerts(stock: ItemStock, today: IsoDate, withinDays: number = EXPIRY_ALERT_DAYS): LotAlert[] {
  const alerts: LotAlert[] = [];
  for (const { lot, balance, state } of stock.lots) {
    if (state === 'empty' || lot.expiresOn === undefined) continue;
    const daysLeft = daysFrom(today, lot.expiresOn);
    if (daysLeft > withinDays) continue;
    alerts.push({ lotId: lot.id, expiresOn: lot.expiresOn, balance, daysLeft, kind: state === 'expired' ? 'expired' : 'expiringSoon' });
  }
  return alerts.sort((a, b) => a.daysLeft - b.daysLeft);
}

export interface ItemCover {
  itemId: string;
  population: number;
  dailyUse: number;
  available: number;
  /** Received but awaiting disinfection: not counted in cover, but not re-ordered either. */
  quarantined: number;
  daysOfCover: number | null;
  minCoverDays: number;
  underMinimum: boolean;
  targetDays: number;
  reorderQuantity: number;
  lotAlerts: LotAlert[];
}

export interface CoverOptions {
  /** Days of cover the reorder suggestion aims at; the item's minimum by default. */
  targetDays?: number;
  expiryAlertDays?: number;
}

/** Cover of one item at today's on-campus `population`. */
export function itemCover(
  item: Pick<Item, 'id' | 'dailyUse' | 'minCoverDays'>,
  stock: ItemStock,
  population: number,
  today: IsoDate,
  options: CoverOptions = {},
): ItemCover {
  const dailyUse = dailyUseFor(item, population);
  const days = daysOfCover(stock.available, dailyUse);
  const targetDays = options.targetDays ?? item.minCoverDays;
  return {
    itemId: item.id,
    population,
    dailyUse,
    available: stock.available,
    quarantined: stock.quarantined,
    daysOfCover: days,
    minCoverDays: item.minCoverDays,
    underMinimum: days !== null && days < item.minCoverDays,
    targetDays,
    reorderQuantity: reorderQuantity(stock.available + stock.quarantined, dailyUse, targetDays),
    lotAlerts: lotAlerts(stock, today, options.expiryAlertDays),
  };
}

/** Fewest days of cover first; items that are not used (null) last. */
export function compareByCover(a: Pick<ItemCover, 'daysOfCover'>, b: Pick<ItemCover, 'daysOfCover'>): number {
  const x = a.daysOfCover ?? Infinity;
  const y = b.daysOfCover ?? Infinity;
  return x === y ? 0 : x - y;
}
