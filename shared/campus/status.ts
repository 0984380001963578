import { idSchema, isoDateTimeSchema } from '../common/fields.js';
import { statusReasonSchema } from './schema.js';
import type { StatusChange, Unit, UnitStatus } from './schema.js';

/*
 * Legal moves. The cycle of DESIGN §2 is normal → observation → isolated → normal; beyond it:
 * - normal → isolated: R10 isolates a case's unit at once; passing through observation would delay it.
 * - observation → normal: most observations (e.g. a unit that shared a canteen zone-slot with a case) end clear.
 * isolated → observation is refused: isolation ends only by a release decision, recorded as isolated → normal;
 * a step-down would end an isolation with no release on record. A move to the current status is no change at all.
 */
const LEGAL: Readonly<Record<UnitStatus, readonly UnitStatus[]>> = {
  normal: ['observation', 'isolated'],
  observation: ['isolated', 'normal'],
  isolated: ['normal'],
};

export function legalNextStatuses(from: UnitStatus): readonly UnitStatus[] {
  return LEGAL[from];
}

export function isLegalTransition(from: UnitStatus, to: UnitStatus): boolean {
  return LEGAL[from].includes(to);
}

export type StatusChangeRefusal =
  | { code: 'same_status'; status: UnitStatus; message: string }
  | { code: 'illegal_transition'; from: UnitStatus; to: UnitStatus; allowed: readonly UnitStatus[]; message: string }
  | { code: 'reason_required'; message: string }
  | { code: 'invalid_time'; message: string }
  | { code: 'time_before_last_change'; lastAt: string; message: string }
  | { code: 'invalid_user'; message: string };

export type StatusChangeResult =
  | { ok: true; unit: Unit; entry: StatusChange }
  | { ok: false; refusal: StatusChangeRefusal };

export interface StatusChangeRequest {
  to: UnitStatus;
  reason: string;
  /** When the change takes effect (ISO 8601 with offset); also the unit's new updatedAt. */
  at: string;
  /** User id of whoever makes the change. */
  by: string;
}

/** Refuses the request with a typed reason, or returns the unit with the appended history entry. */
export function changeUnitStatus(unit: Unit, request: StatusChangeRequest): StatusChangeResult {
  const refusal = refuseStatusChange(unit, request);
  if (refusal) return { ok: false, refusal };
  const entry: StatusChange = {
    from: unit.status,
    to: request.to,
    at: request.at,
    by: request.by,
    reason: request.reason.trim(),
  };
  return {
    ok: true,
    entry,
    unit: { ...unit, status: request.to, statusHistory: [...unit.statusHistory, entry], updatedAt: request.at },
  };
}

function refuseStatusChange(unit: Unit, { to, reason, at, by }: StatusChangeRequest): StatusChangeRefusal | undefined {
  const from = unit.status;
  if (from === to) return { code: 'same_status', status: to, message: `Unit "${unit.name}" is already ${to}.` };
  if (!isLegalTransition(from, to)) {
    const allowed = legalNextStatuses(from);
    return {
      code: 'illegal_transition',
      from,
      to,
      allowed,
      message: `Unit "${unit.name}" cannot go from ${from} to ${to}; from ${from} it can go to ${allowed.join(' or ')}.`,
    };
  }
  if (!statusReasonSchema.safeParse(reason).success) {
    return { code: 'reason_required', message: 'A status change needs a reason (at most 500 characters).' };
  }
  if (!isoDateTimeSchema.safeParse(at).success) {
    return { code: 'invalid_time', message: 'The time of the change must be an ISO 8601 date-time with offset.' };
  }
  if (!idSchema.safeParse(by).success) {
    return { code: 'invalid_user', message: 'A status change must name the user who made it.' };
  }
  const last = unit.statusHistory.at(-1);
  if (last && Date.parse(at) < Date.parse(last.at)) {
    return {
      code: 'time_before_last_change',
      lastAt: last.at,
      message: `The change cannot be dated before the unit's last status change (${last.at}).`,
    };
  }
  return undefined;
}
