import { formatISO, subDays, subHours } from 'date-fns';
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../../shared/contract/define.js';
import type { OpName } from '../../../shared/contract/index.js';
import type { CsvFile, IssueResult, Receipt, StockCardView } from '../../../shared/supplies/contract.js';
import { shiftDate } from '../../../shared/supplies/days.js';
import type { Item, Lot, Movement } from '../../../shared/supplies/schema.js';
import type { ItemDetail, ItemForecast, SuppliesOverview } from '../../../shared/supplies/views.js';
import { testHost, type TestHost } from '../../helpers/host.js';

const NOW = new Date('2026-11-23T04:00:00Z');
const TODAY = formatISO(NOW, { representation: 'date' });
const iso = (d: Date) => formatISO(d);
const daysAgo = (n: number) => iso(subDays(NOW, n));

let t: TestHost;
afterEach(() => t?.host.close());

async function host(): Promise<TestHost> {
  t = await testHost({ clock: () => NOW });
  return t;
}


const GLOVES = {
  name: 'Test gloves',
  category: 'prevention',
  subkind: 'gloves',
  unit: 'pair',
  dailyUse: { mode: 'fixed', amount: 10 },
  minCoverDays: 14,
};

async function createGloves(token = t.admin): Promise<Item> {
  return t.ok<Item>('supplies.items.create', GLOVES, token);
}

let note = 0;
function delivery(itemId: string, quantity: number, extra: Record<string, unknown> = {}) {
  note += 1;
  return { itemId, quantity, receivedAt: daysAgo(2), supplier: 'Huaxi Medical', deliveryNoteNo: `DN-${note}`, contactless: true, ...extra };
}

const disinfection = (lotId: string, at = daysAgo(1)) => ({ lotId, at, by: 'Wang Li 王力', method: 'chlorine spray 500 mg/L' });

async function receive(itemId: string, quantity: number, extra: Record<string, unknown> = {}): Promise<Lot> {
  return (await t.ok<Receipt>('supplies.receive', delivery(itemId, quantity, extra), t.admin)).lot;
}

const detail = (itemId: string) => t.ok<ItemDetail>('supplies.item', { itemId }, t.admin);
const balances = async (itemId: string) => Object.fromEntries((await detail(itemId)).lots.map((s) => [s.lot.id, s.balance]));
const journal = async () => {
  const page = await t.ok<{ total: number; entries: { outcome: string }[] }>('audit.list', { limit: 1 }, t.admin);
  return { total: page.total, outcome: page.entries[0]?.outcome };
};

/** Calls an operation that must fail, and checks it changed neither the item's stock nor the audit log. */
async function refused(op: OpName, input: unknown, itemId: string, token = t.admin): Promise<ApiResult<unknown> & { ok: false }> {
  const before = [await detail(itemId), await t.ok<StockCardView>('supplies.stockCard', { itemId }, t.admin), await journal()];
  const res = await t.call(op, input, token);
  expect(res.ok).toBe(false);
  const after = [await detail(itemId), await t.ok<StockCardView>('supplies.stockCard', { itemId }, t.admin), await journal()];
  // A refusal leaves one trace, its audit entry (denied for the role, refused by a rule); malformed input none.
  const [beforeLog, afterLog] = [before.pop() as Awaited<ReturnType<typeof journal>>, after.pop() as Awaited<ReturnType<typeof journal>>];
  if (afterLog.total !== beforeLog.total) {
    expect(afterLog.total).toBe(beforeLog.total + 1);
    expect(afterLog.outcome).toBe(!res.ok && res.error.kind === 'forbidden' ? 'denied' : 'refused');
  }
  expect(after).toEqual(before);
  return res as ApiResult<unknown> & { ok: false };
}

