import { addDays, addHours, addMinutes, format, formatISO } from 'date-fns';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Person } from '../../../shared/campus/schema.js';
import type { ApiError, ApiResult } from '../../../shared/contract/define.js';
import type { AuditPage } from '../../../shared/system/contract.js';
import type {
  CandidateDetail,
  CoverageView,
  NatScheduleView,
  RoleView,
  RotationRefusalDetails,
  RotationSummary,
  RotationView,
} from '../../../shared/rotation/contract.js';
import type { Candidate, EligibilityResult } from '../../../shared/rotation/schema.js';
import { testHost, type TestHost } from '../../helpers/host.js';

/*
 * Rotations through the API, on a small campus built for each test: two security posts (the rule's default minimum,
 * 100 %, so both must be filled at every moment) and three canteen posts with a minimum of two.
 */

// Every test builds a campus and signs users in through the API, each sign-in hashing a password.
vi.setConfig({ testTimeout: 30_000 });

let t: TestHost;
afterEach(() => t?.host.close());

/** 10:00 in the machine's time zone, so calendar days are the same wherever the tests run. */
const T0 = new Date(2026, 10, 23, 10, 0);
/** The host's clock; a test moves it to reach the moment it is about. */
let now = T0;
beforeEach(() => {
  now = T0;
});
const iso = (d: Date) => formatISO(d);
const hoursFrom = (h: number, base = T0) => iso(addMinutes(base, Math.round(h * 60)));
const day = (d: number) => format(addDays(T0, d), 'yyyy-MM-dd');

let principal = '';
let logistics = '';

const signIn = async (username: string, password = 'long enough') => (await t.ok<{ token: string }>('auth.signIn', { username, password })).token;

/** Sessions end after hours without use: a test that moves the clock by a day signs everyone in again. */
async function moveClockTo(at: Date): Promise<void> {
  now = at;
  t.admin = await signIn('admin', 'correct horse');
  principal = await signIn('principal');
  logistics = await signIn('logistics');
}

async function campus(): Promise<void> {
  t = await testHost({ clock: () => now });
  for (const role of ['logistics', 'principal'] as const) {
    await t.ok('users.create', { username: role, password: 'long enough', displayName: `${role} 用户`, role }, t.admin);
  }
  principal = await signIn('principal');
  logistics = await signIn('logistics');
  await t.ok('campus.regions.create', { id: 'r-x', name: '后勤区' }, t.admin);
  await t.ok('campus.buildings.create', { id: 'b-office', name: '行政楼', kind: 'office', regionId: 'r-x', floors: 3 }, t.admin);
  await t.ok('campus.units.create', { id: 'u-sec', name: '安保组', kind: 'staffTeam', regionId: 'r-x', buildingId: 'b-office' }, t.admin);
  await t.ok('campus.units.create', { id: 'u-can', name: '食堂组', kind: 'staffTeam', regionId: 'r-x', buildingId: 'b-office' }, t.admin);
  await t.ok('rotation.roles.create', { id: 'role-security', name: 'Security', kind: 'security', posts: 2 }, t.admin);
  await t.ok('rotation.roles.create', { id: 'role-canteen', name: 'Canteen', kind: 'canteen', posts: 3, minOnCampus: 2 }, t.admin);
  for (const [id, roleId, unitId] of [
    ['g1', 'role-security', 'u-sec'],
    ['g2', 'role-security', 'u-sec'],
    ['c1', 'role-canteen', 'u-can'],
    ['c2', 'role-canteen', 'u-can'],
    ['c3', 'role-canteen', 'u-can'],
  ] as const) {
    await t.ok('campus.people.create', { id, name: `员工${id}`, kind: 'staff', staffRoleId: roleId, presence: 'onCampus', unitId }, t.admin);
  }
}

