import type { AppContract } from '../../../shared/contract/index.js';
import { campusHeadcount } from '../../../shared/campus/headcount.js';
import type { ErrorKind } from '../../../shared/errors/define.js';
import type { CoreDoc } from '../../../shared/db/schema.js';
import { adjustmentDelta, checkDisinfection } from '../../../shared/supplies/checks.js';
import type { suppliesContract } from '../../../shared/supplies/contract.js';
import { dateOf } from '../../../shared/supplies/days.js';
import { exportMovementsCsv, exportStockCsv } from '../../../shared/supplies/export.js';
import { issuableAt, planIssue } from '../../../shared/supplies/fefo.js';
import type { SupplyError, SupplyResult } from '../../../shared/supplies/result.js';
import type { Item, Lot, Movement } from '../../../shared/supplies/schema.js';
import { lotBalances, roundQuantity, stockByItem, stockCard } from '../../../shared/supplies/stock.js';
import { itemDetail, itemForecast, suppliesOverview } from '../../../shared/supplies/views.js';
import { stamp, type CordonStore, type Handlers, type ServiceContext } from '../context.js';
import { HostError, notFound } from '../errors.js';

type SuppliesOps = Pick<AppContract, keyof typeof suppliesContract>;

const CODES: Record<SupplyError['code'], ErrorKind> = {
  invalid_quantity: 'invalid_input',
  insufficient_stock: 'rule_violation',
  exceeds_balance: 'rule_violation',
  no_change: 'conflict',
  already_disinfected: 'conflict',
  disinfected_before_receipt: 'invalid_input',
};

/** A refusal from the shared rules, as the typed error the UI places beside its field. */
function accept<T>(result: SupplyResult<T>): T {
  if (result.ok) return result.value;
  const { code, message, field, requested, available } = result.error;
  const details = requested === undefined ? undefined : { requested, available };
  throw new HostError(CODES[code], message, field, details);
}

/** Clocks of the machines that enter a time drift a little; anything later than this is a typo or a guess. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

function notInFuture(ctx: ServiceContext, at: string, field: string): void {
  if (Date.parse(at) > ctx.now().getTime() + FUTURE_TOLERANCE_MS) throw new HostError('invalid_input', 'must not be in the future', field);
}

/** The campus calendar date: the host writes times in the campus's offset. */
const today = (ctx: ServiceContext) => dateOf(ctx.nowIso());

const population = (doc: CoreDoc) => campusHeadcount(doc.people).total.onCampus;

const movements = (ctx: ServiceContext) => ctx.store.journal('movements').range();

function findItem(doc: CoreDoc, id: string, field = 'itemId'): Item {
  const item = doc.items.find((i) => i.id === id);
  if (!item) throw notFound('Item', id, field);
  return item;
}

function findLot(doc: CoreDoc, id: string): Lot {
  const lot = doc.lots.find((l) => l.id === id);
  if (!lot) throw notFound('Lot', id, 'lotId');
  return lot;
}

const sameName = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;

function uniqueName(doc: CoreDoc, name: string, exceptId?: string): void {
  if (doc.items.some((i) => i.id !== exceptId && sameName(i.name, name))) {
    throw new HostError('conflict', `An item named ${name} already exists`, 'name');
  }
}

const recorder = (ctx: ServiceContext) => ctx.user?.displayName ?? 'unknown';
const withNote = (note: string | undefined) => (note ? { note } : {});
const amount = (quantity: number, item: Item) => `${quantity} ${item.unit} of ${item.name}`;

const stockQueues = new WeakMap<CordonStore, Promise<unknown>>();

/**
 * Movements live in a journal that is read asynchronously, outside the write's draft. Writes that read balances run
 * one at a time per store, from reading the movements to committing, so two issues cannot both spend the same stock.
 */
function oneAtATime<T>(store: CordonStore, fn: () => Promise<T>): Promise<T> {
  const run = (stockQueues.get(store) ?? Promise.resolve()).then(fn);
  stockQueues.set(store, run.catch(() => undefined));
  return run;
}