describe('supplies host: receive → quarantine → disinfect → issue', () => {
  it('keeps a received lot quarantined until its disinfection is recorded, then issues first-expiring first, splitting lots', async () => {
    await host();
    const gloves = await createGloves();
    const late = await receive(gloves.id, 100, { expiresOn: '2027-06-01' });
    const early = await receive(gloves.id, 50, { expiresOn: '2027-01-31' });
    const undated = await receive(gloves.id, 80);

    let d = await detail(gloves.id);
    expect(d.row).toMatchObject({ available: 0, quarantined: 230, daysOfCover: 0, underMinimum: true });
    expect(d.lots.map((s) => [s.lot.id, s.state])).toEqual([
      [early.id, 'quarantined'],
      [late.id, 'quarantined'],
      [undated.id, 'quarantined'],
    ]);
    expect((await refused('supplies.issue', { itemId: gloves.id, quantity: 1 }, gloves.id)).error).toMatchObject({
      kind: 'rule_violation',
      field: 'quantity',
      details: { requested: 1, available: 0 },
    });

    const lot = await t.ok<Lot>('supplies.disinfect', disinfection(late.id), t.admin);
    expect(lot.disinfection).toEqual({ at: daysAgo(1), by: 'Wang Li 王力', method: 'chlorine spray 500 mg/L' });
    await t.ok('supplies.disinfect', disinfection(early.id), t.admin);
    d = await detail(gloves.id);
    expect(d.row).toMatchObject({ available: 150, quarantined: 80, daysOfCover: 15, underMinimum: false });

    const issued = await t.ok<IssueResult>('supplies.issue', { itemId: gloves.id, quantity: 120, note: 'ward 3' }, t.admin);
    expect(issued.movements.map((m) => [m.lotId, m.quantity, m.kind, m.reason])).toEqual([
      [early.id, -50, 'issue', 'use'],
      [late.id, -70, 'issue', 'use'],
    ]);
    expect(issued.taken).toEqual([
      { lotId: early.id, deliveryNoteNo: early.deliveryNoteNo, quantity: 50 },
      { lotId: late.id, deliveryNoteNo: late.deliveryNoteNo, quantity: 70 },
    ]);
    expect(issued.available).toBe(30);
    expect(issued.movements[0]).toMatchObject({ by: 'Admin 管理员', note: 'ward 3', at: iso(NOW) });
    expect(await balances(gloves.id)).toEqual({ [late.id]: 30, [undated.id]: 80, [early.id]: 0 });

    // 30 left in the June lot; the undated lot is still quarantined, so 40 is refused whole.
    expect((await refused('supplies.issue', { itemId: gloves.id, quantity: 40 }, gloves.id)).error).toMatchObject({
      kind: 'rule_violation',
      field: 'quantity',
      message: 'only 30 available',
      details: { requested: 40, available: 30 },
    });

    await t.ok('supplies.disinfect', disinfection(undated.id), t.admin);
    const second = await t.ok<IssueResult>('supplies.issue', { itemId: gloves.id, quantity: 40 }, t.admin);
    expect(second.movements.map((m) => [m.lotId, m.quantity])).toEqual([
      [late.id, -30],
      [undated.id, -10],
    ]);

    const card = await t.ok<StockCardView>('supplies.stockCard', { itemId: gloves.id }, t.admin);
    expect(card.lines.map((l) => [l.movement.kind, l.movement.quantity, l.balance])).toEqual([
      ['receipt', 100, 100],
      ['receipt', 50, 150],
      ['receipt', 80, 230],
      ['issue', -50, 180],
      ['issue', -70, 110],
      ['issue', -30, 80],
      ['issue', -10, 70],
    ]);
  });

  it('never issues an expired lot, flags it, and lets it be written off', async () => {
    await host();
    const gloves = await createGloves();
    const old = await receive(gloves.id, 40, { receivedAt: daysAgo(20), expiresOn: shiftDate(TODAY, -1) });
    const soon = await receive(gloves.id, 10, { receivedAt: daysAgo(20), expiresOn: shiftDate(TODAY, 30) });
    const later = await receive(gloves.id, 10, { receivedAt: daysAgo(20), expiresOn: shiftDate(TODAY, 31) });
    for (const l of [old, soon, later]) await t.ok('supplies.disinfect', disinfection(l.id, daysAgo(19)), t.admin);

    const row = (await detail(gloves.id)).row;
    expect(row).toMatchObject({ available: 20, expired: 40, onHand: 60 });
    // Expiring within 30 days is an alert; 31 days is not yet.
    expect(row.lotAlerts.map((a) => [a.lotId, a.kind, a.daysLeft])).toEqual([
      [old.id, 'expired', -1],
      [soon.id, 'expiringSoon', 30],
    ]);
    expect((await refused('supplies.issue', { itemId: gloves.id, quantity: 21 }, gloves.id)).error).toMatchObject({ details: { available: 20 } });
    const plan = await t.ok<IssueResult>('supplies.issue', { itemId: gloves.id, quantity: 20 }, t.admin);
    expect(plan.movements.map((m) => m.lotId)).toEqual([soon.id, later.id]);

    const writeOff = await t.ok<Movement>('supplies.adjust', { lotId: old.id, reason: 'expiry', quantity: 40 }, t.admin);
    expect(writeOff).toMatchObject({ kind: 'adjustment', reason: 'expiry', quantity: -40 });
    expect((await detail(gloves.id)).row).toMatchObject({ expired: 0, onHand: 0, lotAlerts: [] });
  });

  it('counts cover from today’s on-campus population and forecasts the run-out day', async () => {
    await host();
    await t.ok('demo.load', {}, t.admin);
    const overview = await t.ok<SuppliesOverview>('supplies.overview', {}, t.admin);
    expect(overview.population).toBeGreaterThan(1000);
    expect(overview.rows).toHaveLength(13);
    const covers = overview.rows.map((r) => r.daysOfCover ?? Infinity);
    expect(covers).toEqual([...covers].sort((a, b) => a - b));

    const masks = overview.rows.find((r) => r.item.id === 'item-mask')!;
    expect(masks.dailyUse).toBe(2 * overview.population);
    expect(masks.quarantined).toBe(20_000);
    expect(masks.daysOfCover).toBeCloseTo(masks.available / masks.dailyUse, 9);
    expect(masks.runOutDate).toBe(shiftDate(TODAY, Math.floor(masks.daysOfCover!)));

    await t.ok('supplies.disinfect', disinfection('lot-mask-3', iso(NOW)), t.admin);
    const after = (await detail('item-mask')).row;
    expect(after.available).toBe(masks.available + 20_000);
    expect(after.daysOfCover).toBeCloseTo(masks.daysOfCover! + 20_000 / masks.dailyUse, 9);

    const forecast = await t.ok<ItemForecast>('supplies.forecast', { itemId: 'item-mask' }, t.admin);
    expect(forecast.history).toHaveLength(30);
    expect(forecast.history.at(-1)).toMatchObject({ date: TODAY, balance: after.onHand });
    expect(forecast.projection).toMatchObject({ start: after.available, runOutDate: shiftDate(TODAY, Math.floor(after.daysOfCover!)) });
    expect(forecast.projection.days).toHaveLength(60);
    expect(forecast.minimumStock).toBe(forecast.dailyUse * 14);
    const longer = await t.ok<ItemForecast>('supplies.forecast', { itemId: 'item-mask', historyDays: 90, horizonDays: 7 }, t.admin);
    expect(longer.history).toHaveLength(90);
    // Before the demo's first receipt the books were empty.
    expect(longer.history[0]).toMatchObject({ date: shiftDate(TODAY, -89), balance: 0 });
    expect(longer.projection).toMatchObject({ runOutDate: null });
    expect(longer.projection.days).toHaveLength(7);
  });
});