/** A candidate with one negative NAT sampled at `sampledAt`. */
async function candidate(id: string, roleId: string, sampledAt: string | null, extra: Partial<Candidate> = {}): Promise<void> {
  await t.ok('rotation.candidates.create', { id, name: `候选${id}`, idNumber: `ID-${id}`, roleId, phone: '139 0000 0000', contacts: [], ...extra }, t.admin);
  if (sampledAt) await certificate(id, sampledAt);
}

let certNo = 0;
async function certificate(subjectId: string, sampledAt: string, result: 'negative' | 'positive' = 'negative'): Promise<void> {
  certNo += 1;
  await t.ok('rotation.certificates.add', { subjectId, sampledAt, result, institution: '市第一医院', certificateNo: `NAT-${certNo}` }, t.admin);
}

const request = (id: string, outgoing: string, roleId: string, handover: string, leave = handover, token = t.admin) =>
  t.call('rotation.rotations.request', { roleId, outgoingPersonId: outgoing, incomingCandidateId: id, plannedHandoverAt: handover, plannedLeaveAt: leave }, token);

function failure(res: ApiResult<unknown>): ApiError {
  expect(res.ok).toBe(false);
  if (res.ok) throw new Error('expected a failure');
  return res.error;
}

function value<T>(res: ApiResult<unknown>): T {
  if (!res.ok) throw new Error(`expected success: ${res.error.code} ${res.error.message}`);
  return res.value as T;
}

const reasonCodes = (check: EligibilityResult | null | undefined) => check?.reasons.map((r) => r.code);
const rotation = (id: string) => t.ok<RotationView>('rotation.rotations.get', { id }, t.admin);
const person = (id: string) => t.ok<Person>('campus.people.get', { id }, t.admin);

describe('filing a request', () => {
  it('files an eligible and an ineligible request alike, keeping every failed reason on the record', async () => {
    await campus();
    await t.ok('rotation.riskAreas.create', { id: 'ra-1', name: '北京市朝阳区', level: 'high', inForceFrom: day(-20) }, t.admin);
    await candidate('ok', 'role-security', hoursFrom(-2));
    await candidate('bad', 'role-canteen', hoursFrom(-30), { contacts: [{ kind: 'closeContact', on: day(-3) }] });
    await t.ok('rotation.candidates.addStay', { subjectId: 'bad', place: '北京市 朝阳区', from: day(-8), to: day(-6) }, t.admin);

    const eligible = value<RotationView>(await request('ok', 'g1', 'role-security', hoursFrom(4)));
    expect(eligible).toMatchObject({ status: 'request', check: { eligible: true, reasons: [] }, roleName: 'Security', outgoing: { name: '员工g1', unitName: '安保组' } });

    const ineligible = value<RotationView>(await request('bad', 'c1', 'role-canteen', hoursFrom(4)));
    expect(ineligible.status).toBe('request');
    expect(ineligible.check.eligible).toBe(false);
    expect(reasonCodes(ineligible.check)).toEqual(['risk_area_stay', 'contact_history', 'nat_expired']);
    expect(ineligible.check.reasons[0]).toMatchObject({ riskAreaName: '北京市朝阳区', overlapFrom: day(-8), overlapTo: day(-6) });
    expect(ineligible.planCheck).toEqual({ ok: true });

    const detail = await t.ok<CandidateDetail>('rotation.candidates.get', { id: 'bad' }, logistics);
    expect(detail.candidate.stage).toBe('requested');
    expect(reasonCodes(detail.check)).toEqual(['risk_area_stay', 'contact_history', 'nat_expired']);
  });

  it('refuses what cannot be planned, naming the field', async () => {
    await campus();
    await candidate('a', 'role-security', hoursFrom(-2));
    await candidate('b', 'role-canteen', hoursFrom(-2));
    expect(failure(await request('a', 'g1', 'role-security', hoursFrom(-1)))).toMatchObject({ kind: 'invalid_input', field: 'plannedHandoverAt' });
    expect(failure(await request('b', 'g1', 'role-security', hoursFrom(2)))).toMatchObject({ kind: 'rule_violation', field: 'incomingCandidateId' });
    expect(failure(await request('a', 'c1', 'role-security', hoursFrom(2)))).toMatchObject({ kind: 'rule_violation', field: 'outgoingPersonId' });
    expect(failure(await request('a', 'g1', 'role-security', hoursFrom(2), hoursFrom(2), logistics))).toMatchObject({ kind: 'forbidden' });
    value(await request('a', 'g1', 'role-security', hoursFrom(2)));
    // One open rotation per candidate and per outgoing person.
    expect(failure(await request('a', 'g2', 'role-security', hoursFrom(3)))).toMatchObject({ kind: 'conflict', field: 'incomingCandidateId' });
    await candidate('a2', 'role-security', hoursFrom(-2));
    expect(failure(await request('a2', 'g1', 'role-security', hoursFrom(3)))).toMatchObject({ kind: 'conflict', field: 'outgoingPersonId' });
  });
});

