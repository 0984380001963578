import { differenceInCalendarDays, parseISO } from 'date-fns';
import { z } from 'zod';
import type { Role } from '../auth/roles.js';
import type { UnitStatus } from '../campus/schema.js';
import { clockTimeSchema, idSchema, isoDateSchema, nameSchema } from '../common/fields.js';
import type { ApiError } from '../contract/define.js';
import { op } from '../contract/define.js';
import type { Conflict } from './conflicts.js';
import type { MealFigures } from './figures.js';
import type { RegionNoticeSheet, UnitNotice } from './notice.js';
import type { PlanViolation } from './planner.js';
import { canteenZoneSchema, mealSchema, type Canteen, type CanteenSettings, type Meal, type MealAssignment, type MealPlan, type MealPlanStatus } from './schema.js';

/*
 * Access: everyone signed in reads plans, history and notices (a principal answers for contact tracing); those who run
 * the canteens (administrators and logistics) plan, adjust and publish. Canteens and zones are set up by administrators
 * only: seats fix the distanced capacity every plan is held to, like the rules in Settings and the campus's buildings.
 */
export const CANTEEN_WRITERS: readonly Role[] = ['administrator', 'logistics'];
export const CANTEEN_SETUP: readonly Role[] = ['administrator'];

/** A plan covers at most a quarter: long enough for a term's stable seating, short enough to re-plan as people move. */
export const MAX_PLAN_DAYS = 92;

const zoneInputSchema = canteenZoneSchema.extend({ id: idSchema.optional() });
const zonesInputSchema = z
  .array(zoneInputSchema)
  .min(1, 'a canteen needs at least one zone')
  .max(500, 'must be at most 500 zones')
  // Notices name the zone ("Canteen 2, zone B"): two zones of one canteen under one name would send units to either.
  .superRefine((zones, ctx) => {
    const seen = new Set<string>();
    zones.forEach((zone, i) => {
      const key = zone.name.toLocaleLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: 'custom', message: `another zone is already named ${zone.name}`, path: [i, 'name'] });
      seen.add(key);
    });
  });

export const canteenCreateSchema = z
  .object({
    id: idSchema.optional(),
    name: nameSchema,
    buildingId: idSchema.optional(),
    regionId: idSchema.optional(),
    /** Zones without an id get one from the host. */
    zones: zonesInputSchema,
  })
  .strict();
export type CanteenCreate = z.infer<typeof canteenCreateSchema>;

/** A patch: absent fields are kept, `null` clears an optional one; `zones` replaces the whole list. */
export const canteenUpdateSchema = z
  .object({
    id: idSchema,
    name: nameSchema.optional(),
    buildingId: idSchema.nullish(),
    regionId: idSchema.nullish(),
    zones: zonesInputSchema.optional(),
  })
  .strict();
export type CanteenUpdate = z.infer<typeof canteenUpdateSchema>;

export const planStartSchema = z
  .object({
    /** First and last day (inclusive); every day gets the same seating, which keeps contact tracing exact. */
    from: isoDateSchema,
    to: isoDateSchema,
    /** The planner is deterministic for the campus and the seed; the seed is kept with the plan. */
    seed: z.int().min(0).max(0xffffffff).optional(),
    note: z.string().trim().max(2000, 'must be at most 2000 characters').optional(),
  })
  .strict()
  // Zero-padded calendar dates: string order is calendar order.
  .refine((p) => p.from <= p.to, { message: 'must not be before the first day', path: ['to'] })
  .refine((p) => differenceInCalendarDays(parseISO(p.to), parseISO(p.from)) < MAX_PLAN_DAYS, {
    message: `must be within ${MAX_PLAN_DAYS} days of the first day`,
    path: ['to'],
  });

export const planMoveSchema = z
  .object({
    planId: idSchema,
    unitId: idSchema,
    meal: mealSchema,
    canteenId: idSchema,
    zoneId: idSchema,
    /** The sitting's start; it lasts the eating time. Off the sittings grid is allowed but reported as a conflict. */
    start: clockTimeSchema,
  })
  .strict();
export type PlanMove = z.infer<typeof planMoveSchema>;

export interface PlanJobProgress {
  /** Meals planned so far, of `total`. */
  done: number;
  total: number;
  /** The meal being planned, or the saving of the result. */
  stage: Meal | 'saving';
}

export type PlanJob =
  | ({ id: string; state: 'running' } & PlanJobProgress)
  | { id: string; state: 'done'; planId: string; version: number; violations: PlanViolation[]; elapsedMs: number; inWorker: boolean }
  | { id: string; state: 'failed'; error: ApiError };

/** A plan version without its assignments, for lists. */
export interface PlanSummary {
  id: string;
  version: number;
  status: MealPlanStatus;
  from: string;
  to: string;
  seed: number;
  note?: string;
  createdAt: string;
  updatedAt: string;
  publishedAt?: string;
  publishedBy?: string;
  /** Units seated at some meal. */
  units: number;
}

