import type { IsoDate } from '../common/fields.js';
import { compareByCover, dailyUseFor, itemCover, type ItemCover } from './cover.js';
import { shiftDate } from './days.js';
import { compareFefo } from './fefo.js';
import { FORECAST_HORIZON_DAYS, forecastItem, stockHistory, type Forecast, type HistoryDay } from './forecast.js';
import type { Item, Lot, Movement } from './schema.js';
import { stockByItem, type ItemStock, type LotStatus } from './stock.js';

/*
 * What the supplies pages show, composed from the calculators so that the host answers with finished figures and the
 * UI only lays them out.
 */

export interface OverviewRow extends ItemCover {
  item: Item;
  /** Everything on the books: available, quarantined and expired. */
  onHand: number;
  expired: number;
  /** From the projection, so a lot expiring before the stock is used up brings it forward. */
  runOutDate: IsoDate | null;
}

export interface SuppliesOverview {
  today: IsoDate;
  /** People on campus today, whom per-person daily use follows. */
  population: number;
  /** Fewest days of cover first. */
  rows: OverviewRow[];
}

function row(item: Item, stock: ItemStock, population: number, today: IsoDate): OverviewRow {
  return {
    ...itemCover(item, stock, population, today),
    item,
    onHand: stock.onHand,
    expired: stock.expired,
    runOutDate: forecastItem(item, stock, { population }, today).runOutDate,
  };
}

export function suppliesOverview(
  items: readonly Item[],
  lots: readonly Lot[],
  movements: readonly Movement[],
  population: number,
  today: IsoDate,
): SuppliesOverview {
  const stocks = stockByItem(items, lots, movements, today);
  const rows = items.map((item, i) => row(item, stocks[i]!, population, today));
  rows.sort((a, b) => compareByCover(a, b) || a.item.name.localeCompare(b.item.name));
  return { today, population, rows };
}

/** Lots that still hold stock in the order they will be issued, then spent lots newest first. */
export function orderLots(lots: readonly LotStatus[]): LotStatus[] {
  const held = lots.filter((s) => s.state !== 'empty').sort((a, b) => compareFefo(a.lot, b.lot));
  const spent = lots.filter((s) => s.state === 'empty').sort((a, b) => Date.parse(b.lot.receivedAt) - Date.parse(a.lot.receivedAt));
  return [...held, ...spent];
}

export interface ItemDetail {
  today: IsoDate;
  population: number;
  row: OverviewRow;
  lots: LotStatus[];
}

export function itemDetail(item: Item, lots: readonly Lot[], movements: readonly Movement[], population: number, today: IsoDate): ItemDetail {
  const [stock] = stockByItem([item], lots, movements, today);
  const r = row(item, stock!, population, today);
  return { today, population, row: r, lots: orderLots(stock!.lots) };
}

export const HISTORY_DAYS = 30;

export interface ItemForecast {
  today: IsoDate;
  item: Item;
  population: number;
  dailyUse: number;
  /** The stock that gives exactly the item's minimum days of cover at today's use. */
  minimumStock: number;
  /** Balance on the books at the end of each of the last `historyDays` days, today included. */
  history: HistoryDay[];
  /** Available stock from today over the horizon, with the day it runs out. */
  projection: Forecast;
}

export function itemForecast(
  item: Item,
  lots: readonly Lot[],
  movements: readonly Movement[],
  population: number,
  today: IsoDate,
  options: { historyDays?: number; horizonDays?: number } = {},
): ItemForecast {
  const historyDays = options.historyDays ?? HISTORY_DAYS;
  const [stock] = stockByItem([item], lots, movements, today);
  const dailyUse = dailyUseFor(item, population);
  return {
    today,
    item,
    population,
    dailyUse,
    minimumStock: dailyUse * item.minCoverDays,
    history: stockHistory(item.id, movements, shiftDate(today, 1 - historyDays), today),
    projection: forecastItem(item, stock!, { population }, today, options.horizonDays ?? FORECAST_HORIZON_DAYS),
  };
}