describe('the principal’s decision (R3)', () => {
  it('is refused to logistics and administrators, and a refused attempt is audited', async () => {
    await campus();
    await candidate('ok', 'role-security', hoursFrom(-2));
    const filed = value<RotationView>(await request('ok', 'g1', 'role-security', hoursFrom(4)));
    expect(failure(await t.call('rotation.rotations.approve', { id: filed.id }, logistics))).toMatchObject({ kind: 'forbidden' });
    expect(failure(await t.call('rotation.rotations.approve', { id: filed.id }, t.admin))).toMatchObject({ kind: 'forbidden' });
    expect(failure(await t.call('rotation.rotations.reject', { id: filed.id, comment: 'no' }, logistics))).toMatchObject({ kind: 'forbidden' });
    expect((await rotation(filed.id)).status).toBe('request');
    const audit = await t.ok<AuditPage>('audit.list', { limit: 5 }, t.admin);
    expect(audit.entries.find((e) => e.op === 'rotation.rotations.approve' && e.username === 'logistics')).toMatchObject({ outcome: 'denied' });
  });

  it('approves an eligible request once: the approval is recorded, audited and can be neither repeated nor reversed', async () => {
    await campus();
    await candidate('ok', 'role-security', hoursFrom(-2));
    const filed = value<RotationView>(await request('ok', 'g1', 'role-security', hoursFrom(4)));
    now = addMinutes(T0, 10);
    const approved = await t.ok<RotationView>('rotation.rotations.approve', { id: filed.id, comment: '同意' }, principal);
    expect(approved).toMatchObject({ status: 'approved', approverName: 'principal 用户', approval: { decision: 'approved', comment: '同意', at: iso(now) } });

    now = addMinutes(T0, 20);
    expect(failure(await t.call('rotation.rotations.approve', { id: filed.id, comment: 'again' }, principal))).toMatchObject({ kind: 'conflict', field: 'id' });
    expect(failure(await t.call('rotation.rotations.reject', { id: filed.id, comment: 'changed my mind' }, principal))).toMatchObject({ kind: 'conflict' });
    expect((await rotation(filed.id)).approval).toEqual(approved.approval);

    const audit = await t.ok<AuditPage>('audit.list', { limit: 10 }, t.admin);
    const entry = audit.entries.find((e) => e.op === 'rotation.rotations.approve' && e.outcome === 'ok');
    expect(entry?.summary).toContain(`rotation ${filed.id} approved by principal 用户: 同意`);
    expect(audit.chainIntact).toBe(true);
  });

  it('cannot approve a request whose check fails, and checks again at approval so a new certificate counts', async () => {
    await campus();
    await candidate('late', 'role-security', hoursFrom(-30));
    const filed = value<RotationView>(await request('late', 'g1', 'role-security', hoursFrom(4)));
    const refused = failure(await t.call('rotation.rotations.approve', { id: filed.id }, principal));
    expect(refused).toMatchObject({ kind: 'rule_violation', field: 'id' });
    const details = refused.details as RotationRefusalDetails;
    expect(details.kind === 'eligibility' && reasonCodes(details.check)).toEqual(['nat_expired']);
    expect((await rotation(filed.id)).status).toBe('request');

    await certificate('late', hoursFrom(-1));
    expect(reasonCodes((await rotation(filed.id)).liveCheck)).toEqual([]);
    const approved = await t.ok<RotationView>('rotation.rotations.approve', { id: filed.id }, principal);
    expect(approved.check.eligible).toBe(true);
  });

  it('needs a comment to reject', async () => {
    await campus();
    await candidate('ok', 'role-security', hoursFrom(-2));
    const filed = value<RotationView>(await request('ok', 'g1', 'role-security', hoursFrom(4)));
    expect(failure(await t.call('rotation.rotations.reject', { id: filed.id, comment: '  ' }, principal))).toMatchObject({ kind: 'invalid_input', field: 'comment' });
    const rejected = await t.ok<RotationView>('rotation.rotations.reject', { id: filed.id, comment: '人员另有安排' }, principal);
    expect(rejected).toMatchObject({ status: 'rejected', approval: { decision: 'rejected', comment: '人员另有安排' } });
    // The candidate is free for another request.
    value(await request('ok', 'g2', 'role-security', hoursFrom(5)));
  });
});

