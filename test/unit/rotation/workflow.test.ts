import { describe, expect, it } from 'vitest';
import { ROTATION_STATUSES, rotationSchema } from '../../../shared/rotation/schema.js';
import type { EligibilityResult, Rotation, RotationStatus } from '../../../shared/rotation/schema.js';
import { allowedTransitions, approve, cancel, complete, createRequest, enter, isAllowedTransition, reject } from '../../../shared/rotation/workflow.js';
import type { WorkflowResult } from '../../../shared/rotation/workflow.js';

const HANDOVER = '2024-05-16T10:00:00+08:00';
const REQUEST = {
  roleId: 'security',
  outgoingPersonId: 'p-1',
  incomingCandidateId: 'cand-1',
  plannedHandoverAt: HANDOVER,
  plannedLeaveAt: '2024-05-16T10:30:00+08:00',
};

function checkFor(entryAt: string, eligible = true): EligibilityResult {
  return {
    eligible,
    reasons: eligible ? [] : [{ code: 'nat_expired', certificateId: 'n1', sampledAt: '2024-05-14T08:00:00+08:00', validFrom: '2024-05-15T02:00:00.000Z' }],
    checkedAt: '2024-05-15T09:00:00+08:00',
    entryAt,
  };
}

function ok(result: WorkflowResult): Rotation {
  if (!result.ok) throw new Error(`refused: ${result.refusal.message}`);
  return result.rotation;
}

const principal = { by: 'u-principal', role: 'principal' as const, at: '2024-05-15T11:00:00+08:00', comment: 'ok' };
const requested = ok(createRequest({ id: 'r1', at: '2024-05-15T09:00:00+08:00', request: REQUEST, check: checkFor(HANDOVER) }));
const approved = ok(approve(requested, { ...principal, check: checkFor(HANDOVER) }));
const entered = ok(enter(approved, { at: '2024-05-16T10:05:00+08:00', check: checkFor('2024-05-16T10:05:00+08:00'), incomingPersonId: 'p-9' }));
const completed = ok(complete(entered, { at: '2024-05-16T10:40:00+08:00' }));
const rejected = ok(reject(requested, { ...principal, comment: 'not needed' }));
const cancelled = ok(cancel(requested, { by: 'u-admin', at: '2024-05-15T12:00:00+08:00', reason: 'outgoing stays' }));
const inStatus: Record<RotationStatus, Rotation> = { request: requested, approved, entered, completed, rejected, cancelled };

describe('the happy path', () => {
  it('goes request → approved → entered → completed, recording each step as a valid record', () => {
    expect(requested).toMatchObject({ status: 'request', createdAt: '2024-05-15T09:00:00+08:00', check: { entryAt: HANDOVER } });
    expect(approved).toMatchObject({
      status: 'approved',
      approval: { by: 'u-principal', at: '2024-05-15T11:00:00+08:00', decision: 'approved', comment: 'ok' },
      updatedAt: '2024-05-15T11:00:00+08:00',
    });
    expect(entered).toMatchObject({ status: 'entered', enteredAt: '2024-05-16T10:05:00+08:00', incomingPersonId: 'p-9', entryCheck: { eligible: true } });
    expect(completed).toMatchObject({ status: 'completed', leftAt: '2024-05-16T10:40:00+08:00', approval: approved.approval });
    for (const r of Object.values(inStatus)) expect(rotationSchema.parse(r)).toEqual(r);
  });

  it('does not change the rotation it was given', () => {
    expect(requested.status).toBe('request');
    expect(requested.approval).toBeUndefined();
  });
});

describe('transitions', () => {
  it('allows exactly the documented moves and refuses every other one with a typed reason', () => {
    const attempts: Record<RotationStatus, (r: Rotation) => WorkflowResult> = {
      request: () => {
        throw new Error('nothing goes back to request');
      },
      approved: (r) => approve(r, { ...principal, check: checkFor(HANDOVER) }),
      rejected: (r) => reject(r, principal),
      entered: (r) => enter(r, { at: HANDOVER, check: checkFor(HANDOVER), incomingPersonId: 'p-9' }),
      completed: (r) => complete(r, { at: '2024-05-17T10:00:00+08:00' }),
      cancelled: (r) => cancel(r, { by: 'u-admin', at: HANDOVER, reason: 'changed plan' }),
    };
    const expected: Record<RotationStatus, RotationStatus[]> = {
      request: ['approved', 'rejected', 'cancelled'],
      approved: ['entered', 'cancelled'],
      entered: ['completed'],
      rejected: [],
      completed: [],
      cancelled: [],
    };
    for (const from of ROTATION_STATUSES) {
      expect(allowedTransitions(from)).toEqual(expected[from]);
      for (const to of ROTATION_STATUSES.filter((s) => s !== 'request')) {
        const result = attempts[to](inStatus[from]);
        expect(isAllowedTransition(from, to)).toBe(expected[from].includes(to));
        if (expected[from].includes(to)) expect(result).toMatchObject({ ok: true, rotation: { status: to } });
        else expect(result).toMatchObject({ ok: false, refusal: { code: 'illegal_transition', from, to, allowed: expected[from] } });
      }
    }
  });

  it('never records a second decision: an approved or rejected rotation cannot be decided again', () => {
    expect(reject(approved, principal)).toMatchObject({ ok: false, refusal: { code: 'illegal_transition' } });
    expect(approve(rejected, { ...principal, check: checkFor(HANDOVER) })).toMatchObject({ ok: false, refusal: { code: 'illegal_transition' } });
  });
});

