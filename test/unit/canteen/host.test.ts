import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Conflict } from '../../../shared/canteen/conflicts.js';
import type { HistoryDay, NoticesView, PlanJob, PlanSummary, PlanView } from '../../../shared/canteen/contract.js';
import type { CanteenOverview } from '../../../shared/canteen/contract.js';
import type { Canteen, CanteenSettings, MealAssignment } from '../../../shared/canteen/schema.js';
import type { ApiResult } from '../../../shared/contract/define.js';
import { testHost, type TestHost } from '../../helpers/host.js';

// Monday 2026-11-23, 09:00 local time: after breakfast, before lunch. The demo brings plan v1, published on the 15th
// for the 16th to the 29th, so the plans these tests make start at v2.
let now = new Date(2026, 10, 23, 9, 0);
let t: TestHost;

beforeEach(async () => {
  now = new Date(2026, 10, 23, 9, 0);
  t = await testHost({ clock: () => now });
  await t.ok('demo.load', {}, t.admin);
});
afterEach(() => t.host.close());

async function plan(from = '2026-11-23', to = '2026-11-29', token = t.admin): Promise<Extract<PlanJob, { state: 'done' }>> {
  let job = await t.ok<PlanJob>('canteen.plan.start', { from, to }, token);
  while (job.state === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 10));
    job = await t.ok<PlanJob>('canteen.plan.job', { id: job.id }, token);
  }
  if (job.state === 'failed') throw new Error(job.error.message);
  return job;
}

const view = (id: string) => t.ok<PlanView>('canteen.plans.get', { id }, t.admin);
const lunch = (v: PlanView, unitId: string) => v.plan.assignments.find((a) => a.meal === 'lunch' && a.unitId === unitId)!;
const moveTo = (planId: string, a: MealAssignment) =>
  t.ok<PlanView>('canteen.plans.move', { planId, unitId: a.unitId, meal: a.meal, canteenId: a.canteenId, zoneId: a.zoneId, start: a.start }, t.admin);

function refusal(res: ApiResult<unknown>) {
  if (res.ok) throw new Error('expected a refusal');
  return res.error;
}

/** Moves the clock; sessions idle out over days, so the administrator signs in again. */
async function at(date: Date): Promise<void> {
  now = date;
  t.admin = (await t.ok<{ token: string }>('auth.signIn', { username: 'admin', password: 'correct horse' })).token;
}


