import type { Role } from '../auth/roles.js';
import type { IsoDateTime } from '../common/fields.js';
import type { EligibilityResult, Rotation, RotationStatus } from './schema.js';
import { instant } from './time.js';

/*
 * The rotation workflow (R3). Every transition takes the eligibility check it relies on from the caller, computed
 * for the instant that matters: the planned handover for a request and an approval, the actual entry time at entry,
 * because a certificate valid at approval may have expired by then. Coverage (R4) is checked by the host with
 * checkAddRotation before it approves; it needs the other rotations, which a single transition does not see.
 *
 * Once entered, a rotation cannot be cancelled: the incoming person is on campus and the record must say how.
 */
const TRANSITIONS: Readonly<Record<RotationStatus, readonly RotationStatus[]>> = {
  request: ['approved', 'rejected', 'cancelled'],
  approved: ['entered', 'cancelled'],
  entered: ['completed'],
  rejected: [],
  completed: [],
  cancelled: [],
};

export function allowedTransitions(from: RotationStatus): readonly RotationStatus[] {
  return TRANSITIONS[from];
}

export function isAllowedTransition(from: RotationStatus, to: RotationStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export type WorkflowRefusal =
  | { code: 'illegal_transition'; from: RotationStatus; to: RotationStatus; allowed: readonly RotationStatus[]; message: string }
  | { code: 'not_principal'; role: Role; message: string }
  | { code: 'check_failed'; check: EligibilityResult; message: string }
  | { code: 'check_for_other_time'; expectedEntryAt: IsoDateTime; checkEntryAt: IsoDateTime; message: string }
  | { code: 'comment_required'; message: string }
  | { code: 'reason_required'; message: string }
  | { code: 'left_before_entered'; enteredAt: IsoDateTime; leftAt: IsoDateTime; message: string };

export type WorkflowResult = { ok: true; rotation: Rotation } | { ok: false; refusal: WorkflowRefusal };

export type RotationRequest = Pick<
  Rotation,
  'roleId' | 'outgoingPersonId' | 'incomingCandidateId' | 'plannedHandoverAt' | 'plannedLeaveAt'
>;

/** A request is filed whatever its check says, so the reasons are on record; it just cannot be approved. */
export function createRequest(args: { id: string; at: IsoDateTime; request: RotationRequest; check: EligibilityResult }): WorkflowResult {
  const mismatch = checkMismatch(args.check, args.request.plannedHandoverAt);
  if (mismatch) return refuse(mismatch);
  return {
    ok: true,
    rotation: { id: args.id, createdAt: args.at, updatedAt: args.at, ...args.request, status: 'request', check: args.check },
  };
}

export interface Decision {
  /** User id of the decider. */
  by: string;
  role: Role;
  at: IsoDateTime;
  comment: string;
}

/** `check` must be fresh, for the planned handover: the one filed with the request may be days old. */
export function approve(rotation: Rotation, decision: Decision & { check: EligibilityResult }): WorkflowResult {
  const refusal =
    illegal(rotation.status, 'approved') ??
    notPrincipal(decision.role) ??
    checkMismatch(decision.check, rotation.plannedHandoverAt) ??
    failed(decision.check, 'The candidate does not meet the entry conditions; the request cannot be approved.');
  if (refusal) return refuse(refusal);
  return {
    ok: true,
    rotation: {
      ...rotation,
      status: 'approved',
      check: decision.check,
      approval: { by: decision.by, at: decision.at, decision: 'approved', comment: decision.comment.trim() },
      updatedAt: decision.at,
    },
  };
}

export function reject(rotation: Rotation, decision: Decision): WorkflowResult {
  const refusal =
    illegal(rotation.status, 'rejected') ??
    notPrincipal(decision.role) ??
    (decision.comment.trim() === '' ? { code: 'comment_required', message: 'A rejection needs a comment.' } : undefined);
  if (refusal) return refuse(refusal);
  return {
    ok: true,
    rotation: {
      ...rotation,
      status: 'rejected',
      approval: { by: decision.by, at: decision.at, decision: 'rejected', comment: decision.comment.trim() },
      updatedAt: decision.at,
    },
  };
}

/** `check` is for the actual entry time `at`; `incomingPersonId` is the person record the host created for them. */
export function enter(rotation: Rotation, entry: { at: IsoDateTime; check: EligibilityResult; incomingPersonId: string }): WorkflowResult {
  const refusal =
    illegal(rotation.status, 'entered') ??
    checkMismatch(entry.check, entry.at) ??
    failed(entry.check, 'The incoming person no longer meets the entry conditions and may not enter.');
  if (refusal) return refuse(refusal);
  return {
    ok: true,
    rotation: {
      ...rotation,
      status: 'entered',
      entryCheck: entry.check,
      enteredAt: entry.at,
      incomingPersonId: entry.incomingPersonId,
      updatedAt: entry.at,
    },
  };
}

/** The outgoing person has left. */
export function complete(rotation: Rotation, left: { at: IsoDateTime }): WorkflowResult {
  const refusal = illegal(rotation.status, 'completed') ?? leftBeforeEntered(rotation.enteredAt, left.at);
  if (refusal) return refuse(refusal);
  return { ok: true, rotation: { ...rotation, status: 'completed', leftAt: left.at, updatedAt: left.at } };
}

export function cancel(rotation: Rotation, cancellation: { by: string; at: IsoDateTime; reason: string }): WorkflowResult {
  const reason = cancellation.reason.trim();
  const refusal =
    illegal(rotation.status, 'cancelled') ??
    (reason === '' ? { code: 'reason_required', message: 'A cancellation needs a reason.' } : undefined);
  if (refusal) return refuse(refusal);
  return {
    ok: true,
    rotation: { ...rotation, status: 'cancelled', cancellation: { ...cancellation, reason }, updatedAt: cancellation.at },
  };
}

function refuse(refusal: WorkflowRefusal): WorkflowResult {
  return { ok: false, refusal };
}

function illegal(from: RotationStatus, to: RotationStatus): WorkflowRefusal | undefined {
  if (isAllowedTransition(from, to)) return undefined;
  const allowed = allowedTransitions(from);
  const next = allowed.length === 0 ? 'nothing: it is final' : allowed.join(' or ');
  return { code: 'illegal_transition', from, to, allowed, message: `A rotation cannot go from ${from} to ${to}; from ${from} it can go to ${next}.` };
}

function notPrincipal(role: Role): WorkflowRefusal | undefined {
  return role === 'principal' ? undefined : { code: 'not_principal', role, message: 'Only a principal decides on a rotation.' };
}

function checkMismatch(check: EligibilityResult, entryAt: IsoDateTime): WorkflowRefusal | undefined {
  if (instant(check.entryAt) === instant(entryAt)) return undefined;
  return {
    code: 'check_for_other_time',
    expectedEntryAt: entryAt,
    checkEntryAt: check.entryAt,
    message: `The eligibility check is for entry at ${check.entryAt}, not ${entryAt}.`,
  };
}

function failed(check: EligibilityResult, message: string): WorkflowRefusal | undefined {
  return check.eligible ? undefined : { code: 'check_failed', check, message };
}

function leftBeforeEntered(enteredAt: IsoDateTime | undefined, leftAt: IsoDateTime): WorkflowRefusal | undefined {
  // An entered rotation always has enteredAt; the guard is for the type.
  if (enteredAt === undefined || instant(leftAt) >= instant(enteredAt)) return undefined;
  return {
    code: 'left_before_entered',
    enteredAt,
    leftAt,
    message: `The outgoing person cannot have left (${leftAt}) before the incoming one entered (${enteredAt}).`,
  };
}