describe('approval (R3)', () => {
  it('files a request whose check fails, but refuses to approve it', () => {
    const failing = ok(createRequest({ id: 'r2', at: '2024-05-15T09:00:00+08:00', request: REQUEST, check: checkFor(HANDOVER, false) }));
    expect(failing.check.eligible).toBe(false);
    expect(approve(failing, { ...principal, check: checkFor(HANDOVER, false) })).toMatchObject({
      ok: false,
      refusal: { code: 'check_failed', check: { eligible: false } },
    });
  });

  it('decides on the fresh check, not the one filed with the request', () => {
    expect(approve(requested, { ...principal, check: checkFor(HANDOVER, false) })).toMatchObject({ ok: false, refusal: { code: 'check_failed' } });
  });

  it('refuses a check made for another entry time, comparing instants', () => {
    expect(createRequest({ id: 'r3', at: HANDOVER, request: REQUEST, check: checkFor('2024-05-16T11:00:00+08:00') })).toMatchObject({
      ok: false,
      refusal: { code: 'check_for_other_time', expectedEntryAt: HANDOVER },
    });
    expect(approve(requested, { ...principal, check: checkFor('2024-05-16T02:00:00Z') }).ok).toBe(true);
  });

  it('lets only a principal decide', () => {
    expect(approve(requested, { ...principal, role: 'logistics', check: checkFor(HANDOVER) })).toMatchObject({
      ok: false,
      refusal: { code: 'not_principal', role: 'logistics' },
    });
    expect(reject(requested, { ...principal, role: 'administrator' })).toMatchObject({ ok: false, refusal: { code: 'not_principal' } });
  });

  it('requires a comment to reject, not to approve', () => {
    expect(reject(requested, { ...principal, comment: '   ' })).toMatchObject({ ok: false, refusal: { code: 'comment_required' } });
    expect(approve(requested, { ...principal, comment: '', check: checkFor(HANDOVER) }).ok).toBe(true);
  });
});

describe('entry and completion', () => {
  it('refuses entry when the re-check at the actual entry time fails (a certificate expired since approval)', () => {
    const at = '2024-05-16T10:05:00+08:00';
    expect(enter(approved, { at, check: checkFor(at, false), incomingPersonId: 'p-9' })).toMatchObject({
      ok: false,
      refusal: { code: 'check_failed', check: { eligible: false, entryAt: at } },
    });
  });

  it('refuses an entry check made for the planned time instead of the actual one', () => {
    const result = enter(approved, { at: '2024-05-16T10:05:00+08:00', check: checkFor(HANDOVER), incomingPersonId: 'p-9' });
    expect(result).toMatchObject({ ok: false, refusal: { code: 'check_for_other_time', expectedEntryAt: '2024-05-16T10:05:00+08:00' } });
  });

  it('refuses an outgoing departure recorded before the entry, and accepts one at the same instant', () => {
    expect(complete(entered, { at: '2024-05-16T10:04:00+08:00' })).toMatchObject({ ok: false, refusal: { code: 'left_before_entered' } });
    expect(complete(entered, { at: '2024-05-16T02:05:00Z' }).ok).toBe(true);
  });

  it('requires a reason to cancel', () => {
    expect(cancel(approved, { by: 'u-admin', at: HANDOVER, reason: ' ' })).toMatchObject({ ok: false, refusal: { code: 'reason_required' } });
    expect(cancel(approved, { by: 'u-admin', at: HANDOVER, reason: ' sick ' })).toMatchObject({
      ok: true,
      rotation: { status: 'cancelled', cancellation: { by: 'u-admin', at: HANDOVER, reason: 'sick' } },
    });
  });
});
