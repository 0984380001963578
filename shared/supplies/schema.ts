import { z } from 'zod';
import { idSchema, isoDateSchema, isoDateTimeSchema, nameSchema, nonNegativeNumber, recordBase } from '../common/fields.js';

/** Kinds of reserve R8 names, grouped by category; `other` keeps the list open without free-text categories. */
export const SUBKINDS_BY_CATEGORY = {
  prevention: ['mask', 'thermometer', 'protectiveClothing', 'gloves', 'disinfectant', 'other'],
  food: ['rice', 'flour', 'oil', 'vegetables', 'meat', 'eggs', 'other'],
  necessities: ['soap', 'toiletPaper', 'detergent', 'toothpaste', 'other'],
  fuel: ['coal', 'diesel', 'gas', 'other'],
} as const;
export type ItemCategory = keyof typeof SUBKINDS_BY_CATEGORY;
export const ITEM_CATEGORIES = Object.keys(SUBKINDS_BY_CATEGORY) as ItemCategory[];
export type ItemSubkind = (typeof SUBKINDS_BY_CATEGORY)[ItemCategory][number];
const ITEM_SUBKINDS = [...new Set(Object.values(SUBKINDS_BY_CATEGORY).flat())] as [ItemSubkind, ...ItemSubkind[]];

export const DEFAULT_MIN_COVER_DAYS = 14;

const positiveQuantity = nonNegativeNumber.positive('must be greater than zero');

export const dailyUseSchema = z
  .object({
    /** `perPerson`: amount per person on campus per day; `fixed`: amount per day whatever the population. */
    mode: z.enum(['perPerson', 'fixed']),
    amount: nonNegativeNumber,
  })
  .strict();
export type DailyUse = z.infer<typeof dailyUseSchema>;

const itemFields = {
  name: nameSchema,
  category: z.enum(ITEM_CATEGORIES as [ItemCategory, ...ItemCategory[]]),
  subkind: z.enum(ITEM_SUBKINDS),
  /** Unit of measure every quantity of this item is counted in (piece, box, kg, L …). */
  unit: nameSchema,
  dailyUse: dailyUseSchema,
  minCoverDays: z.number({ message: 'must be a number' }).int('must be a whole number of days').nonnegative('must not be negative').default(DEFAULT_MIN_COVER_DAYS),
  /** Price per unit of measure. */
  price: nonNegativeNumber.optional(),
};

function subkindMatchesCategory(item: { category: ItemCategory; subkind: ItemSubkind }, ctx: z.RefinementCtx): void {
  const allowed: readonly ItemSubkind[] = SUBKINDS_BY_CATEGORY[item.category];
  if (!allowed.includes(item.subkind)) {
    ctx.addIssue({ code: 'custom', path: ['subkind'], message: `must be one of ${allowed.join(', ')} for ${item.category}` });
  }
}

export const itemSchema = z.object({ ...recordBase, ...itemFields }).superRefine(subkindMatchesCategory);
export type Item = z.infer<typeof itemSchema>;
export const itemInputSchema = z.object(itemFields).strict().superRefine(subkindMatchesCategory);
export type ItemInput = z.input<typeof itemInputSchema>;
/** Refined schemas cannot be extended in zod 4, so the edit input is built from the same fields here. */
export const itemUpdateInputSchema = z.object({ id: idSchema, ...itemFields }).strict().superRefine(subkindMatchesCategory);
export type ItemUpdateInput = z.input<typeof itemUpdateInputSchema>;

export const disinfectionSchema = z
  .object({
    at: isoDateTimeSchema,
    /** Who disinfected the delivery; not necessarily a Cordon user. */
    by: nameSchema,
    method: nameSchema,
  })
  .strict();
export type Disinfection = z.infer<typeof disinfectionSchema>;

export const lotSchema = z.object({
  ...recordBase,
  itemId: idSchema,
  /** Quantity received; the current balance is the sum of the lot's movements. */
  quantity: nonNegativeNumber,
  /** Last day the lot may be used, in the campus calendar. */
  expiresOn: isoDateSchema.optional(),
  receivedAt: isoDateTimeSchema,
  supplier: nameSchema,
  deliveryNoteNo: nameSchema,
  contactless: z.boolean(),
  /** R8: absent until disinfection is recorded, and until then the lot is quarantined. */
  disinfection: disinfectionSchema.optional(),
});
export type Lot = z.infer<typeof lotSchema>;

