import { writeCsv } from '../campus/csv.js';
import type { Item, Lot, Movement } from './schema.js';
import { stockCard, type ItemStock } from './stock.js';

/**
 * A spreadsheet runs a cell that starts with = + - @ as a formula; free text (supplier, notes) is typed by whoever
 * records a delivery, so such text is prefixed with an apostrophe. Numbers are written as they are.
 */
function text(value: string | undefined): string | undefined {
  return value !== undefined && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const num = (n: number) => String(n);

export const STOCK_COLUMNS = [
  'itemId',
  'item',
  'category',
  'unit',
  'lotId',
  'state',
  'balance',
  'expiresOn',
  'receivedAt',
  'supplier',
  'deliveryNoteNo',
  'contactless',
  'disinfectedAt',
  'disinfectedBy',
  'disinfectionMethod',
] as const;

/** One row per lot that holds stock, item by item in the order given, lots in issue order. */
export function exportStockCsv(items: readonly Item[], stocks: readonly ItemStock[]): string {
  const byId = new Map(items.map((i) => [i.id, i]));
  const rows = stocks.flatMap((stock) => {
    const item = byId.get(stock.itemId);
    if (!item) return [];
    return stock.lots
      .filter((s) => s.state !== 'empty')
      .map(({ lot, balance, state }) => ({
        itemId: item.id,
        item: text(item.name),
        category: item.category,
        unit: text(item.unit),
        lotId: lot.id,
        state,
        balance: num(balance),
        expiresOn: lot.expiresOn,
        receivedAt: lot.receivedAt,
        supplier: text(lot.supplier),
        deliveryNoteNo: text(lot.deliveryNoteNo),
        contactless: String(lot.contactless),
        disinfectedAt: lot.disinfection?.at,
        disinfectedBy: text(lot.disinfection?.by),
        disinfectionMethod: text(lot.disinfection?.method),
      }) satisfies Record<(typeof STOCK_COLUMNS)[number], string | undefined>);
  });
  return writeCsv(STOCK_COLUMNS, rows);
}

export const MOVEMENT_COLUMNS = ['at', 'itemId', 'item', 'unit', 'lotId', 'deliveryNoteNo', 'kind', 'reason', 'quantity', 'itemBalance', 'by', 'note'] as const;

/** Every movement of the given items, item by item in time order, with the item's running balance (its stock card). */
export function exportMovementsCsv(items: readonly Item[], lots: readonly Lot[], movements: readonly Movement[]): string {
  const notes = new Map(lots.map((l) => [l.id, l.deliveryNoteNo]));
  const rows = items.flatMap((item) =>
    stockCard(item.id, movements).map(({ movement: m, balance }) => ({
      at: m.at,
      itemId: item.id,
      item: text(item.name),
      unit: text(item.unit),
      lotId: m.lotId,
      deliveryNoteNo: text(notes.get(m.lotId)),
      kind: m.kind,
      reason: m.reason,
      quantity: num(m.quantity),
      itemBalance: num(balance),
      by: text(m.by),
      note: text(m.note),
    }) satisfies Record<(typeof MOVEMENT_COLUMNS)[number], string | undefined>),
  );
  return writeCsv(MOVEMENT_COLUMNS, rows);
}