/** A unit as plans show it; its size is its on-campus headcount now. */
export interface PlanUnit {
  id: string;
  name: string;
  regionId: string;
  size: number;
  status: UnitStatus;
}

export interface PlanView {
  plan: MealPlan;
  /**
   * The rules conflicts are judged by: the settings in force for a draft (what publishing it would have to meet), the
   * plan's own for a published one (what it was made under).
   */
  rules: CanteenSettings;
  /** True for a draft made under other settings than those now in force. */
  rulesChanged: boolean;
  /** Every unit of the campus (a unit the plan names that has since been removed shows as an unknownUnit conflict). */
  units: PlanUnit[];
  regions: { id: string; name: string }[];
  canteens: Canteen[];
  /** Computed by the host; publishing is refused while there is any. */
  conflicts: Conflict[];
  figures: MealFigures[];
}

export interface HistorySitting extends Omit<MealAssignment, 'meal'> {
  unitName: string;
  regionId: string;
  canteenName: string;
  zoneName: string;
}

export interface HistoryMeal {
  meal: Meal;
  /** The published plan the meal was served under; null when none covered the day. */
  plan: { id: string; version: number; publishedAt: string } | null;
  sittings: HistorySitting[];
}

export interface HistoryDay {
  date: string;
  meals: HistoryMeal[];
}

export interface NoticesView {
  plan: PlanSummary;
  regions: { id: string; name: string }[];
  notices: UnitNotice[];
  sheets: RegionNoticeSheet[];
}

export interface NextMeal {
  date: string;
  meal: Meal;
  start: string;
  end: string;
  /** Sittings in use across canteens, and the units and people seated. */
  sittings: number;
  units: number;
  people: number;
  planVersion: number;
}

export interface CanteenOverview {
  canteens: number;
  zones: number;
  /** The published plan serving today, if any. */
  current: PlanSummary | null;
  /** The newest draft and its conflicts, if there is a draft newer than every published plan. */
  draft: (PlanSummary & { conflicts: number }) | null;
  /** The next meals (today's that have not begun, then tomorrow's) under the published plans. */
  nextMeals: NextMeal[];
}

const none = z.object({}).strict();
const byId = z.object({ id: idSchema }).strict();

export const canteenContract = {
  'canteen.canteens.list': op<Canteen[]>()({ input: none, access: 'signedIn', mutates: false }),
  'canteen.canteens.create': op<Canteen>()({ input: canteenCreateSchema, access: CANTEEN_SETUP, mutates: true }),
  /** Refused when it would remove a zone a published plan seats units in: history must stay readable. */
  'canteen.canteens.update': op<Canteen>()({ input: canteenUpdateSchema, access: CANTEEN_SETUP, mutates: true }),

  /** Starts planning in a worker; the result is saved as a new draft version when done. Poll canteen.plan.job. */
  'canteen.plan.start': op<PlanJob>()({ input: planStartSchema, access: CANTEEN_WRITERS, mutates: true }),
  'canteen.plan.job': op<PlanJob>()({ input: byId, access: CANTEEN_WRITERS, mutates: false }),

  /** Every version, newest first; published ones are never removed. */
  'canteen.plans.list': op<PlanSummary[]>()({ input: none, access: 'signedIn', mutates: false }),
  'canteen.plans.get': op<PlanView>()({ input: byId, access: 'signedIn', mutates: false }),
  /** A new draft version with the same seating, to adjust a published plan or try changes on a copy. */
  'canteen.plans.copy': op<PlanSummary>()({ input: byId, access: CANTEEN_WRITERS, mutates: true }),
  /** Moves one unit's sitting for one meal in a draft; the answer carries the conflicts as they now stand. */
  'canteen.plans.move': op<PlanView>()({ input: planMoveSchema, access: CANTEEN_WRITERS, mutates: true }),
  /** Refused while the plan has any conflict (the conflicts are in the error's details). */
  'canteen.plans.publish': op<PlanSummary>()({ input: byId, access: CANTEEN_WRITERS, mutates: true }),

  /** Who ate where, when, on a day, from the published plans. */
  'canteen.history': op<HistoryDay>()({
    input: z.object({ date: isoDateSchema, unitId: idSchema.optional() }).strict(),
    access: 'signedIn',
    mutates: false,
  }),
  /** Notices per unit and one sheet per region, for printing. */
  'canteen.notices': op<NoticesView>()({
    input: z.object({ planId: idSchema, regionId: idSchema.optional(), unitId: idSchema.optional() }).strict(),
    access: 'signedIn',
    mutates: false,
  }),
  'canteen.overview': op<CanteenOverview>()({ input: none, access: 'signedIn', mutates: false }),
};
