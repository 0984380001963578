import { describe, expect, it } from 'vitest';
import { canteenSchema, canteenSettingsSchema, mealPlanSchema, mealWindowSchema } from '../../../shared/canteen/schema.js';

const stamps = { createdAt: '2022-03-01T08:00:00+08:00', updatedAt: '2022-03-01T08:00:00+08:00' };

describe('canteenSettingsSchema', () => {
  it('gives the city plan defaults for an empty object', () => {
    expect(canteenSettingsSchema.parse({})).toEqual({
      occupancyPct: 50,
      eatMinutes: 20,
      gapMinutes: 10,
      shareRegion: false,
      windows: {
        breakfast: { start: '06:30', end: '08:00' },
        lunch: { start: '11:30', end: '13:00' },
        dinner: { start: '17:00', end: '18:30' },
      },
    });
  });

  it('fills the other windows when one is given', () => {
    const settings = canteenSettingsSchema.parse({ windows: { lunch: { start: '11:00', end: '13:30' } } });
    expect(settings.windows.lunch).toEqual({ start: '11:00', end: '13:30' });
    expect(settings.windows.dinner).toEqual({ start: '17:00', end: '18:30' });
  });

  it('refuses occupancy outside 1–100 %, a zero eating time and a negative gap', () => {
    expect(canteenSettingsSchema.safeParse({ occupancyPct: 0 }).success).toBe(false);
    expect(canteenSettingsSchema.safeParse({ occupancyPct: 101 }).success).toBe(false);
    expect(canteenSettingsSchema.safeParse({ occupancyPct: 100 }).success).toBe(true);
    expect(canteenSettingsSchema.safeParse({ eatMinutes: 0 }).success).toBe(false);
    expect(canteenSettingsSchema.safeParse({ gapMinutes: -1 }).success).toBe(false);
    expect(canteenSettingsSchema.safeParse({ gapMinutes: 0 }).success).toBe(true);
  });
});

describe('mealWindowSchema', () => {
  it('needs the end after the start, one minute is enough', () => {
    expect(mealWindowSchema.safeParse({ start: '12:00', end: '12:00' }).success).toBe(false);
    expect(mealWindowSchema.safeParse({ start: '12:00', end: '12:01' }).success).toBe(true);
    expect(mealWindowSchema.safeParse({ start: '12:00', end: '11:59' }).success).toBe(false);
    expect(mealWindowSchema.safeParse({ start: '7:00', end: '08:00' }).success).toBe(false);
  });
});

describe('canteenSchema', () => {
  const canteen = { id: 'c1', ...stamps, name: 'Canteen 1', zones: [{ id: 'A', name: 'Zone A', seats: 80 }] };

  it('accepts a canteen with optional building and region', () => {
    expect(canteenSchema.safeParse(canteen).success).toBe(true);
    expect(canteenSchema.safeParse({ ...canteen, buildingId: 'b1', regionId: 'r1' }).success).toBe(true);
  });

  it('refuses duplicate zone ids, no zones and zero seats', () => {
    const twice = { ...canteen, zones: [...canteen.zones, { id: 'A', name: 'Zone A again', seats: 40 }] };
    expect(canteenSchema.safeParse(twice).success).toBe(false);
    expect(canteenSchema.safeParse({ ...canteen, zones: [] }).success).toBe(false);
    expect(canteenSchema.safeParse({ ...canteen, zones: [{ id: 'A', name: 'A', seats: 0 }] }).success).toBe(false);
  });
});

describe('mealPlanSchema', () => {
  const draft = {
    id: 'plan-1',
    ...stamps,
    version: 1,
    from: '2022-03-07',
    to: '2022-03-13',
    seed: 42,
    settings: canteenSettingsSchema.parse({}),
    status: 'draft',
    assignments: [{ unitId: 'u1', meal: 'lunch', canteenId: 'c1', zoneId: 'A', start: '11:30', end: '11:50' }],
  };

  it('accepts a draft and a published plan with who and when', () => {
    expect(mealPlanSchema.safeParse(draft).success).toBe(true);
    const published = { ...draft, status: 'published', publishedAt: '2022-03-06T18:00:00+08:00', publishedBy: 'principal-1' };
    expect(mealPlanSchema.safeParse(published).success).toBe(true);
  });

  it('refuses a published plan without who and when', () => {
    expect(mealPlanSchema.safeParse({ ...draft, status: 'published' }).success).toBe(false);
    expect(mealPlanSchema.safeParse({ ...draft, status: 'published', publishedAt: '2022-03-06T18:00:00+08:00' }).success).toBe(false);
  });

  it('covers at least one day: from = to is fine, to before from is not', () => {
    expect(mealPlanSchema.safeParse({ ...draft, to: '2022-03-07' }).success).toBe(true);
    expect(mealPlanSchema.safeParse({ ...draft, to: '2022-03-06' }).success).toBe(false);
  });

  it('refuses an unknown meal in an assignment', () => {
    const bad = { ...draft, assignments: [{ ...draft.assignments[0], meal: 'supper' }] };
    expect(mealPlanSchema.safeParse(bad).success).toBe(false);
  });
});
