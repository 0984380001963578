import { describe, expect, it } from 'vitest';
import {
  adjustInputSchema,
  issueInputSchema,
  itemInputSchema,
  itemSchema,
  lotSchema,
  movementSchema,
  receiveInputSchema,
} from '../../../shared/supplies/schema.js';
import { item, lot, movement } from './fixtures.js';

const receipt = {
  itemId: 'masks',
  quantity: 500,
  expiresOn: '2025-01-31',
  receivedAt: '2024-04-10T09:00:00+08:00',
  supplier: 'Huaxi Medical',
  deliveryNoteNo: 'DN-1',
  contactless: true,
};

function fieldsRefused(result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }): string[] {
  expect(result.success).toBe(false);
  return [...new Set(result.error?.issues.map((i) => i.path.join('.')))];
}

describe('input quantities', () => {
  it.each([
    ['receive', receiveInputSchema, receipt],
    ['issue', issueInputSchema, { itemId: 'masks', quantity: 10 }],
    ['adjust', adjustInputSchema, { lotId: 'L1', reason: 'damage', quantity: 3 }],
  ] as const)('%s accepts a positive quantity and refuses a negative or non-numeric one, naming quantity', (_, schema, valid) => {
    expect(schema.safeParse(valid).success).toBe(true);
    for (const quantity of [-1, -0.001, '12', 'abc', Number.NaN, Number.POSITIVE_INFINITY, null]) {
      const result = schema.safeParse({ ...valid, quantity });
      expect(fieldsRefused(result)).toEqual(['quantity']);
    }
  });

  it('says why a quantity is refused', () => {
    const negative = receiveInputSchema.safeParse({ ...receipt, quantity: -5 });
    expect(negative.error?.issues[0]?.message).toBe('must not be negative');
    const text = issueInputSchema.safeParse({ itemId: 'masks', quantity: 'ten' });
    expect(text.error?.issues[0]?.message).toBe('must be a number');
  });

  it('refuses zero for a receipt, an issue and a write-off, but accepts a count of zero', () => {
    expect(fieldsRefused(receiveInputSchema.safeParse({ ...receipt, quantity: 0 }))).toEqual(['quantity']);
    expect(fieldsRefused(issueInputSchema.safeParse({ itemId: 'masks', quantity: 0 }))).toEqual(['quantity']);
    expect(fieldsRefused(adjustInputSchema.safeParse({ lotId: 'L1', reason: 'expiry', quantity: 0 }))).toEqual(['quantity']);
    expect(adjustInputSchema.safeParse({ lotId: 'L1', reason: 'countCorrection', quantity: 0 }).success).toBe(true);
  });

  it('requires the receipt to state whether delivery was contactless', () => {
    const { contactless: _, ...rest } = receipt;
    expect(fieldsRefused(receiveInputSchema.safeParse(rest))).toEqual(['contactless']);
  });

  it('refuses unknown fields in inputs', () => {
    expect(fieldsRefused(issueInputSchema.safeParse({ itemId: 'masks', quantity: 1, lotId: 'L1' }))).toEqual(['']);
  });
});

describe('records', () => {
  it('defaults the minimum cover to 14 days', () => {
    const { id: _id, createdAt: _c, updatedAt: _u, minCoverDays: _m, ...input } = item();
    const parsed = itemInputSchema.parse(input);
    expect(parsed.minCoverDays).toBe(14);
  });

  it('refuses a subkind of another category', () => {
    expect(itemSchema.safeParse(item()).success).toBe(true);
    expect(fieldsRefused(itemSchema.safeParse(item({ category: 'food' })))).toEqual(['subkind']);
  });

  it('refuses a negative daily use or price, naming the field', () => {
    expect(fieldsRefused(itemSchema.safeParse(item({ dailyUse: { mode: 'fixed', amount: -1 } })))).toEqual(['dailyUse.amount']);
    expect(fieldsRefused(itemSchema.safeParse(item({ price: -0.5 })))).toEqual(['price']);
  });

  it('keeps a lot without disinfection valid (it is quarantined, not malformed)', () => {
    expect(lotSchema.safeParse(lot('L1', { disinfection: undefined })).success).toBe(true);
    expect(fieldsRefused(lotSchema.safeParse(lot('L1', { quantity: -1 })))).toEqual(['quantity']);
  });

  it('ties each movement kind to its reasons and the sign of its quantity', () => {
    const l = lot('L1');
    expect(movementSchema.safeParse(movement(l, 100)).success).toBe(true);
    expect(movementSchema.safeParse(movement(l, -10)).success).toBe(true);
    expect(movementSchema.safeParse(movement(l, 4, { kind: 'adjustment', reason: 'countCorrection' })).success).toBe(true);
    expect(fieldsRefused(movementSchema.safeParse(movement(l, -100, { kind: 'receipt' })))).toEqual(['quantity']);
    expect(fieldsRefused(movementSchema.safeParse(movement(l, 10, { kind: 'issue' })))).toEqual(['quantity']);
    expect(fieldsRefused(movementSchema.safeParse(movement(l, 2, { kind: 'adjustment', reason: 'damage' })))).toEqual(['quantity']);
    expect(fieldsRefused(movementSchema.safeParse(movement(l, 0, { kind: 'adjustment', reason: 'countCorrection' })))).toEqual(['quantity']);
    expect(fieldsRefused(movementSchema.safeParse(movement(l, -1, { kind: 'issue', reason: 'expiry' })))).toEqual(['reason']);
  });
});
