import { addDays, format, parseISO } from 'date-fns';
import type { AppContract } from '../../../shared/contract/index.js';
import type { CoreDoc } from '../../../shared/db/schema.js';
import { plannerCanteens, plannerUnits } from '../../../shared/canteen/campusProjection.js';
import { clockToMinutes, minutesToClock } from '../../../shared/canteen/clock.js';
import { findConflicts } from '../../../shared/canteen/conflicts.js';
import type { CanteenCreate, CanteenUpdate, HistorySitting, NextMeal, PlanJob, PlanSummary, PlanUnit, PlanView } from '../../../shared/canteen/contract.js';
import { planFigures } from '../../../shared/canteen/figures.js';
import { planServed } from '../../../shared/canteen/history.js';
import { regionNoticeSheets, unitNotices } from '../../../shared/canteen/notice.js';
import type { PlannerUnit } from '../../../shared/canteen/projection.js';
import { MEALS, type Canteen, type CanteenSettings, type CanteenZone, type Meal, type MealAssignment, type MealPlan } from '../../../shared/canteen/schema.js';
import type { ApiError } from '../../../shared/contract/define.js';
import { stamp, type Handlers, type ServiceContext } from '../context.js';
import { HostError, notFound, refuse } from '../errors.js';
import { runPlanning } from '../planning.js';

type CanteenOps = Pick<
  AppContract,
  | 'canteen.canteens.list'
  | 'canteen.canteens.create'
  | 'canteen.canteens.update'
  | 'canteen.plan.start'
  | 'canteen.plan.job'
  | 'canteen.plans.list'
  | 'canteen.plans.get'
  | 'canteen.plans.copy'
  | 'canteen.plans.move'
  | 'canteen.plans.publish'
  | 'canteen.history'
  | 'canteen.notices'
  | 'canteen.overview'
>;

/** Finished jobs are kept for polling a while; the oldest go first once there are more. */
const JOBS_KEPT = 20;
const NEXT_MEALS = 3;
const MINUTES_PER_DAY = 24 * 60;

type Published = Extract<MealPlan, { status: 'published' }>;

const localDate = (d: Date) => format(d, 'yyyy-MM-dd');
/** The instant a clock time falls on a calendar day, in the campus's (the host's) local time. */
const instantOf = (date: string, clock: string) => parseISO(`${date}T${clock}`).getTime();

function summary(plan: MealPlan): PlanSummary {
  const { assignments, settings: _settings, ...rest } = plan;
  return { ...rest, units: new Set(assignments.map((a) => a.unitId)).size };
}

function findPlan(doc: CoreDoc, id: string, field = 'id'): MealPlan {
  const plan = doc.mealPlans.find((p) => p.id === id);
  if (!plan) throw notFound('Plan', id, field);
  return plan;
}

function draftOnly(plan: MealPlan): void {
  if (plan.status !== 'draft') {
    throw new HostError('conflict', `Plan v${plan.version} is published and is kept as it is; copy it to a new draft to change it`);
  }
}

/** Drafts answer to the rules in force (what publishing them must meet); published plans to those they were made under. */
function rulesFor(doc: CoreDoc, plan: MealPlan): CanteenSettings {
  return plan.status === 'draft' ? doc.settings.canteen : plan.settings;
}

function judge(doc: CoreDoc, plan: MealPlan, units: readonly PlannerUnit[] = plannerUnits(doc.units, doc.people)) {
  const rules = rulesFor(doc, plan);
  const canteens = plannerCanteens(doc.canteens);
  const input = { units, canteens, settings: rules, assignments: plan.assignments };
  return { rules, conflicts: findConflicts(input), figures: planFigures(input) };
}