describe('entry and departure', () => {
  it('checks again at the moment of entry: a certificate valid at approval that has expired since turns the person away', async () => {
    await campus();
    await candidate('ok', 'role-security', iso(T0));
    const filed = value<RotationView>(await request('ok', 'g1', 'role-security', hoursFrom(20)));
    now = addHours(T0, 1);
    await t.ok('rotation.rotations.approve', { id: filed.id }, principal);

    // The handover slips: the person arrives 24 h and one minute after sampling.
    await moveClockTo(addMinutes(addHours(T0, 24), 1));
    const refused = failure(await t.call('rotation.rotations.enter', { id: filed.id }, t.admin));
    expect(refused).toMatchObject({ kind: 'rule_violation', field: 'id' });
    const details = refused.details as RotationRefusalDetails;
    expect(details.kind).toBe('eligibility');
    if (details.kind !== 'eligibility') return;
    expect(details.check.reasons).toEqual([{ code: 'nat_expired', certificateId: expect.any(String), sampledAt: iso(T0), validFrom: expect.any(String) }]);
    expect(Date.parse((details.check.reasons[0] as { validFrom: string }).validFrom)).toBe(addMinutes(T0, 1).getTime());
    // Nobody entered; the refusal is on the record for the board.
    const after = await rotation(filed.id);
    expect(after).toMatchObject({ status: 'approved', entryCheck: { eligible: false } });
    expect(after.approval?.decision).toBe('approved');
    expect((await t.ok<{ total: number }>('campus.people.query', { kind: 'staff', limit: 50 }, t.admin)).total).toBe(5);

    // A fresh test lets them in.
    await certificate('ok', hoursFrom(23.5));
    const entered = await t.ok<RotationView>('rotation.rotations.enter', { id: filed.id }, t.admin);
    expect(entered).toMatchObject({ status: 'entered', enteredAt: iso(now), entryCheck: { eligible: true } });
    const newcomer = await person(entered.incomingPersonId!);
    expect(newcomer).toMatchObject({ name: '候选ok', kind: 'staff', staffRoleId: 'role-security', presence: 'onCampus', unitId: 'u-sec', idNumber: 'ID-ok' });

    const completed = await t.ok<RotationView>('rotation.rotations.markLeft', { id: filed.id }, t.admin);
    expect(completed).toMatchObject({ status: 'completed', leftAt: iso(now) });
    expect((await person('g1')).presence).toBe('atHome');
    expect(failure(await t.call('rotation.rotations.cancel', { id: filed.id, reason: 'x' }, t.admin))).toMatchObject({ kind: 'conflict' });
  });

  it('lets the person in when the certificate was sampled exactly 24 h before', async () => {
    await campus();
    await candidate('ok', 'role-security', iso(T0));
    const filed = value<RotationView>(await request('ok', 'g1', 'role-security', hoursFrom(24)));
    await t.ok('rotation.rotations.approve', { id: filed.id }, principal);
    await moveClockTo(addHours(T0, 24));
    expect(await t.ok<RotationView>('rotation.rotations.enter', { id: filed.id }, t.admin)).toMatchObject({ status: 'entered' });
  });

  it('cannot mark the outgoing person left before the incoming one entered, and gives a returning person their old record', async () => {
    await campus();
    await t.ok('campus.people.create', { id: 'old', name: '老员工', kind: 'staff', staffRoleId: 'role-security', presence: 'atHome', unitId: 'u-sec', idNumber: 'ID-back' }, t.admin);
    await candidate('back', 'role-security', hoursFrom(-1), { idNumber: 'ID-back' });
    const filed = value<RotationView>(await request('back', 'g2', 'role-security', hoursFrom(1)));
    await t.ok('rotation.rotations.approve', { id: filed.id }, principal);
    expect(failure(await t.call('rotation.rotations.markLeft', { id: filed.id }, t.admin))).toMatchObject({ kind: 'conflict' });
    const entered = await t.ok<RotationView>('rotation.rotations.enter', { id: filed.id }, t.admin);
    expect(entered.incomingPersonId).toBe('old');
    expect(await person('old')).toMatchObject({ presence: 'onCampus', unitId: 'u-sec' });
    expect((await t.ok<CandidateDetail>('rotation.candidates.get', { id: 'back' }, t.admin)).candidate).toMatchObject({ stage: 'entered', personId: 'old' });
    expect(failure(await t.call('rotation.candidates.update', { id: 'back', phone: '139 1111 1111' }, t.admin))).toMatchObject({ kind: 'conflict' });
  });
});

