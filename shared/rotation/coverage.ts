import type { Person } from '../campus/schema.js';
import type { IsoDateTime } from '../common/fields.js';
import type { Rotation, RotationSettings, StaffRole } from './schema.js';
import { DAY_MS, instant, isoOf } from './time.js';

/*
 * R4: on-campus staff per role as a step function of time, against the role's minimum.
 *
 * Counting starts from the people on campus now; the incoming person of an `entered` rotation is already one of them,
 * so only its departure is still to come. An `approved` (planned) rotation adds its entry and its departure. Requests
 * are not commitments and are left out; rejected, cancelled and completed rotations have nothing left to happen.
 *
 * Moves at the same instant are applied together: an entry and a departure at the same minute are a handover with no
 * gap. A departure one minute before the entry is a gap.
 */

export const DEFAULT_HORIZON_DAYS = 14;

export type CoveragePerson = Pick<Person, 'id' | 'staffRoleId' | 'presence'>;
export type CoverageRotation = Pick<
  Rotation,
  'id' | 'roleId' | 'outgoingPersonId' | 'plannedHandoverAt' | 'plannedLeaveAt' | 'status'
>;

export interface CoverageInput {
  roles: readonly StaffRole[];
  /** Staff on campus now are counted by their staff role; others are ignored, so all people may be passed. */
  people: readonly CoveragePerson[];
  rotations: readonly CoverageRotation[];
  settings: Pick<RotationSettings, 'securityMinPercent'>;
  from: IsoDateTime;
  horizonDays?: number;
}

export interface CoverageStep {
  at: IsoDateTime;
  /** On campus from `at` until the next step. */
  count: number;
  /** The rotations whose moves happen at `at`. */
  rotationIds: string[];
}

export interface CoverageBreach {
  roleId: string;
  roleName: string;
  at: IsoDateTime;
  count: number;
  minimum: number;
  rotationIds: string[];
}

export interface RoleCoverage {
  roleId: string;
  roleName: string;
  posts: number;
  minimum: number;
  steps: CoverageStep[];
  lowest: number;
  breach: CoverageBreach | null;
}

export interface CoverageReport {
  from: IsoDateTime;
  to: IsoDateTime;
  roles: RoleCoverage[];
  /** The earliest moment any role is below its minimum; the plan is refused when set. */
  firstBreach: CoverageBreach | null;
}

/** The rule default applies only when the role states no minimum, which the schema allows for security alone. */
export function roleMinimum(role: Pick<StaffRole, 'posts' | 'minOnCampus'>, settings: Pick<RotationSettings, 'securityMinPercent'>): number {
  return role.minOnCampus ?? Math.ceil((role.posts * settings.securityMinPercent) / 100);
}

export function computeCoverage(input: CoverageInput): CoverageReport {
  const span = horizon(input);
  const roles = input.roles.map((role) => roleCoverage(role, input, input.rotations, span));
  let firstBreach: CoverageBreach | null = null;
  for (const { breach } of roles) {
    if (breach && (!firstBreach || instant(breach.at) < instant(firstBreach.at))) firstBreach = breach;
  }
  return { from: isoOf(span.from), to: isoOf(span.to), roles, firstBreach };
}

export type CoverageRefusal =
  | { code: 'unknown_role'; roleId: string; message: string }
  | { code: 'outgoing_not_on_campus'; personId: string; roleId: string; message: string }
  | { code: 'outgoing_already_leaving'; personId: string; rotationId: string; message: string }
  | ({ code: 'below_minimum'; message: string } & CoverageBreach);

export type AddRotationResult = { ok: true; coverage: RoleCoverage } | { ok: false; refusal: CoverageRefusal };

/**
 * Validates planning one more rotation (as if approved) on top of the planned ones. It is refused only for a moment
 * it makes worse: a role already short for other reasons must still be able to take a gap-free swap.
 */