export const MOVEMENT_KINDS = ['receipt', 'issue', 'adjustment'] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];
export const ADJUSTMENT_REASONS = ['damage', 'expiry', 'countCorrection'] as const;
export type AdjustmentReason = (typeof ADJUSTMENT_REASONS)[number];
export const MOVEMENT_REASONS = ['use', ...ADJUSTMENT_REASONS, 'receipt'] as const;
export type MovementReason = (typeof MOVEMENT_REASONS)[number];

/** The kind each reason belongs to, and the sign its quantity must have (0: either, but not zero). */
const REASON_RULES: Record<MovementReason, { kind: MovementKind; sign: 1 | -1 | 0 }> = {
  receipt: { kind: 'receipt', sign: 1 },
  use: { kind: 'issue', sign: -1 },
  damage: { kind: 'adjustment', sign: -1 },
  expiry: { kind: 'adjustment', sign: -1 },
  // A count may find more or less than the books say.
  countCorrection: { kind: 'adjustment', sign: 0 },
};

export const movementSchema = z
  .object({
    ...recordBase,
    itemId: idSchema,
    lotId: idSchema,
    kind: z.enum(MOVEMENT_KINDS),
    /** Signed change to the lot's balance: positive in, negative out. */
    quantity: z.number({ message: 'must be a number' }).finite('must be finite'),
    reason: z.enum(MOVEMENT_REASONS),
    at: isoDateTimeSchema,
    /** Display name of whoever recorded the movement, so the stock card reads without access to the user list. */
    by: nameSchema,
    note: z.string().max(1000, 'must be at most 1000 characters').optional(),
  })
  .superRefine((movement, ctx) => {
    const { kind, sign } = REASON_RULES[movement.reason];
    if (kind !== movement.kind) {
      ctx.addIssue({ code: 'custom', path: ['reason'], message: `is not a reason for a ${movement.kind}` });
      return;
    }
    if (movement.quantity === 0 || (sign !== 0 && Math.sign(movement.quantity) !== sign)) {
      const expected = sign === 0 ? 'must not be zero' : sign > 0 ? 'must be greater than zero' : 'must be less than zero';
      ctx.addIssue({ code: 'custom', path: ['quantity'], message: `${expected} for ${movement.reason}` });
    }
  });
export type Movement = z.infer<typeof movementSchema>;

const noteSchema = z.string().trim().max(1000, 'must be at most 1000 characters').optional();

export const receiveInputSchema = z
  .object({
    itemId: idSchema,
    quantity: positiveQuantity,
    expiresOn: isoDateSchema.optional(),
    receivedAt: isoDateTimeSchema,
    supplier: nameSchema,
    deliveryNoteNo: nameSchema,
    /** Stated, never assumed: a delivery that was not contactless is recorded as such. */
    contactless: z.boolean({ message: 'must be true or false' }),
    note: noteSchema,
  })
  .strict();
export type ReceiveInput = z.infer<typeof receiveInputSchema>;

export const disinfectInputSchema = z.object({ lotId: idSchema, ...disinfectionSchema.shape }).strict();
export type DisinfectInput = z.infer<typeof disinfectInputSchema>;

export const issueInputSchema = z
  .object({
    itemId: idSchema,
    quantity: positiveQuantity,
    /** When the goods left the store; the host uses now when absent. */
    at: isoDateTimeSchema.optional(),
    note: noteSchema,
  })
  .strict();
export type IssueInput = z.infer<typeof issueInputSchema>;

export const adjustInputSchema = z
  .object({
    lotId: idSchema,
    reason: z.enum(ADJUSTMENT_REASONS),
    /** For damage and expiry the quantity written off; for a count correction the quantity counted in the lot. */
    quantity: nonNegativeNumber,
    at: isoDateTimeSchema.optional(),
    note: noteSchema,
  })
  .strict()
  .superRefine((input, ctx) => {
    if (input.reason !== 'countCorrection' && input.quantity === 0) {
      ctx.addIssue({ code: 'custom', path: ['quantity'], message: 'must be greater than zero' });
    }
  });
export type AdjustInput = z.infer<typeof adjustInputSchema>;