describe('coverage (R4)', () => {
  it('refuses a swap with a one-minute gap, naming the role and the moment; a handover at the same minute passes', async () => {
    await campus();
    await candidate('a', 'role-security', hoursFrom(-1));
    const handover = addHours(T0, 5);
    const gap = failure(await request('a', 'g1', 'role-security', iso(handover), iso(addMinutes(handover, -1))));
    expect(gap).toMatchObject({ kind: 'rule_violation', field: 'plannedLeaveAt' });
    expect(gap.message).toBe(`Security would drop to 1 on campus at ${new Date(addMinutes(handover, -1)).toISOString()}, below its minimum of 2.`);
    const details = gap.details as RotationRefusalDetails;
    expect(details).toMatchObject({ kind: 'coverage', refusal: { code: 'below_minimum', roleId: 'role-security', roleName: 'Security', count: 1, minimum: 2 } });
    expect(await t.ok<RotationView[]>('rotation.rotations.list', {}, t.admin)).toEqual([]);

    const ok = value<RotationView>(await request('a', 'g1', 'role-security', iso(handover), iso(handover)));
    expect(ok.planCheck).toEqual({ ok: true });
  });

  it('checks the plan again at approval: two requests that each fit may not both be planned', async () => {
    await campus();
    await candidate('x', 'role-canteen', hoursFrom(-1));
    await candidate('y', 'role-canteen', hoursFrom(-1));
    // Each leaves an hour before the newcomer arrives: 3 → 2 on its own, but 3 → 1 together.
    const first = value<RotationView>(await request('x', 'c1', 'role-canteen', hoursFrom(6), hoursFrom(5)));
    const second = value<RotationView>(await request('y', 'c2', 'role-canteen', hoursFrom(6), hoursFrom(5)));
    await t.ok('rotation.rotations.approve', { id: first.id }, principal);
    expect((await rotation(second.id)).planCheck).toMatchObject({ ok: false, refusal: { code: 'below_minimum', roleName: 'Canteen', count: 1, minimum: 2 } });
    const refused = failure(await t.call('rotation.rotations.approve', { id: second.id }, principal));
    expect(refused).toMatchObject({ kind: 'rule_violation', details: { kind: 'coverage', refusal: { code: 'below_minimum' } } });
    expect((await rotation(second.id)).status).toBe('request');
    const summary = await t.ok<RotationSummary>('rotation.summary', {}, logistics);
    expect(summary).toMatchObject({ pendingApprovals: 1, blockedRequests: 1, planned: 1, firstBreach: null });

    const coverage = await t.ok<CoverageView>('rotation.coverage', {}, logistics);
    const canteen = coverage.roles.find((r) => r.roleId === 'role-canteen')!;
    expect(canteen.steps.map((s) => s.count)).toEqual([3, 2, 3]);
    expect(coverage.markers.map((m) => [m.rotationId, m.status])).toEqual(expect.arrayContaining([[first.id, 'approved'], [second.id, 'request']]));
  });
});

