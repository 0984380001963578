import { z } from 'zod';
import type { Role } from '../auth/roles.js';
import { idSchema } from '../common/fields.js';
import { op } from '../contract/define.js';
import { FORECAST_HORIZON_DAYS } from './forecast.js';
import type { Item, Lot, Movement } from './schema.js';
import { adjustInputSchema, disinfectInputSchema, issueInputSchema, itemInputSchema, itemUpdateInputSchema, receiveInputSchema } from './schema.js';
import type { StockCardLine } from './stock.js';
import { HISTORY_DAYS, type ItemDetail, type ItemForecast, type SuppliesOverview } from './views.js';

/** Logistics keeps the store; administrators may step in. Everyone signed in may look. */
export const SUPPLIES_WRITERS: readonly Role[] = ['administrator', 'logistics'];

export interface Receipt {
  lot: Lot;
  movement: Movement;
}

export interface IssueResult {
  /** One issue movement per lot drawn on, first-expiring first. */
  movements: Movement[];
  /** The same, as the lots' delivery notes and the positive quantity taken from each. */
  taken: { lotId: string; deliveryNoteNo: string; quantity: number }[];
  /** Left available for issue afterwards. */
  available: number;
}

export interface StockCardView {
  item: Item;
  /** Oldest first, each with the item's balance after it. */
  lines: StockCardLine[];
}

export interface CsvFile {
  filename: string;
  csv: string;
  rows: number;
}

const byItem = z.object({ itemId: idSchema }).strict();
const none = z.object({}).strict();

export const suppliesContract = {
  'supplies.items.list': op<Item[]>()({ input: none, access: 'signedIn', mutates: false }),
  'supplies.items.create': op<Item>()({ input: itemInputSchema, access: SUPPLIES_WRITERS, mutates: true }),
  /** Replaces every field of the item; its lots and movements stay. */
  'supplies.items.update': op<Item>()({ input: itemUpdateInputSchema, access: SUPPLIES_WRITERS, mutates: true }),
  /** R8: records a delivery as a new lot and its receipt movement; the lot is quarantined until disinfected. */
  'supplies.receive': op<Receipt>()({ input: receiveInputSchema, access: SUPPLIES_WRITERS, mutates: true }),
  /** R8: records who disinfected a lot, when and how; the lot becomes available for issue. Recorded once. */
  'supplies.disinfect': op<Lot>()({ input: disinfectInputSchema, access: SUPPLIES_WRITERS, mutates: true }),
  /** Takes the quantity from available lots first-expiring first, splitting as needed; refuses what is not available, whole. */
  'supplies.issue': op<IssueResult>()({ input: issueInputSchema, access: SUPPLIES_WRITERS, mutates: true }),
  /** A write-off (damage, expiry) or a count correction on one lot. */
  'supplies.adjust': op<Movement>()({ input: adjustInputSchema, access: SUPPLIES_WRITERS, mutates: true }),
  /** Every item with its stock, days of cover at today's on-campus population and alerts, fewest days of cover first. */
  'supplies.overview': op<SuppliesOverview>()({ input: none, access: 'signedIn', mutates: false }),
  'supplies.item': op<ItemDetail>()({ input: byItem, access: 'signedIn', mutates: false }),
  'supplies.stockCard': op<StockCardView>()({ input: byItem, access: 'signedIn', mutates: false }),
  'supplies.forecast': op<ItemForecast>()({
    input: byItem
      .extend({
        historyDays: z.number({ message: 'must be a number' }).int('must be a whole number').min(1, 'must be at least 1').max(366, 'must be at most 366').default(HISTORY_DAYS),
        horizonDays: z.number({ message: 'must be a number' }).int('must be a whole number').min(1, 'must be at least 1').max(366, 'must be at most 366').default(FORECAST_HORIZON_DAYS),
      })
      .strict(),
    access: 'signedIn',
    mutates: false,
  }),
  /** Every lot holding stock, with its state. */
  'supplies.exportStock': op<CsvFile>()({ input: none, access: 'signedIn', mutates: false }),
  /** Every movement, or one item's, with the running balance. */
  'supplies.exportMovements': op<CsvFile>()({ input: z.object({ itemId: idSchema.optional() }).strict(), access: 'signedIn', mutates: false }),
};
