import type { Item, Lot, Movement } from '../../../shared/supplies/schema.js';

const STAMP = '2024-04-01T08:00:00+08:00';

export const TODAY = '2024-04-10';

export function item(overrides: Partial<Item> = {}): Item {
  return {
    id: 'masks',
    createdAt: STAMP,
    updatedAt: STAMP,
    name: 'Medical masks',
    category: 'prevention',
    subkind: 'mask',
    unit: 'piece',
    dailyUse: { mode: 'perPerson', amount: 2 },
    minCoverDays: 14,
    ...overrides,
  };
}

/** A disinfected lot of masks received on 1 April; override to quarantine, date or re-assign it. */
export function lot(id: string, overrides: Partial<Lot> = {}): Lot {
  return {
    id,
    createdAt: STAMP,
    updatedAt: STAMP,
    itemId: 'masks',
    quantity: 100,
    receivedAt: '2024-04-01T09:00:00+08:00',
    supplier: 'Huaxi Medical',
    deliveryNoteNo: `DN-${id}`,
    contactless: true,
    disinfection: { at: '2024-04-01T10:00:00+08:00', by: 'Wang Li', method: 'chlorine spray' },
    ...overrides,
  };
}

let seq = 0;

export function movement(lotRecord: Lot, quantity: number, overrides: Partial<Movement> = {}): Movement {
  seq += 1;
  const kind = overrides.kind ?? (quantity > 0 ? 'receipt' : 'issue');
  return {
    id: `m${seq}`,
    createdAt: STAMP,
    updatedAt: STAMP,
    itemId: lotRecord.itemId,
    lotId: lotRecord.id,
    kind,
    quantity,
    reason: kind === 'receipt' ? 'receipt' : 'use',
    at: lotRecord.receivedAt,
    by: 'Zhao Min',
    ...overrides,
  };
}

/** Each lot with its receipt movement for its full quantity. */
export function received(...lots: Lot[]): { lots: Lot[]; movements: Movement[] } {
  return { lots, movements: lots.map((l) => movement(l, l.quantity)) };
}