function planView(doc: CoreDoc, plan: MealPlan): PlanView {
  const units = plannerUnits(doc.units, doc.people);
  const { rules, conflicts, figures } = judge(doc, plan, units);
  const sizeOf = new Map(units.map((u) => [u.id, u.size]));
  return {
    plan,
    rules,
    rulesChanged: plan.status === 'draft' && JSON.stringify(plan.settings) !== JSON.stringify(doc.settings.canteen),
    units: doc.units.map((u): PlanUnit => ({ id: u.id, name: u.name, regionId: u.regionId, size: sizeOf.get(u.id) ?? 0, status: u.status })),
    regions: doc.regions.map((r) => ({ id: r.id, name: r.name })),
    canteens: doc.canteens,
    conflicts,
    figures,
  };
}

const nextVersion = (doc: CoreDoc) => Math.max(0, ...doc.mealPlans.map((p) => p.version)) + 1;

/** The plan serving a meal of a day, judged by when each plan was published. */
function servedAt(doc: CoreDoc, date: string, meal: Meal): Published | undefined {
  return planServed(doc.mealPlans, date, (plan) => instantOf(date, plan.settings.windows[meal].start));
}

function checkCanteenRefs(doc: CoreDoc, fields: { buildingId?: string | null | undefined; regionId?: string | null | undefined }): void {
  if (fields.buildingId) {
    const building = doc.buildings.find((b) => b.id === fields.buildingId);
    if (!building) throw notFound('Building', fields.buildingId, 'buildingId');
    if (building.kind !== 'canteen') throw new HostError('invalid_input', `buildingId: ${building.name} is not a canteen building`, 'buildingId');
  }
  if (fields.regionId && !doc.regions.some((r) => r.id === fields.regionId)) throw notFound('Region', fields.regionId, 'regionId');
}

function checkName(doc: CoreDoc, name: string, ownId?: string): void {
  if (doc.canteens.some((c) => c.id !== ownId && c.name.localeCompare(name, undefined, { sensitivity: 'accent' }) === 0)) {
    throw new HostError('conflict', `A canteen named ${name} already exists`, 'name');
  }
}

function withZoneIds(ctx: ServiceContext, zones: NonNullable<CanteenCreate['zones']>): CanteenZone[] {
  return zones.map((z) => ({ id: z.id ?? ctx.newId('zone'), name: z.name, seats: z.seats }));
}

/** A zone that a published plan seats units in cannot go: "who ate where" must stay readable. */
function checkZonesKept(doc: CoreDoc, canteen: Canteen, zones: readonly CanteenZone[]): void {
  const kept = new Set(zones.map((z) => z.id));
  for (const zone of canteen.zones) {
    if (kept.has(zone.id)) continue;
    const user = doc.mealPlans.find((p) => p.status === 'published' && p.assignments.some((a) => a.canteenId === canteen.id && a.zoneId === zone.id));
    if (user) {
      throw new HostError('rule_violation', `zones: zone ${zone.name} seats units in published plan v${user.version}; rename it instead of removing it`, 'zones');
    }
  }
}

interface JobRecord {
  job: PlanJob;
}

