import { z } from 'zod';
import { clockTimeSchema, idSchema, isoDateSchema, isoDateTimeSchema, nameSchema, recordBase } from '../common/fields.js';
import { clockToMinutes } from './clock.js';
import { MEALS } from './meals.js';

export { MEALS };
export const mealSchema = z.enum(MEALS);
export type Meal = z.infer<typeof mealSchema>;

/** A meal window on one day; meals never cross midnight, so start < end as clock times. */
export const mealWindowSchema = z
  .object({ start: clockTimeSchema, end: clockTimeSchema })
  .refine((w) => clockToMinutes(w.start) < clockToMinutes(w.end), { message: 'must end after it starts', path: ['end'] });
export type MealWindow = z.infer<typeof mealWindowSchema>;

/** R6/R7 settings of the canteen module; every field has the city plan's default, so `parse({})` gives the defaults. */
export const canteenSettingsSchema = z.object({
  /** Distanced occupancy: share of a zone's seats usable with one-metre spacing. */
  occupancyPct: z.int('must be a whole number').min(1, 'must be at least 1').max(100, 'must be at most 100').default(50),
  eatMinutes: z.int('must be a whole number').min(1, 'must be at least 1').max(600, 'must be at most 600').default(20),
  /** Cleaning and disinfection between two sittings of a zone. */
  gapMinutes: z.int('must be a whole number').min(0, 'must not be negative').max(600, 'must be at most 600').default(10),
  /** Whether units of the same region may share a zone-slot (R6); units of different regions never do. */
  shareRegion: z.boolean().default(false),
  windows: z
    .object({
      breakfast: mealWindowSchema.default({ start: '06:30', end: '08:00' }),
      lunch: mealWindowSchema.default({ start: '11:30', end: '13:00' }),
      dinner: mealWindowSchema.default({ start: '17:00', end: '18:30' }),
    })
    .prefault({}),
});
export type CanteenSettings = z.output<typeof canteenSettingsSchema>;
export type CanteenSettingsInput = z.input<typeof canteenSettingsSchema>;

export const canteenZoneSchema = z.object({
  id: idSchema,
  name: nameSchema,
  seats: z.int('must be a whole number').min(1, 'must be at least 1').max(10_000, 'must be at most 10000'),
});
export type CanteenZone = z.infer<typeof canteenZoneSchema>;

export const canteenSchema = z
  .object({
    ...recordBase,
    name: nameSchema,
    buildingId: idSchema.optional(),
    /** The region the canteen serves first; absent for a canteen shared by all regions. */
    regionId: idSchema.optional(),
    zones: z.array(canteenZoneSchema).min(1, 'a canteen needs at least one zone'),
  })
  .refine((c) => new Set(c.zones.map((z) => z.id)).size === c.zones.length, {
    message: 'zone ids must be unique within a canteen',
    path: ['zones'],
  });
export type Canteen = z.infer<typeof canteenSchema>;

/** One unit's sitting for one meal; the same sitting repeats on every day the plan covers. */
export const mealAssignmentSchema = z.object({
  unitId: idSchema,
  meal: mealSchema,
  canteenId: idSchema,
  zoneId: idSchema,
  start: clockTimeSchema,
  end: clockTimeSchema,
});
export type MealAssignment = z.infer<typeof mealAssignmentSchema>;

const mealPlanFields = {
  ...recordBase,
  /** Increases with every saved plan, so "plan v7" names one version for people and the audit log. */
  version: z.int().min(1),
  /** First and last day (inclusive) the plan applies to. */
  from: isoDateSchema,
  to: isoDateSchema,
  /** Kept so a plan can be regenerated exactly (the planner is deterministic for input and seed). */
  seed: z.int().min(0).max(0xffffffff),
  /** The rules the plan was made under: past plans stay checkable after the settings change. */
  settings: canteenSettingsSchema,
  assignments: z.array(mealAssignmentSchema),
  note: z.string().max(2000).optional(),
};

/** A dated plan version; published ones are kept so "who ate where, when" can be answered for any past day. */
export const mealPlanSchema = z
  .discriminatedUnion('status', [
    z.object({ ...mealPlanFields, status: z.literal('draft') }),
    z.object({ ...mealPlanFields, status: z.literal('published'), publishedAt: isoDateTimeSchema, publishedBy: idSchema }),
  ])
  // Both are zero-padded YYYY-MM-DD calendar dates without offset, so string order is calendar order.
  .refine((p) => p.from <= p.to, { message: 'must not be before the first day', path: ['to'] });
export type MealPlan = z.infer<typeof mealPlanSchema>;
export type MealPlanStatus = MealPlan['status'];
