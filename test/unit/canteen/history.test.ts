import { describe, expect, it } from 'vitest';
import { planServed } from '../../../shared/canteen/history.js';
import { canteenSettingsSchema, type MealPlan } from '../../../shared/canteen/schema.js';

const settings = canteenSettingsSchema.parse({});
const base = { createdAt: '2026-11-20T08:00:00+08:00', updatedAt: '2026-11-20T08:00:00+08:00', seed: 1, settings, assignments: [] };
const published = (id: string, from: string, to: string, publishedAt: string): MealPlan => ({
  ...base,
  id,
  version: Number(id.slice(1)),
  status: 'published',
  from,
  to,
  publishedAt,
  publishedBy: 'user-1',
});
// Lunch on 2026-11-25 begins at 11:30 +08:00.
const lunchStart = () => Date.parse('2026-11-25T11:30:00+08:00');

describe('planServed', () => {
  const v1 = published('v1', '2026-11-23', '2026-11-29', '2026-11-22T18:00:00+08:00');

  it('takes a plan published exactly when the meal began, and not one published a minute later', () => {
    const atStart = published('v2', '2026-11-25', '2026-12-01', '2026-11-25T11:30:00+08:00');
    const minuteLate = published('v3', '2026-11-25', '2026-12-01', '2026-11-25T11:31:00+08:00');
    expect(planServed([v1, atStart], '2026-11-25', lunchStart)?.id).toBe('v2');
    expect(planServed([v1, minuteLate], '2026-11-25', lunchStart)?.id).toBe('v1');
  });

  it('compares publication times as instants across offsets', () => {
    // 04:00 UTC is 12:00 at +08:00: after lunch began, though the string sorts first.
    const utc = published('v2', '2026-11-25', '2026-12-01', '2026-11-25T04:00:00Z');
    expect(planServed([v1, utc], '2026-11-25', lunchStart)?.id).toBe('v1');
  });

  it('falls back to the earliest plan published late when none was out, and ignores drafts and days outside', () => {
    const late = published('v2', '2026-11-25', '2026-11-25', '2026-11-25T12:00:00+08:00');
    const later = published('v3', '2026-11-25', '2026-11-25', '2026-11-25T13:00:00+08:00');
    const draft: MealPlan = { ...base, id: 'v4', version: 4, status: 'draft', from: '2026-11-25', to: '2026-11-25' };
    expect(planServed([later, late, draft], '2026-11-25', lunchStart)?.id).toBe('v2');
    expect(planServed([v1, draft], '2026-11-30', lunchStart)).toBeUndefined();
    expect(planServed([v1], '2026-11-29', lunchStart)?.id).toBe('v1');
  });
});