describe('canteen planning on the host', () => {
  it('plans the demo campus in a worker for every on-campus unit, with zero conflicts and sittings at the lower bound', async () => {
    const job = await plan();
    expect(job.inWorker).toBe(true);
    expect(job.violations).toEqual([]);
    const v = await view(job.planId);
    expect(v.plan).toMatchObject({ status: 'draft', version: 2, from: '2026-11-23', to: '2026-11-29' });
    expect(v.conflicts).toEqual([]);
    const eating = v.units.filter((u) => u.size > 0);
    expect(v.plan.assignments).toHaveLength(eating.length * 3);
    for (const meal of v.figures) {
      for (const c of meal.canteens) expect(c.achieved).toBe(c.lowerBound);
    }
    // Stable seating: each unit keeps its canteen and zone at every meal.
    const seats = new Map<string, Set<string>>();
    for (const a of v.plan.assignments) seats.set(a.unitId, (seats.get(a.unitId) ?? new Set()).add(`${a.canteenId}/${a.zoneId}`));
    expect([...seats.values()].every((s) => s.size === 1)).toBe(true);
  });

  it('flags a move into an occupied zone-slot live, refuses to publish it with the conflicts, and publishes once fixed', async () => {
    const { planId } = await plan();
    const before = await view(planId);
    const [a, b] = before.plan.assignments.filter((x) => x.meal === 'lunch');
    const moved = await moveTo(planId, { ...a!, canteenId: b!.canteenId, zoneId: b!.zoneId, start: b!.start, end: b!.end });
    const kinds = moved.conflicts.map((c) => c.kind);
    expect(kinds).toContain('sharingNotAllowed');
    const shared = moved.conflicts.find((c) => c.kind === 'sharingNotAllowed')!;
    expect(shared.unitIds.sort()).toEqual([a!.unitId, b!.unitId].sort());
    expect(lunch(moved, a!.unitId)).toMatchObject({ zoneId: b!.zoneId, start: b!.start });

    const error = refusal(await t.call('canteen.plans.publish', { id: planId }, t.admin));
    expect(error.kind).toBe('rule_violation');
    expect((error.details as { conflicts: Conflict[] }).conflicts.map((c) => c.kind)).toEqual(kinds);
    expect((await view(planId)).plan.status).toBe('draft');

    const fixed = await moveTo(planId, a!);
    expect(fixed.conflicts).toEqual([]);
    const published = await t.ok<PlanSummary>('canteen.plans.publish', { id: planId }, t.admin);
    expect(published).toMatchObject({ status: 'published', version: 2 });
    // Published plans are kept as they are.
    expect(refusal(await t.call('canteen.plans.move', { planId, unitId: a!.unitId, meal: 'lunch', canteenId: a!.canteenId, zoneId: a!.zoneId, start: a!.start }, t.admin)).kind).toBe('conflict');
  });

  it('reports a sitting off the grid and one past the window end as conflicts', async () => {
    const { planId } = await plan();
    const v = await view(planId);
    const a = lunch(v, v.plan.assignments[0]!.unitId);
    // Lunch 11:30–13:00, sittings of 20 min every 30: 12:40 would be the next sitting and end at 13:00 exactly.
    const offGrid = await moveTo(planId, { ...a, start: '11:35' });
    expect(offGrid.conflicts.map((c) => c.kind)).toContain('offGrid');
    const late = await moveTo(planId, { ...a, start: '12:41' });
    expect(late.conflicts.map((c) => c.kind)).toContain('outsideWindow');
  });

  it('answers who ate where on a past day from the plan published then, and keeps every published version', async () => {
    const first = await plan('2026-11-23', '2026-11-29');
    await t.ok('canteen.plans.publish', { id: first.planId }, t.admin);
    const v1 = await view(first.planId);

    // Wednesday: a new plan from Wednesday on, with one unit moved for lunch.
    await at(new Date(2026, 10, 25, 14, 0));
    const copy = await t.ok<PlanSummary>('canteen.plans.copy', { id: first.planId }, t.admin);
    const unitId = v1.plan.assignments[0]!.unitId;
    const old = lunch(v1, unitId);
    const free = (await view(copy.id)).canteens.flatMap((c) => c.zones.map((z) => ({ canteenId: c.id, zoneId: z.id }))).find(
      (z) => !v1.plan.assignments.some((x) => x.meal === 'lunch' && x.canteenId === z.canteenId && x.zoneId === z.zoneId && x.start === old.start),
    )!;
    await moveTo(copy.id, { ...old, ...free });
    await t.ok('canteen.plans.publish', { id: copy.id }, t.admin);

    await at(new Date(2026, 10, 27, 9, 0));
    const tuesday = await t.ok<HistoryDay>('canteen.history', { date: '2026-11-24', unitId }, t.admin);
    expect(tuesday.meals.map((m) => m.plan?.version)).toEqual([2, 2, 2]);
    expect(tuesday.meals[1]!.sittings).toEqual([expect.objectContaining({ unitId, canteenId: old.canteenId, zoneId: old.zoneId, start: old.start })]);
    // Wednesday's lunch was served before v3 was published at 14:00; dinner after.
    const wednesday = await t.ok<HistoryDay>('canteen.history', { date: '2026-11-25', unitId }, t.admin);
    expect(wednesday.meals.map((m) => m.plan?.version)).toEqual([2, 2, 3]);
    const thursday = await t.ok<HistoryDay>('canteen.history', { date: '2026-11-26', unitId }, t.admin);
    expect(thursday.meals[1]!.sittings[0]).toMatchObject({ zoneId: free.zoneId, canteenName: expect.any(String), zoneName: expect.any(String) });
    const sunday = await t.ok<HistoryDay>('canteen.history', { date: '2026-11-22' }, t.admin);
    expect(sunday.meals.map((m) => m.plan?.version)).toEqual([1, 1, 1]);
    const before = await t.ok<HistoryDay>('canteen.history', { date: '2026-11-15' }, t.admin);
    expect(before.meals.every((m) => m.plan === null && m.sittings.length === 0)).toBe(true);

    const list = await t.ok<PlanSummary[]>('canteen.plans.list', {}, t.admin);
    expect(list.map((p) => [p.version, p.status])).toEqual([
      [3, 'published'],
      [2, 'published'],
      [1, 'published'],
    ]);
  });

  it('refuses a plan for days already past, and removing a zone a published plan used', async () => {
    const { planId } = await plan('2026-11-16', '2026-11-22');
    const error = refusal(await t.call('canteen.plans.publish', { id: planId }, t.admin));
    expect(error.kind).toBe('rule_violation');

    const today = await plan();
    await t.ok('canteen.plans.publish', { id: today.planId }, t.admin);
    const used = (await view(today.planId)).plan.assignments[0]!;
    const canteen = (await t.ok<Canteen[]>('canteen.canteens.list', {}, t.admin)).find((c) => c.id === used.canteenId)!;
    const removal = refusal(await t.call('canteen.canteens.update', { id: canteen.id, zones: canteen.zones.filter((z) => z.id !== used.zoneId) }, t.admin));
    expect(removal).toMatchObject({ kind: 'rule_violation', field: 'zones' });
    const renamed = await t.ok<Canteen>('canteen.canteens.update', { id: canteen.id, zones: canteen.zones.map((z) => (z.id === used.zoneId ? { ...z, name: 'Hall' } : z)) }, t.admin);
    expect(renamed.zones.find((z) => z.id === used.zoneId)!.name).toBe('Hall');
  });

  it('checks the date range and the canteen it is given', async () => {
    expect(refusal(await t.call('canteen.plan.start', { from: '2026-11-24', to: '2026-11-23' }, t.admin))).toMatchObject({ kind: 'invalid_input', field: 'to' });
    expect(refusal(await t.call('canteen.plan.start', { from: '2026-11-23', to: '2027-02-23' }, t.admin))).toMatchObject({ kind: 'invalid_input', field: 'to' });
    expect((await t.call('canteen.plan.start', { from: '2026-11-23', to: '2027-02-22' }, t.admin)).ok).toBe(true);
    expect(refusal(await t.call('canteen.canteens.create', { name: 'Annex', buildingId: 'bldg-office', zones: [{ name: 'A', seats: 40 }] }, t.admin))).toMatchObject({
      kind: 'invalid_input',
      field: 'buildingId',
    });
    const annex = await t.ok<Canteen>('canteen.canteens.create', { name: 'Annex', zones: [{ name: 'A', seats: 40 }] }, t.admin);
    expect(annex.zones[0]!.id).toMatch(/^zone-/);
  });

  it('gives notices per unit and sheets per region, and the dashboard its next meals', async () => {
    const { planId } = await plan();
    await t.ok('canteen.plans.publish', { id: planId }, t.admin);
    const all = await t.ok<NoticesView>('canteen.notices', { planId }, t.admin);
    expect(all.sheets.map((s) => s.regionId).sort()).toEqual(all.regions.map((r) => r.id).sort());
    const one = await t.ok<NoticesView>('canteen.notices', { planId, unitId: 'unit-7-1' }, t.admin);
    expect(one.notices).toHaveLength(1);
    expect(one.notices[0]!.sittings.map((s) => s.meal)).toEqual(['breakfast', 'lunch', 'dinner']);

    const overview = await t.ok<CanteenOverview>('canteen.overview', {}, t.admin);
    expect(overview.current?.id).toBe(planId);
    expect(overview.draft).toBeNull();
    // 09:00 Monday: lunch and dinner today, breakfast tomorrow.
    expect(overview.nextMeals.map((m) => [m.date, m.meal])).toEqual([
      ['2026-11-23', 'lunch'],
      ['2026-11-23', 'dinner'],
      ['2026-11-24', 'breakfast'],
    ]);
  });

  it('lets a principal read plans but not plan, move or publish', async () => {
    const { planId } = await plan();
    const principal = await t.signInAs('principal');
    expect((await t.call('canteen.plans.list', {}, principal)).ok).toBe(true);
    expect((await t.call('canteen.history', { date: '2026-11-23' }, principal)).ok).toBe(true);
    expect(refusal(await t.call('canteen.plan.start', { from: '2026-11-23', to: '2026-11-29' }, principal)).kind).toBe('forbidden');
    expect(refusal(await t.call('canteen.plans.publish', { id: planId }, principal)).kind).toBe('forbidden');
    expect(refusal(await t.call('canteen.canteens.create', { name: 'X', zones: [{ name: 'A', seats: 10 }] }, principal)).kind).toBe('forbidden');
    expect((await view(planId)).plan.status).toBe('draft');
    const logistics = await t.signInAs('logistics');
    expect((await t.call('canteen.plans.publish', { id: planId }, logistics)).ok).toBe(true);
  });
});