describe('supplies host: refusals change nothing', () => {
  it('refuses a negative, zero or non-numeric quantity naming the field', async () => {
    await host();
    const gloves = await createGloves();
    const lot = await receive(gloves.id, 10);
    await t.ok('supplies.disinfect', disinfection(lot.id), t.admin);
    for (const quantity of [-5, 0, 'abc', null]) {
      for (const [op, input] of [
        ['supplies.receive', delivery(gloves.id, 1, { quantity })],
        ['supplies.issue', { itemId: gloves.id, quantity }],
        ['supplies.adjust', { lotId: lot.id, reason: 'damage', quantity }],
      ] as const) {
        const res = await refused(op, input, gloves.id);
        expect(res.error, `${op} ${String(quantity)}`).toMatchObject({ kind: 'invalid_input', field: 'quantity' });
      }
    }
    expect((await refused('supplies.issue', { itemId: gloves.id, quantity: 'abc' }, gloves.id)).error.message).toBe('quantity: must be a number');
    expect((await refused('supplies.receive', delivery(gloves.id, -1), gloves.id)).error.message).toBe('quantity: must not be negative');
  });

  it('refuses callers who are not logistics or administrators, and lets logistics work', async () => {
    await host();
    const gloves = await createGloves();
    const lot = await receive(gloves.id, 10);
    const principal = await t.signInAs('principal');
    for (const [op, input] of [
      ['supplies.receive', delivery(gloves.id, 5)],
      ['supplies.disinfect', disinfection(lot.id)],
      ['supplies.issue', { itemId: gloves.id, quantity: 1 }],
      ['supplies.adjust', { lotId: lot.id, reason: 'damage', quantity: 1 }],
      ['supplies.items.update', { id: gloves.id, ...GLOVES, name: 'Renamed' }],
    ] as const) {
      expect((await refused(op, input, gloves.id, principal)).error).toMatchObject({ kind: 'forbidden' });
    }
    expect((await t.call('supplies.items.create', { ...GLOVES, name: 'Other' }, principal)).ok).toBe(false);
    expect((await t.call('supplies.overview', {})).ok).toBe(false);
    // Everyone signed in may read.
    expect((await t.ok<SuppliesOverview>('supplies.overview', {}, principal)).rows).toHaveLength(1);

    const logistics = await t.signInAs('logistics');
    await t.ok('supplies.disinfect', disinfection(lot.id), logistics);
    const issued = await t.ok<IssueResult>('supplies.issue', { itemId: gloves.id, quantity: 4 }, logistics);
    expect(issued.movements[0]!.by).toBe('logistics');
  });

  it('records disinfection once, after receipt, never in the future', async () => {
    await host();
    const gloves = await createGloves();
    const lot = await receive(gloves.id, 10);
    expect((await refused('supplies.disinfect', disinfection(lot.id, daysAgo(3)), gloves.id)).error).toMatchObject({ kind: 'invalid_input', field: 'at' });
    expect((await refused('supplies.disinfect', disinfection(lot.id, iso(subHours(NOW, -1))), gloves.id)).error).toMatchObject({ kind: 'invalid_input', field: 'at', message: 'must not be in the future' });
    expect((await refused('supplies.disinfect', disinfection('lot-none'), gloves.id)).error).toMatchObject({ kind: 'not_found', field: 'lotId' });
    await t.ok('supplies.disinfect', disinfection(lot.id), t.admin);
    expect((await refused('supplies.disinfect', disinfection(lot.id), gloves.id)).error).toMatchObject({ kind: 'conflict' });
  });

  it('refuses a receipt dated in the future, already expired, for an unknown item, or recorded twice', async () => {
    await host();
    const gloves = await createGloves();
    expect((await refused('supplies.receive', delivery(gloves.id, 5, { receivedAt: iso(subHours(NOW, -2)) }), gloves.id)).error).toMatchObject({ field: 'receivedAt' });
    expect((await refused('supplies.receive', delivery(gloves.id, 5, { expiresOn: shiftDate(TODAY, -3) }), gloves.id)).error).toMatchObject({ kind: 'rule_violation', field: 'expiresOn' });
    expect((await refused('supplies.receive', delivery('item-none', 5), gloves.id)).error).toMatchObject({ kind: 'not_found', field: 'itemId' });
    expect((await refused('supplies.receive', { ...delivery(gloves.id, 5), contactless: undefined }, gloves.id)).error).toMatchObject({ field: 'contactless' });
    const first = delivery(gloves.id, 5);
    await t.ok('supplies.receive', first, t.admin);
    expect((await refused('supplies.receive', { ...first, quantity: 6 }, gloves.id)).error).toMatchObject({ kind: 'conflict', field: 'deliveryNoteNo' });
  });

  it('does not let a back-dated issue draw on a lot disinfected after it', async () => {
    await host();
    const gloves = await createGloves();
    const lot = await receive(gloves.id, 10, { receivedAt: daysAgo(3) });
    await t.ok('supplies.disinfect', disinfection(lot.id, daysAgo(1)), t.admin);
    expect((await refused('supplies.issue', { itemId: gloves.id, quantity: 5, at: daysAgo(2) }, gloves.id)).error).toMatchObject({ details: { available: 0 } });
    await t.ok('supplies.issue', { itemId: gloves.id, quantity: 5, at: daysAgo(1) }, t.admin);
    expect((await refused('supplies.issue', { itemId: gloves.id, quantity: 1, at: iso(subHours(NOW, -1)) }, gloves.id)).error).toMatchObject({ field: 'at' });
  });

  it('adjusts by reason: write-offs up to the balance, count corrections to what was counted', async () => {
    await host();
    const gloves = await createGloves();
    const lot = await receive(gloves.id, 10);
    expect((await refused('supplies.adjust', { lotId: lot.id, reason: 'damage', quantity: 11 }, gloves.id)).error).toMatchObject({ kind: 'rule_violation', field: 'quantity' });
    expect((await refused('supplies.adjust', { lotId: lot.id, reason: 'countCorrection', quantity: 10 }, gloves.id)).error).toMatchObject({ kind: 'conflict', field: 'quantity' });
    expect((await refused('supplies.adjust', { lotId: lot.id, reason: 'use', quantity: 1 }, gloves.id)).error).toMatchObject({ field: 'reason' });
    expect(await t.ok<Movement>('supplies.adjust', { lotId: lot.id, reason: 'damage', quantity: 2.5 }, t.admin)).toMatchObject({ quantity: -2.5 });
    expect(await t.ok<Movement>('supplies.adjust', { lotId: lot.id, reason: 'countCorrection', quantity: 9 }, t.admin)).toMatchObject({ quantity: 1.5 });
    expect(await balances(gloves.id)).toEqual({ [lot.id]: 9 });
  });

  it('never overspends when two issues race for the same stock', async () => {
    await host();
    const gloves = await createGloves();
    const lot = await receive(gloves.id, 100);
    await t.ok('supplies.disinfect', disinfection(lot.id), t.admin);
    const results = await Promise.all([1, 2, 3].map(() => t.call('supplies.issue', { itemId: gloves.id, quantity: 40 }, t.admin)));
    expect(results.map((r) => r.ok)).toEqual([true, true, false]);
    expect(await balances(gloves.id)).toEqual({ [lot.id]: 20 });
  });

  it('refuses a duplicate item name and keeps items valid', async () => {
    await host();
    const gloves = await createGloves();
    expect((await t.call('supplies.items.create', { ...GLOVES, name: 'test GLOVES' }, t.admin))).toMatchObject({ ok: false, error: { kind: 'conflict', field: 'name' } });
    expect((await t.call('supplies.items.create', { ...GLOVES, name: 'Flour', subkind: 'flour' }, t.admin))).toMatchObject({ ok: false, error: { field: 'subkind' } });
    const updated = await t.ok<Item>('supplies.items.update', { id: gloves.id, ...GLOVES, minCoverDays: 21, price: 1.2 }, t.admin);
    expect(updated).toMatchObject({ minCoverDays: 21, price: 1.2, createdAt: gloves.createdAt });
    expect(await t.ok<Item[]>('supplies.items.list', {}, t.admin)).toEqual([updated]);
  });
});