describe('staff roles (R4)', () => {
  const roles = async () => new Map((await t.ok<RoleView[]>('rotation.roles.list', {}, logistics)).map((r) => [r.id, r]));
  const updateRole = (patch: Record<string, unknown>) => t.call('rotation.roles.update', patch, t.admin);

  it('lists the minimum in force and what it follows; a minimum above the posts is refused beside its field', async () => {
    await campus();
    expect((await roles()).get('role-security')).toMatchObject({ posts: 2, minimum: 2, minimumPercent: 100, onCampus: 2 });
    expect((await roles()).get('role-canteen')).toMatchObject({ posts: 3, minOnCampus: 2, minimum: 2, minimumPercent: null, onCampus: 3 });

    const create = { name: 'Medical', kind: 'medical', posts: 3, minOnCampus: 4 };
    expect(failure(await t.call('rotation.roles.create', create, t.admin))).toMatchObject({ kind: 'invalid_input', field: 'minOnCampus', message: 'minOnCampus: must not exceed the number of posts' });
    expect(failure(await updateRole({ id: 'role-canteen', minOnCampus: 4 }))).toMatchObject({ kind: 'invalid_input', field: 'minOnCampus', message: 'minOnCampus: must not exceed the number of posts' });
    expect(failure(await updateRole({ id: 'role-canteen', posts: 1 }))).toMatchObject({ field: 'minOnCampus' });
    expect(failure(await updateRole({ id: 'role-canteen', minOnCampus: null }))).toMatchObject({ field: 'minOnCampus' });
    expect((await roles()).get('role-canteen')).toMatchObject({ posts: 3, minimum: 2 });

    // As many as the posts is allowed, and so is a minimum above who is here: the role is then shown short.
    value(await updateRole({ id: 'role-canteen', minOnCampus: 3 }));
    value(await updateRole({ id: 'role-canteen', posts: 5, minOnCampus: 5 }));
    expect((await roles()).get('role-canteen')).toMatchObject({ posts: 5, minimum: 5, onCampus: 3 });
    expect((await t.ok<RotationSummary>('rotation.summary', {}, logistics)).firstBreach).toMatchObject({ roleId: 'role-canteen', count: 3, minimum: 5 });
  });

  it('refuses raising a minimum above the gap an approved rotation leaves, until it is cancelled; lowering is always allowed', async () => {
    await campus();
    await candidate('x', 'role-canteen', hoursFrom(-1));
    // The outgoing cook leaves an hour before the newcomer arrives: 3 → 2 → 3.
    const planned = value<RotationView>(await request('x', 'c1', 'role-canteen', hoursFrom(6), hoursFrom(5)));
    await t.ok('rotation.rotations.approve', { id: planned.id }, principal);

    value(await updateRole({ id: 'role-canteen', minOnCampus: 1 }));
    value(await updateRole({ id: 'role-canteen', minOnCampus: 2 }));
    const refused = failure(await updateRole({ id: 'role-canteen', minOnCampus: 3 }));
    expect(refused).toMatchObject({ kind: 'rule_violation', field: 'minOnCampus' });
    expect(refused.message).toBe(
      `minOnCampus: would leave approved rotation ${planned.id} short: Canteen would drop to 2 on campus at ${new Date(hoursFrom(5)).toISOString()}, below its minimum of 3. Cancel it first.`,
    );
    expect(refused.details as RotationRefusalDetails).toMatchObject({ kind: 'coverage', refusal: { code: 'below_minimum', roleId: 'role-canteen', count: 2, minimum: 3, rotationIds: [planned.id] } });
    expect((await roles()).get('role-canteen')).toMatchObject({ minOnCampus: 2 });

    await t.ok('rotation.rotations.cancel', { id: planned.id, reason: '改为无空档交接' }, t.admin);
    value(await updateRole({ id: 'role-canteen', minOnCampus: 3 }));
  });

  it('names the posts when they raise a security minimum that follows the settings’ share', async () => {
    await campus();
    // One post: the default minimum is one guard, so one of the two may leave before the other arrives.
    value(await updateRole({ id: 'role-security', posts: 1 }));
    await candidate('g', 'role-security', hoursFrom(-1));
    const planned = value<RotationView>(await request('g', 'g1', 'role-security', hoursFrom(6), hoursFrom(5)));
    await t.ok('rotation.rotations.approve', { id: planned.id }, principal);

    expect(failure(await updateRole({ id: 'role-security', posts: 2 }))).toMatchObject({ kind: 'rule_violation', field: 'posts', details: { kind: 'coverage' } });
    expect(failure(await updateRole({ id: 'role-security', posts: 3, minOnCampus: 2 }))).toMatchObject({ kind: 'rule_violation', field: 'minOnCampus' });
    // Renaming, or stating the same minimum the share gave, changes nothing R4 counts.
    value(await updateRole({ id: 'role-security', name: 'Guards', posts: 2, minOnCampus: 1 }));
    expect((await roles()).get('role-security')).toMatchObject({ name: 'Guards', minimum: 1, minimumPercent: null });
  });
});