describe('canteen setup on the host', () => {
  const zones = (...list: [string, number][]) => list.map(([name, seats]) => ({ name, seats }));

  it('lets only an administrator create or change a canteen; logistics still plans', async () => {
    const logistics = await t.signInAs('logistics');
    expect(refusal(await t.call('canteen.canteens.create', { name: 'Annex', zones: zones(['A', 40]) }, logistics)).kind).toBe('forbidden');
    expect(refusal(await t.call('canteen.canteens.update', { id: 'canteen-1', name: 'Renamed' }, logistics)).kind).toBe('forbidden');
    expect((await t.ok<Canteen[]>('canteen.canteens.list', {}, logistics)).map((c) => c.name)).not.toContain('Annex');
    await plan('2026-11-23', '2026-11-29', logistics);
    const annex = await t.ok<Canteen>('canteen.canteens.create', { name: 'Annex', zones: zones(['A', 40], ['B', 60]) }, t.admin);
    expect(annex.zones.map((z) => [z.name, z.seats])).toEqual([
      ['A', 40],
      ['B', 60],
    ]);
  });

  it('refuses two zones of one canteen under one name, ignoring case, and names the second', async () => {
    const twice = refusal(await t.call('canteen.canteens.create', { name: 'Annex', zones: zones(['A', 40], ['B', 40], [' a ', 40]) }, t.admin));
    expect(twice).toMatchObject({ kind: 'invalid_input', field: 'zones.2.name', message: 'zones.2.name: another zone is already named a' });
    const [c1] = await t.ok<Canteen[]>('canteen.canteens.list', {}, t.admin);
    const [first, second] = c1!.zones;
    // Swapping two names is one change: only the final list must be unambiguous.
    const swapped = await t.ok<Canteen>(
      'canteen.canteens.update',
      { id: c1!.id, zones: c1!.zones.map((z) => (z.id === first!.id ? { ...z, name: second!.name } : z.id === second!.id ? { ...z, name: first!.name } : z)) },
      t.admin,
    );
    expect(swapped.zones.slice(0, 2).map((z) => [z.id, z.name])).toEqual([
      [first!.id, second!.name],
      [second!.id, first!.name],
    ]);
  });

  it('takes 1 to 10,000 seats per zone and says why beside the zone otherwise', async () => {
    expect((await t.call('canteen.canteens.create', { name: 'Small', zones: zones(['A', 1]) }, t.admin)).ok).toBe(true);
    expect((await t.call('canteen.canteens.create', { name: 'Big', zones: zones(['A', 10_000]) }, t.admin)).ok).toBe(true);
    expect(refusal(await t.call('canteen.canteens.create', { name: 'None', zones: zones(['A', 40], ['B', 0]) }, t.admin))).toMatchObject({
      field: 'zones.1.seats',
      message: 'zones.1.seats: must be at least 1',
    });
    expect(refusal(await t.call('canteen.canteens.create', { name: 'Huge', zones: zones(['A', 10_001]) }, t.admin))).toMatchObject({
      field: 'zones.0.seats',
      message: 'zones.0.seats: must be at most 10000',
    });
    expect(refusal(await t.call('canteen.canteens.create', { name: 'Half', zones: zones(['A', 40.5]) }, t.admin))).toMatchObject({ message: 'zones.0.seats: must be a whole number' });
    expect(refusal(await t.call('canteen.canteens.create', { name: 'Empty', zones: [] }, t.admin))).toMatchObject({ field: 'zones', message: 'zones: a canteen needs at least one zone' });
  });
});