export function suppliesHandlers(): Handlers<SuppliesOps> {
  return {
    'supplies.items.list': (_input, ctx) => [...ctx.store.doc.items].sort((a, b) => a.name.localeCompare(b.name)),

    'supplies.items.create': (input, ctx) => {
      uniqueName(ctx.store.doc, input.name);
      return ctx.write(`supplies item ${input.name} created (${input.category}, ${input.unit})`, (tx) => {
        uniqueName(tx.doc, input.name);
        const item: Item = stamp(ctx, 'item', input);
        tx.doc.items = [...tx.doc.items, item];
        return item;
      });
    },

    'supplies.items.update': (input, ctx) => {
      const { id, ...fields } = input;
      findItem(ctx.store.doc, id, 'id');
      uniqueName(ctx.store.doc, fields.name, id);
      return ctx.write(`supplies item ${fields.name} changed`, (tx) => {
        const before = findItem(tx.doc, id, 'id');
        uniqueName(tx.doc, fields.name, id);
        const item: Item = { id, createdAt: before.createdAt, updatedAt: ctx.nowIso(), ...fields };
        tx.doc.items = tx.doc.items.map((i) => (i.id === id ? item : i));
        return item;
      });
    },

    'supplies.receive': (input, ctx) => {
      const item = findItem(ctx.store.doc, input.itemId);
      notInFuture(ctx, input.receivedAt, 'receivedAt');
      if (input.expiresOn !== undefined && input.expiresOn < dateOf(input.receivedAt)) {
        throw new HostError('rule_violation', 'the lot had expired before it was received', 'expiresOn');
      }
      const { note, ...fields } = input;
      return ctx.write(
        ({ lot }) =>
          `received ${amount(lot.quantity, item)} from ${lot.supplier}, note ${lot.deliveryNoteNo}${lot.contactless ? ', contactless' : ', NOT contactless'}; lot ${lot.id} quarantined until disinfected`,
        (tx) => {
          findItem(tx.doc, input.itemId);
          const duplicate = tx.doc.lots.find((l) => l.itemId === input.itemId && sameName(l.supplier, input.supplier) && sameName(l.deliveryNoteNo, input.deliveryNoteNo));
          if (duplicate) {
            throw new HostError('conflict', `Delivery note ${input.deliveryNoteNo} from ${input.supplier} is already recorded for this item`, 'deliveryNoteNo');
          }
          const lot: Lot = stamp(ctx, 'lot', fields);
          const movement: Movement = stamp(ctx, 'mv', {
            itemId: lot.itemId,
            lotId: lot.id,
            kind: 'receipt' as const,
            quantity: lot.quantity,
            reason: 'receipt' as const,
            at: lot.receivedAt,
            by: recorder(ctx),
            ...withNote(note),
          });
          tx.doc.lots = [...tx.doc.lots, lot];
          tx.append('movements', movement);
          return { lot, movement };
        },
      );
    },

    'supplies.disinfect': (input, ctx) => {
      const { lotId, ...disinfection } = input;
      const lot = findLot(ctx.store.doc, lotId);
      const item = findItem(ctx.store.doc, lot.itemId);
      notInFuture(ctx, disinfection.at, 'at');
      return ctx.write(`lot ${lotId} of ${item.name} disinfected by ${disinfection.by} (${disinfection.method}): available for issue`, (tx) => {
        const current = findLot(tx.doc, lotId);
        const next: Lot = { ...current, disinfection: accept(checkDisinfection(current, disinfection)), updatedAt: ctx.nowIso() };
        tx.doc.lots = tx.doc.lots.map((l) => (l.id === lotId ? next : l));
        return next;
      });
    },

    'supplies.issue': (input, ctx) => {
      const item = findItem(ctx.store.doc, input.itemId);
      const at = input.at ?? ctx.nowIso();
      notInFuture(ctx, at, 'at');
      return oneAtATime(ctx.store, async () => {
        const all = await movements(ctx);
        return ctx.write(
          ({ movements: out }) => `issued ${amount(input.quantity, item)} from ${out.length === 1 ? 'lot' : 'lots'} ${out.map((m) => m.lotId).join(', ')} (first-expiring first)`,
          (tx) => {
            const [stock] = stockByItem([findItem(tx.doc, input.itemId)], tx.doc.lots, all, today(ctx));
            const plan = accept(planIssue(issuableAt(stock!, at), input.quantity));
            const out = plan.map(({ lotId, quantity }) => {
              const movement: Movement = stamp(ctx, 'mv', {
                itemId: item.id,
                lotId,
                kind: 'issue' as const,
                quantity: -quantity,
                reason: 'use' as const,
                at,
                by: recorder(ctx),
                ...withNote(input.note),
              });
              tx.append('movements', movement);
              return movement;
            });
            const notes = new Map(tx.doc.lots.map((l) => [l.id, l.deliveryNoteNo]));
            const taken = plan.map(({ lotId, quantity }) => ({ lotId, deliveryNoteNo: notes.get(lotId) ?? lotId, quantity }));
            return { movements: out, taken, available: roundQuantity(stock!.available - input.quantity) };
          },
        );
      });
    },

    'supplies.adjust': (input, ctx) => {
      const lot = findLot(ctx.store.doc, input.lotId);
      const item = findItem(ctx.store.doc, lot.itemId);
      const at = input.at ?? ctx.nowIso();
      notInFuture(ctx, at, 'at');
      if (Date.parse(at) < Date.parse(lot.receivedAt)) throw new HostError('invalid_input', 'must not be before the lot was received', 'at');
      return oneAtATime(ctx.store, async () => {
        const balance = lotBalances(await movements(ctx)).get(lot.id) ?? 0;
        const delta = accept(adjustmentDelta(input, balance));
        return ctx.write(`lot ${lot.id} of ${item.name} adjusted by ${delta} ${item.unit} (${input.reason}), balance ${balance} → ${roundQuantity(balance + delta)}`, (tx) => {
          findLot(tx.doc, lot.id);
          const movement: Movement = stamp(ctx, 'mv', {
            itemId: item.id,
            lotId: lot.id,
            kind: 'adjustment' as const,
            quantity: delta,
            reason: input.reason,
            at,
            by: recorder(ctx),
            ...withNote(input.note),
          });
          tx.append('movements', movement);
          return movement;
        });
      });
    },

    'supplies.overview': async (_input, ctx) => {
      const doc = ctx.store.doc;
      return suppliesOverview(doc.items, doc.lots, await movements(ctx), population(doc), today(ctx));
    },

    'supplies.item': async (input, ctx) => {
      const doc = ctx.store.doc;
      return itemDetail(findItem(doc, input.itemId), doc.lots, await movements(ctx), population(doc), today(ctx));
    },

    'supplies.stockCard': async (input, ctx) => {
      const item = findItem(ctx.store.doc, input.itemId);
      return { item, lines: stockCard(item.id, await movements(ctx)) };
    },

    'supplies.forecast': async (input, ctx) => {
      const doc = ctx.store.doc;
      const item = findItem(doc, input.itemId);
      return itemForecast(item, doc.lots, await movements(ctx), population(doc), today(ctx), { historyDays: input.historyDays, horizonDays: input.horizonDays });
    },

    'supplies.exportStock': async (_input, ctx) => {
      const doc = ctx.store.doc;
      const stocks = stockByItem(doc.items, doc.lots, await movements(ctx), today(ctx));
      return {
        filename: `cordon-stock-${today(ctx)}.csv`,
        csv: exportStockCsv(doc.items, stocks),
        rows: stocks.reduce((n, s) => n + s.lots.filter((l) => l.state !== 'empty').length, 0),
      };
    },

    'supplies.exportMovements': async (input, ctx) => {
      const doc = ctx.store.doc;
      const items = input.itemId === undefined ? doc.items : [findItem(doc, input.itemId)];
      const ids = new Set(items.map((i) => i.id));
      const rows = (await movements(ctx)).filter((m) => ids.has(m.itemId));
      return {
        filename: `cordon-movements-${input.itemId ?? 'all'}-${today(ctx)}.csv`,
        csv: exportMovementsCsv(items, doc.lots, rows),
        rows: rows.length,
      };
    },
  };
}