describe('supplies host: CSV export', () => {
  it('exports every lot holding stock and every movement with the running balance, defusing formulas', async () => {
    await host();
    const gloves = await createGloves();
    const lot = await receive(gloves.id, 10, { supplier: '=HYPERLINK("x")', expiresOn: '2027-01-31' });
    await t.ok('supplies.disinfect', disinfection(lot.id), t.admin);
    await t.ok('supplies.issue', { itemId: gloves.id, quantity: 4 }, t.admin);

    const stock = await t.ok<CsvFile>('supplies.exportStock', {}, t.admin);
    expect(stock.filename).toBe(`cordon-stock-${TODAY}.csv`);
    expect(stock.rows).toBe(1);
    const [header, row] = stock.csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(header).toBe('itemId,item,category,unit,lotId,state,balance,expiresOn,receivedAt,supplier,deliveryNoteNo,contactless,disinfectedAt,disinfectedBy,disinfectionMethod');
    expect(row).toContain(`${lot.id},available,6,2027-01-31,`);
    expect(row).toContain(`"'=HYPERLINK(""x"")"`);

    const moves = await t.ok<CsvFile>('supplies.exportMovements', { itemId: gloves.id }, t.admin);
    expect(moves.rows).toBe(2);
    const lines = moves.csv.trimEnd().split('\r\n').slice(1);
    expect(lines.map((l) => l.split(',').slice(6, 10))).toEqual([
      ['receipt', 'receipt', '10', '10'],
      ['issue', 'use', '-4', '6'],
    ]);
    expect((await t.call('supplies.exportMovements', { itemId: 'nope' }, t.admin))).toMatchObject({ ok: false, error: { kind: 'not_found', field: 'itemId' } });
  });
});