export function canteenHandlers(): Handlers<CanteenOps> {
  // Planning jobs live as long as the host: they are progress reports, not data (the plan they make is saved).
  const jobs = new Map<string, JobRecord>();

  const keep = (record: JobRecord) => {
    jobs.set(record.job.id, record);
    for (const id of jobs.keys()) {
      if (jobs.size <= JOBS_KEPT) break;
      if (jobs.get(id)!.job.state !== 'running') jobs.delete(id);
    }
  };

  return {
    'canteen.canteens.list': (_input, ctx) => ctx.store.doc.canteens,

    'canteen.canteens.create': (input, ctx) => {
      checkCanteenRefs(ctx.store.doc, input);
      checkName(ctx.store.doc, input.name);
      return ctx.write(
        (c: Canteen) => `canteen ${c.name} created with ${c.zones.length} zones`,
        (tx) => {
          if (input.id && tx.doc.canteens.some((c) => c.id === input.id)) throw new HostError('conflict', `A canteen with id ${input.id} already exists`, 'id');
          const { zones, ...fields } = input;
          const created: Canteen = stamp(ctx, 'canteen', { ...fields, zones: withZoneIds(ctx, zones) });
          tx.doc.canteens = [...tx.doc.canteens, created];
          return created;
        },
      );
    },

    'canteen.canteens.update': (input: CanteenUpdate, ctx) => {
      const doc = ctx.store.doc;
      const current = doc.canteens.find((c) => c.id === input.id);
      if (!current) throw notFound('Canteen', input.id);
      checkCanteenRefs(doc, input);
      if (input.name !== undefined) checkName(doc, input.name, current.id);
      const zones = input.zones ? withZoneIds(ctx, input.zones) : current.zones;
      checkZonesKept(doc, current, zones);
      return ctx.write(`canteen ${input.name ?? current.name} updated`, (tx) => {
        const next: Canteen = { ...current, zones, updatedAt: ctx.nowIso() };
        if (input.name !== undefined) next.name = input.name;
        for (const key of ['buildingId', 'regionId'] as const) {
          const value = input[key];
          if (value === null) delete next[key];
          else if (value !== undefined) next[key] = value;
        }
        tx.doc.canteens = tx.doc.canteens.map((c) => (c.id === current.id ? next : c));
        return next;
      });
    },

    'canteen.plan.start': (input, ctx) => {
      const doc = ctx.store.doc;
      if (doc.canteens.length === 0) throw new HostError('rule_violation', 'There is no canteen to plan: add a canteen with its zones first');
      const settings = doc.settings.canteen;
      // Stable seating across versions: keep the seats of the plan serving the first day, or else the newest published.
      const published = doc.mealPlans.filter((p): p is Published => p.status === 'published');
      const base = servedAt(doc, input.from, 'breakfast') ?? published.sort((a, b) => b.version - a.version)[0];
      const previous = base ? [...base.assignments].sort((a, b) => MEALS.indexOf(a.meal) - MEALS.indexOf(b.meal)) : [];
      const seed = input.seed ?? 1;
      const job: PlanJob = { id: ctx.newId('planjob'), state: 'running', done: 0, total: MEALS.length, stage: MEALS[0] };
      const record: JobRecord = { job };
      keep(record);
      const started = performance.now();

      const run = async () => {
        const outcome = await runPlanning(
          { units: plannerUnits(doc.units, doc.people), canteens: plannerCanteens(doc.canteens), settings, seed, previous },
          (meal, done, total) => {
            const next = MEALS[MEALS.indexOf(meal) + 1];
            record.job = { id: job.id, state: 'running', done, total, stage: next ?? 'saving' };
          },
        );
        const assignments = outcome.results.flatMap((r) => r.assignments);
        const violations = outcome.results.flatMap((r) => r.violations);
        const plan = await ctx.write(
          (p: MealPlan) => `canteen plan v${p.version} drafted for ${p.from} to ${p.to}: ${new Set(assignments.map((a) => a.unitId)).size} units, ${violations.length} left unplanned`,
          (tx) => {
            const created: MealPlan = stamp(ctx, 'mealplan', {
              version: nextVersion(tx.doc),
              status: 'draft' as const,
              from: input.from,
              to: input.to,
              seed,
              settings,
              assignments,
              ...(input.note ? { note: input.note } : {}),
            });
            tx.doc.mealPlans = [...tx.doc.mealPlans, created];
            return created;
          },
        );
        record.job = { id: job.id, state: 'done', planId: plan.id, version: plan.version, violations, elapsedMs: Math.round(performance.now() - started), inWorker: outcome.inWorker };
      };
      run().catch((err: unknown) => {
        const error: ApiError = (err instanceof HostError ? err : refuse('host.internal', {})).toApi();
        record.job = { id: job.id, state: 'failed', error };
      });
      return job;
    },

    'canteen.plan.job': (input) => {
      const record = jobs.get(input.id);
      if (!record) throw notFound('Planning job', input.id);
      return record.job;
    },

    'canteen.plans.list': (_input, ctx) => [...ctx.store.doc.mealPlans].sort((a, b) => b.version - a.version).map(summary),

    'canteen.plans.get': (input, ctx) => planView(ctx.store.doc, findPlan(ctx.store.doc, input.id)),

    'canteen.plans.copy': async (input, ctx) => {
      const source = findPlan(ctx.store.doc, input.id);
      const copy = await ctx.write(
        (p: MealPlan) => `canteen plan v${p.version} drafted as a copy of v${source.version}`,
        (tx) => {
          const { id: _id, createdAt: _c, updatedAt: _u, version: _v, status: _s, ...fields } = source;
          const created: MealPlan = stamp(ctx, 'mealplan', {
            version: nextVersion(tx.doc),
            status: 'draft' as const,
            from: fields.from,
            to: fields.to,
            seed: fields.seed,
            settings: tx.doc.settings.canteen,
            assignments: fields.assignments,
            ...(fields.note ? { note: fields.note } : {}),
          });
          tx.doc.mealPlans = [...tx.doc.mealPlans, created];
          return created;
        },
      );
      return summary(copy);
    },

    'canteen.plans.move': async (input, ctx) => {
      const doc = ctx.store.doc;
      const plan = findPlan(doc, input.planId, 'planId');
      draftOnly(plan);
      const unit = doc.units.find((u) => u.id === input.unitId);
      if (!unit) throw notFound('Unit', input.unitId, 'unitId');
      const canteen = doc.canteens.find((c) => c.id === input.canteenId);
      if (!canteen) throw notFound('Canteen', input.canteenId, 'canteenId');
      const zone = canteen.zones.find((z) => z.id === input.zoneId);
      if (!zone) throw notFound('Zone', input.zoneId, 'zoneId');
      const rules = rulesFor(doc, plan);
      const end = clockToMinutes(input.start) + rules.eatMinutes;
      if (end >= MINUTES_PER_DAY) throw new HostError('invalid_input', 'start: the sitting must end before midnight', 'start');
      const moved: MealAssignment = { unitId: unit.id, meal: input.meal, canteenId: canteen.id, zoneId: zone.id, start: input.start, end: minutesToClock(end) };
      const next = await ctx.write(`canteen plan v${plan.version}: ${unit.name} ${input.meal} moved to ${canteen.name} zone ${zone.name} at ${input.start}`, (tx) => {
        const current = findPlan(tx.doc, plan.id, 'planId');
        draftOnly(current);
        const updated: MealPlan = {
          ...current,
          assignments: [...current.assignments.filter((a) => a.unitId !== unit.id || a.meal !== input.meal), moved],
          updatedAt: ctx.nowIso(),
        };
        tx.doc.mealPlans = tx.doc.mealPlans.map((p) => (p.id === plan.id ? updated : p));
        return updated;
      });
      return planView(ctx.store.doc, next);
    },

    'canteen.plans.publish': async (input, ctx) => {
      const doc = ctx.store.doc;
      const plan = findPlan(doc, input.id);
      if (plan.status === 'published') throw new HostError('conflict', `Plan v${plan.version} is already published`);
      const today = localDate(ctx.now());
      if (plan.to < today) throw new HostError('rule_violation', `Plan v${plan.version} ended on ${plan.to}; a plan for days already past cannot be published`);
      const { conflicts } = judge(doc, plan);
      if (conflicts.length > 0) {
        throw new HostError('rule_violation', `Plan v${plan.version} has ${conflicts.length} conflicts; resolve them before publishing`, undefined, { conflicts });
      }
      const published = await ctx.write(`canteen plan v${plan.version} published for ${plan.from} to ${plan.to}`, (tx) => {
        const current = findPlan(tx.doc, plan.id);
        draftOnly(current);
        const user = ctx.user!;
        // Kept with the rules it was checked against, so it stays checkable after the settings change.
        const next: MealPlan = { ...current, status: 'published', settings: tx.doc.settings.canteen, publishedAt: ctx.nowIso(), publishedBy: user.id, updatedAt: ctx.nowIso() };
        tx.doc.mealPlans = tx.doc.mealPlans.map((p) => (p.id === plan.id ? next : p));
        return next;
      });
      return summary(published);
    },

    'canteen.history': (input, ctx) => {
      const doc = ctx.store.doc;
      const unitById = new Map(doc.units.map((u) => [u.id, u]));
      const canteenById = new Map(doc.canteens.map((c) => [c.id, c]));
      return {
        date: input.date,
        meals: MEALS.map((meal) => {
          const plan = servedAt(doc, input.date, meal);
          const sittings = (plan?.assignments ?? [])
            .filter((a) => a.meal === meal && (input.unitId === undefined || a.unitId === input.unitId))
            .map(({ meal: _meal, ...a }): HistorySitting => {
              const unit = unitById.get(a.unitId);
              const canteen = canteenById.get(a.canteenId);
              return {
                ...a,
                // A unit or canteen removed since keeps its id as its name: the record of where it ate stays.
                unitName: unit?.name ?? a.unitId,
                regionId: unit?.regionId ?? '',
                canteenName: canteen?.name ?? a.canteenId,
                zoneName: canteen?.zones.find((z) => z.id === a.zoneId)?.name ?? a.zoneId,
              };
            });
          return { meal, plan: plan ? { id: plan.id, version: plan.version, publishedAt: plan.publishedAt } : null, sittings };
        }),
      };
    },

    'canteen.notices': (input, ctx) => {
      const doc = ctx.store.doc;
      const plan = findPlan(doc, input.planId, 'planId');
      if (input.regionId && !doc.regions.some((r) => r.id === input.regionId)) throw notFound('Region', input.regionId, 'regionId');
      if (input.unitId && !doc.units.some((u) => u.id === input.unitId)) throw notFound('Unit', input.unitId, 'unitId');
      const units = doc.units.filter((u) => (!input.regionId || u.regionId === input.regionId) && (!input.unitId || u.id === input.unitId));
      const notices = unitNotices({ plan, units, canteens: doc.canteens });
      return { plan: summary(plan), regions: doc.regions.map((r) => ({ id: r.id, name: r.name })), notices, sheets: regionNoticeSheets(notices) };
    },

    'canteen.overview': (_input, ctx) => {
      const doc = ctx.store.doc;
      const now = ctx.now();
      const today = localDate(now);
      const current = planServed(doc.mealPlans, today, () => now.getTime());
      const newestPublished = Math.max(0, ...doc.mealPlans.filter((p) => p.status === 'published').map((p) => p.version));
      const draft = doc.mealPlans.filter((p) => p.status === 'draft' && p.version > newestPublished).sort((a, b) => b.version - a.version)[0];
      const sizeOf = new Map(plannerUnits(doc.units, doc.people).map((u) => [u.id, u.size]));

      const nextMeals: NextMeal[] = [];
      for (const date of [today, localDate(addDays(now, 1))]) {
        for (const meal of MEALS) {
          const plan = servedAt(doc, date, meal);
          if (!plan || nextMeals.length >= NEXT_MEALS) continue;
          const window = plan.settings.windows[meal];
          if (instantOf(date, window.start) <= now.getTime()) continue;
          const seated = plan.assignments.filter((a) => a.meal === meal);
          nextMeals.push({
            date,
            meal,
            start: window.start,
            end: window.end,
            sittings: new Set(seated.map((a) => `${a.canteenId}\u0000${a.start}`)).size,
            units: seated.length,
            people: seated.reduce((sum, a) => sum + (sizeOf.get(a.unitId) ?? 0), 0),
            planVersion: plan.version,
          });
        }
      }
      return {
        canteens: doc.canteens.length,
        zones: doc.canteens.reduce((sum, c) => sum + c.zones.length, 0),
        current: current ? summary(current) : null,
        draft: draft ? { ...summary(draft), conflicts: judge(doc, draft).conflicts.length } : null,
        nextMeals,
      };
    },
  };
}
