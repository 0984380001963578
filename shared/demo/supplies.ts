import { addDays, addHours, formatISO, subDays, subHours } from 'date-fns';
import { intBetween } from '../common/random.js';
import type { Item, Lot, Movement } from '../supplies/schema.js';
import type { DemoContext } from './context.js';

type ItemSeed = Pick<Item, 'name' | 'category' | 'subkind' | 'unit' | 'dailyUse'> & { id: string; shelfDays: number | null; coverDays: number; minCoverDays?: number };

/** R8's reserves, with daily uses a closed campus plans for (masks: 2 per person per day). */
const ITEMS: ItemSeed[] = [
  { id: 'item-mask', name: 'Medical masks 医用口罩', category: 'prevention', subkind: 'mask', unit: 'piece', dailyUse: { mode: 'perPerson', amount: 2 }, shelfDays: 720, coverDays: 18 },
  { id: 'item-thermometer', name: 'Infrared thermometers 红外测温枪', category: 'prevention', subkind: 'thermometer', unit: 'piece', dailyUse: { mode: 'fixed', amount: 0.5 }, shelfDays: null, coverDays: 60 },
  { id: 'item-gown', name: 'Protective clothing 防护服', category: 'prevention', subkind: 'protectiveClothing', unit: 'set', dailyUse: { mode: 'fixed', amount: 24 }, shelfDays: 900, coverDays: 10 },
  { id: 'item-gloves', name: 'Disposable gloves 一次性手套', category: 'prevention', subkind: 'gloves', unit: 'pair', dailyUse: { mode: 'perPerson', amount: 0.4 }, shelfDays: 900, coverDays: 20 },
  { id: 'item-disinfectant', name: '84 disinfectant 84消毒液', category: 'prevention', subkind: 'disinfectant', unit: 'L', dailyUse: { mode: 'fixed', amount: 45 }, shelfDays: 365, coverDays: 16 },
  { id: 'item-rice', name: 'Rice 大米', category: 'food', subkind: 'rice', unit: 'kg', dailyUse: { mode: 'perPerson', amount: 0.35 }, shelfDays: 180, coverDays: 21 },
  { id: 'item-flour', name: 'Flour 面粉', category: 'food', subkind: 'flour', unit: 'kg', dailyUse: { mode: 'perPerson', amount: 0.15 }, shelfDays: 180, coverDays: 12 },
  { id: 'item-oil', name: 'Cooking oil 食用油', category: 'food', subkind: 'oil', unit: 'L', dailyUse: { mode: 'perPerson', amount: 0.04 }, shelfDays: 365, coverDays: 25 },
  // Fresh food cannot be stocked for two weeks: it is delivered every few days and held to a shorter minimum.
  { id: 'item-veg', name: 'Vegetables 蔬菜', category: 'food', subkind: 'vegetables', unit: 'kg', dailyUse: { mode: 'perPerson', amount: 0.5 }, shelfDays: 6, coverDays: 4, minCoverDays: 2 },
  { id: 'item-meat', name: 'Pork 猪肉', category: 'food', subkind: 'meat', unit: 'kg', dailyUse: { mode: 'perPerson', amount: 0.15 }, shelfDays: 20, coverDays: 9, minCoverDays: 7 },
  { id: 'item-soap', name: 'Hand soap 洗手液', category: 'necessities', subkind: 'soap', unit: 'bottle', dailyUse: { mode: 'perPerson', amount: 0.02 }, shelfDays: 730, coverDays: 30 },
  { id: 'item-paper', name: 'Toilet paper 卫生纸', category: 'necessities', subkind: 'toiletPaper', unit: 'roll', dailyUse: { mode: 'perPerson', amount: 0.2 }, shelfDays: null, coverDays: 15 },
];

export const DEMO_FUEL_ITEM_ID = 'item-coal';

const MEASURED_UNITS = new Set(['kg', 'L']);

const SUPPLIERS = ['Jinan Medical Supply Co. 济南医药', 'Shandong Grain Group 鲁粮集团', 'City Fresh Market 城市鲜菜', 'Huaxia Daily Goods 华夏日化'];

export interface DemoSupplies {
  items: Item[];
  lots: Lot[];
  movements: Movement[];
}

/**
 * Each item gets two disinfected lots received over the last month and issues day by day at the campus's use, so the
 * stock card has history; the masks get a third lot just delivered and still quarantined, awaiting disinfection.
 */