describe('canteen rules in Settings', () => {
  const rules = async () => (await t.ok<{ canteen: CanteenSettings }>('settings.get', {}, t.admin)).canteen;
  const setRules = (patch: Partial<CanteenSettings>, token = t.admin) => rules().then((current) => t.call('settings.update', { canteen: { ...current, ...patch } }, token));

  it('takes occupancy from 1 to 100 % and refuses anything else beside its field, changing nothing', async () => {
    expect((await setRules({ occupancyPct: 100 })).ok).toBe(true);
    expect((await setRules({ occupancyPct: 1 })).ok).toBe(true);
    expect(refusal(await setRules({ occupancyPct: 120 }))).toMatchObject({ kind: 'invalid_input', field: 'canteen.occupancyPct', message: 'canteen.occupancyPct: must be at most 100' });
    expect(refusal(await setRules({ occupancyPct: 0 }))).toMatchObject({ field: 'canteen.occupancyPct', message: 'canteen.occupancyPct: must be at least 1' });
    expect(refusal(await setRules({ occupancyPct: 50.5 }))).toMatchObject({ field: 'canteen.occupancyPct', message: 'canteen.occupancyPct: must be a whole number' });
    expect(refusal(await setRules({ eatMinutes: 0 }))).toMatchObject({ field: 'canteen.eatMinutes', message: 'canteen.eatMinutes: must be at least 1' });
    expect(refusal(await setRules({ gapMinutes: -1 }))).toMatchObject({ field: 'canteen.gapMinutes', message: 'canteen.gapMinutes: must not be negative' });
    const windows = { ...(await rules()).windows, lunch: { start: '12:00', end: '12:00' } };
    expect(refusal(await setRules({ windows }))).toMatchObject({ field: 'canteen.windows.lunch.end', message: 'canteen.windows.lunch.end: must end after it starts' });
    expect((await rules()).occupancyPct).toBe(1);
    const logistics = await t.signInAs('logistics');
    expect(refusal(await setRules({ occupancyPct: 60 }, logistics)).kind).toBe('forbidden');
  });

  it('holds a draft to the rules in force and a published plan to its own', async () => {
    const published = await plan();
    await t.ok('canteen.plans.publish', { id: published.planId }, t.admin);
    const draft = await plan();
    expect((await view(draft.planId)).conflicts).toEqual([]);

    // Fewer seats per zone: the draft's fullest zone-slots are now over capacity and it cannot be published.
    expect((await setRules({ occupancyPct: 30 })).ok).toBe(true);
    const crowded = await view(draft.planId);
    expect(crowded.rulesChanged).toBe(true);
    expect(crowded.rules.occupancyPct).toBe(30);
    expect(crowded.conflicts.length).toBeGreaterThan(0);
    expect(crowded.conflicts.every((c) => c.kind === 'overCapacity')).toBe(true);
    expect(refusal(await t.call('canteen.plans.publish', { id: draft.planId }, t.admin)).kind).toBe('rule_violation');
    expect((await t.ok<CanteenOverview>('canteen.overview', {}, t.admin)).draft).toMatchObject({ version: draft.version, conflicts: crowded.conflicts.length });
    const kept = await view(published.planId);
    expect([kept.rulesChanged, kept.rules.occupancyPct, kept.conflicts]).toEqual([false, 50, []]);

    // A longer meal moves every sitting off the grid: the draft has to be planned again.
    expect((await setRules({ occupancyPct: 50, eatMinutes: 25 })).ok).toBe(true);
    const shifted = await view(draft.planId);
    expect(shifted.conflicts.filter((c) => c.kind === 'offGrid' || c.kind === 'outsideWindow').flatMap((c) => c.unitIds)).toHaveLength(shifted.plan.assignments.length);

    // Back to the rules it was made under: nothing to resolve.
    expect((await setRules({ eatMinutes: 20 })).ok).toBe(true);
    const restored = await view(draft.planId);
    expect([restored.rulesChanged, restored.conflicts]).toEqual([false, []]);
    expect((await t.ok<PlanSummary>('canteen.plans.publish', { id: draft.planId }, t.admin)).status).toBe('published');
  });
});