describe('NAT every 3 days (R5)', () => {
  it('lists a unit as overdue from the fourth day after its round, and a recorded round clears it', async () => {
    await campus();
    const round = await t.ok<{ tested: number }>('rotation.nat.recordRound', { unitId: 'u-sec', testedAt: hoursFrom(-1) }, t.admin);
    expect(round.tested).toBe(2);
    expect(failure(await t.call('rotation.nat.recordRound', { unitId: 'u-sec', testedAt: hoursFrom(1) }, t.admin))).toMatchObject({ field: 'testedAt' });
    expect(failure(await t.call('rotation.nat.recordRound', { unitId: 'u-sec' }, logistics))).toMatchObject({ kind: 'forbidden' });

    let schedule = await t.ok<NatScheduleView>('rotation.nat.schedule', { unitId: 'u-sec' }, logistics);
    expect(schedule.overdueCount).toBe(3); // the canteen team was never tested
    expect(schedule.people?.map((p) => [p.personId, p.dueOn, p.overdue])).toEqual([
      ['g1', day(3), false],
      ['g2', day(3), false],
    ]);

    await moveClockTo(addDays(T0, 3));
    schedule = await t.ok<NatScheduleView>('rotation.nat.schedule', {}, logistics);
    expect(schedule.dueTodayCount).toBe(2);
    expect(schedule.overdue.every((p) => p.unitId === 'u-can')).toBe(true);

    await moveClockTo(addDays(T0, 4));
    schedule = await t.ok<NatScheduleView>('rotation.nat.schedule', {}, logistics);
    expect(schedule.overdueCount).toBe(5);
    const unit = schedule.regions[0]!.units.find((u) => u.unitId === 'u-sec')!;
    expect(unit).toMatchObject({ unitName: '安保组', overdueCount: 2, onCampus: 2, nextDueOn: day(3) });
    expect(schedule.regions[0]).toMatchObject({ regionName: '后勤区', overdueCount: 5 });

    await t.ok('rotation.nat.recordRound', { unitId: 'u-sec' }, t.admin);
    schedule = await t.ok<NatScheduleView>('rotation.nat.schedule', {}, logistics);
    expect(schedule.overdueCount).toBe(3);
  });

  it('counts an entered person’s entry certificate as their first test', async () => {
    await campus();
    await candidate('ok', 'role-security', hoursFrom(-1));
    const filed = value<RotationView>(await request('ok', 'g1', 'role-security', hoursFrom(1)));
    await t.ok('rotation.rotations.approve', { id: filed.id }, principal);
    const entered = await t.ok<RotationView>('rotation.rotations.enter', { id: filed.id }, t.admin);
    const schedule = await t.ok<NatScheduleView>('rotation.nat.schedule', { unitId: 'u-sec' }, t.admin);
    expect(schedule.people?.find((p) => p.personId === entered.incomingPersonId)).toMatchObject({ lastTestedAt: hoursFrom(-1), dueOn: day(3) });
  });
});