export function checkAddRotation(input: CoverageInput, rotation: CoverageRotation): AddRotationResult {
  const role = input.roles.find((r) => r.id === rotation.roleId);
  if (!role) return refuse({ code: 'unknown_role', roleId: rotation.roleId, message: `Staff role ${rotation.roleId} does not exist.` });
  const outgoing = input.people.find((p) => p.id === rotation.outgoingPersonId);
  if (!outgoing || outgoing.presence !== 'onCampus' || outgoing.staffRoleId !== role.id) {
    return refuse({
      code: 'outgoing_not_on_campus',
      personId: rotation.outgoingPersonId,
      roleId: role.id,
      message: `The outgoing person is not on campus as ${role.name}.`,
    });
  }
  const others = input.rotations.filter((r) => r.id !== rotation.id);
  const clash = others.find((r) => isPending(r) && r.outgoingPersonId === rotation.outgoingPersonId);
  if (clash) {
    return refuse({
      code: 'outgoing_already_leaving',
      personId: rotation.outgoingPersonId,
      rotationId: clash.id,
      message: `The outgoing person already leaves in rotation ${clash.id}.`,
    });
  }
  const span = horizon(input);
  const before = roleCoverage(role, input, others, span);
  const after = roleCoverage(role, input, [...others, { ...rotation, status: 'approved' }], span);
  const worse = firstWorsening(before, after);
  if (worse) {
    return refuse({
      code: 'below_minimum',
      ...worse,
      message: `${role.name} would drop to ${worse.count} on campus at ${worse.at}, below its minimum of ${worse.minimum}.`,
    });
  }
  return { ok: true, coverage: after };
}

interface Span {
  from: number;
  to: number;
}

interface Move {
  at: number;
  delta: number;
  rotationId: string;
}

function horizon(input: CoverageInput): Span {
  const from = instant(input.from);
  return { from, to: from + (input.horizonDays ?? DEFAULT_HORIZON_DAYS) * DAY_MS };
}

function isPending(r: CoverageRotation): boolean {
  return r.status === 'approved' || r.status === 'entered';
}

function movesOf(r: CoverageRotation): Move[] {
  const leave = { at: instant(r.plannedLeaveAt), delta: -1, rotationId: r.id };
  if (r.status === 'approved') return [{ at: instant(r.plannedHandoverAt), delta: 1, rotationId: r.id }, leave];
  if (r.status === 'entered') return [leave];
  return [];
}

function roleCoverage(role: StaffRole, input: CoverageInput, rotations: readonly CoverageRotation[], span: Span): RoleCoverage {
  let count = 0;
  for (const p of input.people) if (p.presence === 'onCampus' && p.staffRoleId === role.id) count += 1;
  // Overdue moves (planned in the past, not yet done) are due now: they still have to happen.
  const byInstant = new Map<number, { delta: number; rotationIds: string[] }>([[span.from, { delta: 0, rotationIds: [] }]]);
  for (const r of rotations) {
    if (r.roleId !== role.id) continue;
    for (const move of movesOf(r)) {
      const at = Math.max(move.at, span.from);
      if (at > span.to) continue;
      const slot = byInstant.get(at) ?? { delta: 0, rotationIds: [] };
      slot.delta += move.delta;
      if (!slot.rotationIds.includes(move.rotationId)) slot.rotationIds.push(move.rotationId);
      byInstant.set(at, slot);
    }
  }
  const minimum = roleMinimum(role, input.settings);
  const steps: CoverageStep[] = [];
  let lowest = Number.POSITIVE_INFINITY;
  let breach: CoverageBreach | null = null;
  for (const [at, slot] of [...byInstant].sort(([a], [b]) => a - b)) {
    count += slot.delta;
    const step = { at: isoOf(at), count, rotationIds: slot.rotationIds };
    steps.push(step);
    lowest = Math.min(lowest, count);
    if (!breach && count < minimum) breach = { roleId: role.id, roleName: role.name, minimum, ...step };
  }
  return { roleId: role.id, roleName: role.name, posts: role.posts, minimum, steps, lowest, breach };
}

/** The first step of `after` below the minimum and below what `before` had at that instant. */
function firstWorsening(before: RoleCoverage, after: RoleCoverage): CoverageBreach | null {
  let next = 0;
  let previous = 0;
  for (const step of after.steps) {
    const at = instant(step.at);
    // Both start at the same instant and `after` has every instant `before` has, so one forward walk suffices.
    for (let s = before.steps[next]; s && instant(s.at) <= at; s = before.steps[++next]) previous = s.count;
    if (step.count < after.minimum && step.count < previous) {
      return { roleId: after.roleId, roleName: after.roleName, minimum: after.minimum, ...step };
    }
  }
  return null;
}

function refuse(refusal: CoverageRefusal): AddRotationResult {
  return { ok: false, refusal };
}