export function demoSupplies(ctx: DemoContext, onCampus: number, fuelPerDay: (day: Date) => number): DemoSupplies {
  const { rand, rec, now } = ctx;
  const items: Item[] = [];
  const lots: Lot[] = [];
  const movements: Movement[] = [];
  const iso = (d: Date) => formatISO(d);
  const day = (d: Date) => formatISO(d, { representation: 'date' });
  const seeds: ItemSeed[] = [
    ...ITEMS,
    { id: DEMO_FUEL_ITEM_ID, name: 'Heating coal 供暖用煤', category: 'fuel', subkind: 'coal', unit: 'kg', dailyUse: { mode: 'fixed', amount: 5000 }, shelfDays: null, coverDays: 20 },
  ];
  for (const seed of seeds) {
    const { id, shelfDays, coverDays, minCoverDays = 14, ...fields } = seed;
    items.push(rec({ id, ...fields, minCoverDays }));
    const perDay = fields.dailyUse.mode === 'perPerson' ? fields.dailyUse.amount * onCampus : fields.dailyUse.amount;
    // Lots arrive often enough to be used before they expire: perishables over the last few days, the rest over a month.
    const history = shelfDays === null ? 30 : Math.min(30, shelfDays - 1);
    const received = [subDays(now, history), subDays(now, Math.min(history - 1, intBetween(rand, Math.ceil(history / 3), Math.ceil(history / 2))))];
    const total = Math.ceil(perDay * (history + coverDays));
    received.forEach((at, n) => {
      const lotId = `lot-${id.slice(5)}-${n + 1}`;
      const quantity = Math.ceil(total * (n === 0 ? 0.55 : 0.45));
      lots.push(
        rec({
          id: lotId,
          itemId: id,
          quantity,
          ...(shelfDays === null ? {} : { expiresOn: day(addDays(at, shelfDays)) }),
          receivedAt: iso(at),
          supplier: SUPPLIERS[n % SUPPLIERS.length]!,
          deliveryNoteNo: `DN-${at.getFullYear()}-${intBetween(rand, 10000, 99999)}`,
          contactless: true,
          disinfection: { at: iso(addHours(at, 2)), by: 'Logistics duty officer 后勤值班员', method: 'Spray, 500 mg/L chlorine 含氯消毒液喷洒' },
        }),
      );
      movements.push(rec({ id: `mv-${lotId}-in`, itemId: id, lotId, kind: 'receipt', quantity, reason: 'receipt', at: iso(at), by: 'Logistics duty officer 后勤值班员' }));
    });
    // Issues draw on the first lot until it is spent, then the second (first-expiring first).
    const balances = [lots[lots.length - 2]!, lots[lots.length - 1]!].map((l) => ({ lot: l, left: l.quantity }));
    for (let d = history; d >= 1; d--) {
      const at = subDays(now, d);
      const raw = id === DEMO_FUEL_ITEM_ID ? fuelPerDay(at) : perDay * (0.9 + rand() * 0.2);
      // Masks, gowns and rolls are issued whole; only what is weighed or measured (kg, L) takes a decimal.
      const use = MEASURED_UNITS.has(fields.unit) ? Math.round(raw * 10) / 10 : Math.round(raw);
      let need = use;
      for (const b of balances) {
        if (need <= 0 || Date.parse(b.lot.receivedAt) > at.getTime()) continue;
        const take = Math.min(need, b.left);
        if (take <= 0) continue;
        b.left -= take;
        need -= take;
        movements.push(rec({ id: `mv-${b.lot.id}-${d}`, itemId: id, lotId: b.lot.id, kind: 'issue', quantity: -take, reason: 'use', at: iso(at), by: 'Logistics duty officer 后勤值班员' }));
      }
    }
  }
  const quarantined: Lot = rec({
    id: 'lot-mask-3',
    itemId: 'item-mask',
    quantity: 20000,
    expiresOn: day(addDays(now, 700)),
    receivedAt: iso(subHours(now, 2)),
    supplier: SUPPLIERS[0]!,
    deliveryNoteNo: `DN-${now.getFullYear()}-${intBetween(rand, 10000, 99999)}`,
    contactless: true,
  });
  lots.push(quarantined);
  movements.push(rec({ id: 'mv-lot-mask-3-in', itemId: 'item-mask', lotId: quarantined.id, kind: 'receipt', quantity: quarantined.quantity, reason: 'receipt', at: quarantined.receivedAt, by: 'Logistics duty officer 后勤值班员' }));
  movements.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return { items, lots, movements };
}