describe('eligibility and the dated risk-area list', () => {
  it('ignores an area listed only after the stay, and a stay that ended exactly 14 days before entry', async () => {
    await campus();
    await t.ok('rotation.riskAreas.create', { id: 'late', name: '郑州市金水区', level: 'medium', inForceFrom: day(-3) }, t.admin);
    await t.ok('rotation.riskAreas.create', { id: 'old', name: '上海市浦东新区', level: 'high', inForceFrom: day(-60) }, t.admin);
    await candidate('c', 'role-security', hoursFrom(-1));
    await t.ok('rotation.candidates.addStay', { subjectId: 'c', place: '郑州市金水区', from: day(-10), to: day(-6) }, t.admin);
    await t.ok('rotation.candidates.addStay', { subjectId: 'c', place: '上海市浦东新区', from: day(-20), to: day(-14) }, t.admin);
    const check = (entryAt: string) => t.ok<EligibilityResult>('rotation.eligibility.check', { candidateId: 'c', entryAt }, logistics);
    expect(await check(iso(T0))).toMatchObject({ eligible: true, reasons: [] });
    // One day earlier the Shanghai stay's last day is inside the window (and the certificate was not yet sampled).
    const dayBefore = await check(hoursFrom(-23));
    expect(reasonCodes(dayBefore)).toEqual(['risk_area_stay', 'nat_after_entry']);
    expect(dayBefore.reasons[0]).toMatchObject({ riskAreaId: 'old', overlapFrom: day(-14), overlapTo: day(-14) });
    // Lifting an area is an edit of its dates, and the check follows it.
    await t.ok('rotation.riskAreas.update', { id: 'late', inForceFrom: day(-8) }, t.admin);
    expect(reasonCodes(await check(iso(T0)))).toEqual(['risk_area_stay']);
  });

  it('refuses a certificate sampled in the future and a stay that starts tomorrow', async () => {
    await campus();
    await candidate('c', 'role-security', null);
    expect(failure(await t.call('rotation.certificates.add', { subjectId: 'c', sampledAt: hoursFrom(1), result: 'negative', institution: 'H', certificateNo: '1' }, t.admin))).toMatchObject({
      kind: 'invalid_input',
      field: 'sampledAt',
    });
    expect(failure(await t.call('rotation.candidates.addStay', { subjectId: 'c', place: 'X', from: day(1) }, t.admin))).toMatchObject({ field: 'from' });
    expect(failure(await t.call('rotation.candidates.create', { name: 'd', idNumber: 'ID-c', roleId: 'role-security', phone: '139 0000 0000', contacts: [] }, t.admin))).toMatchObject({
      kind: 'conflict',
      field: 'idNumber',
    });
  });
});
