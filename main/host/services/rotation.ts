import { personIdNumberKey } from '../../../shared/campus/references.js';
import { mergePatch } from '../../../shared/campus/schema.js';
import type { Person } from '../../../shared/campus/schema.js';
import type { CoreDoc } from '../../../shared/db/schema.js';
import type {
  CandidateStage,
  CandidateView,
  CoverageMarker,
  NatPersonView,
  NatRegionView,
  PersonRef,
  RotationRefusalDetails,
  RotationView,
  rotationContract,
} from '../../../shared/rotation/contract.js';
import {
  checkAddRotation,
  computeCoverage,
  DEFAULT_HORIZON_DAYS,
  roleMinimum,
  type AddRotationResult,
  type CoverageInput,
  type CoverageRefusal,
  type CoverageRotation,
} from '../../../shared/rotation/coverage.js';
import { checkEligibility, groupBySubject, indexRiskAreas, normalizePlace, type RiskAreaIndex } from '../../../shared/rotation/eligibility.js';
import { buildNatSchedule, type NatSchedule, type PersonNatStatus } from '../../../shared/rotation/natSchedule.js';
import { candidateSchema, certificateSchema, riskAreaSchema, staffRoleSchema, travelStaySchema } from '../../../shared/rotation/schema.js';
import type { Candidate, Certificate, EligibilityResult, Rotation, StaffRole, TravelStay } from '../../../shared/rotation/schema.js';
import { DAY_MS, instant } from '../../../shared/rotation/time.js';
import { approve, cancel, complete, createRequest, enter, reject, type WorkflowRefusal, type WorkflowResult } from '../../../shared/rotation/workflow.js';
import { stamp, toIso, type Handlers, type ServiceContext } from '../context.js';
import { fieldError, HostError, notFound, parseRecord } from '../errors.js';

/*
 * Staff rotation handlers (R1–R5). The rules live in shared/rotation; here they are run against the document the
 * write changes, so two requests racing each other cannot both pass a check only one of them may pass.
 *
 * Every instant a caller sends is rewritten in the campus's offset before it is checked or stored: R2's look-back
 * window and R5's schedule count calendar days as the time is written.
 */

/** Clocks of the machines that enter a time drift a little; anything later than this is a typo or a guess. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;
const OPEN: ReadonlySet<Rotation['status']> = new Set(['request', 'approved', 'entered']);

type Doc = CoreDoc;

const local = (at: string) => toIso(new Date(at));
const today = (ctx: ServiceContext) => ctx.nowIso().slice(0, 10);
const sameName = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;
const replace = <T extends { id: string }>(list: readonly T[], record: T): T[] => list.map((r) => (r.id === record.id ? record : r));

function notInFuture(ctx: ServiceContext, at: string, field: string): void {
  if (instant(at) > ctx.now().getTime() + FUTURE_TOLERANCE_MS) throw fieldError(field, 'must not be in the future');
}

function dayNotInFuture(ctx: ServiceContext, date: string, field: string): void {
  if (date > today(ctx)) throw fieldError(field, 'must not be in the future');
}

function find<T extends { id: string }>(list: readonly T[], id: string, what: string, field = 'id'): T {
  const record = list.find((r) => r.id === id);
  if (!record) throw notFound(what, id, field);
  return record;
}

function refuseTakenId(lists: readonly (readonly { id: string }[])[], id: string | undefined): void {
  if (id !== undefined && lists.some((list) => list.some((r) => r.id === id))) throw fieldError('id', `the id "${id}" is already in use`, 'conflict');
}

function workflowError(refusal: WorkflowRefusal): HostError {
  switch (refusal.code) {
    case 'illegal_transition':
      return new HostError('conflict', refusal.message, 'id', refusal);
    case 'not_principal':
      return new HostError('forbidden', refusal.message);
    case 'check_failed':
      return new HostError('rule_violation', refusal.message, 'id', { kind: 'eligibility', check: refusal.check } satisfies RotationRefusalDetails);
    case 'comment_required':
      return fieldError('comment', 'must not be empty');
    case 'reason_required':
      return fieldError('reason', 'must not be empty');
    case 'left_before_entered':
      return new HostError('rule_violation', refusal.message, 'id');
    case 'check_for_other_time':
      // The host always checks for the right instant; reaching this is a bug, reported as one.
      throw new Error(refusal.message);
  }
}

function settled(result: WorkflowResult): Rotation {
  if (!result.ok) throw workflowError(result.refusal);
  return result.rotation;
}

function planError(refusal: CoverageRefusal): HostError {
  const details: RotationRefusalDetails = { kind: 'coverage', refusal };
  switch (refusal.code) {
    case 'unknown_role':
      return new HostError('not_found', refusal.message, 'roleId', details);
    case 'outgoing_not_on_campus':
      return new HostError('rule_violation', refusal.message, 'outgoingPersonId', details);
    case 'outgoing_already_leaving':
      return new HostError('conflict', refusal.message, 'outgoingPersonId', details);
    case 'below_minimum':
      return new HostError('rule_violation', refusal.message, 'plannedLeaveAt', details);
  }
}

/* ---------- eligibility ---------- */

interface Evidence {
  riskAreas: RiskAreaIndex;
  stays: Map<string, TravelStay[]>;
  certificates: Map<string, Certificate[]>;
}

function evidenceOf(doc: Doc): Evidence {
  return { riskAreas: indexRiskAreas(doc.riskAreas), stays: groupBySubject(doc.travel), certificates: groupBySubject(doc.certificates) };
}

function checkWith(doc: Doc, evidence: Evidence, candidate: Candidate, entryAt: string, checkedAt: string): EligibilityResult {
  return checkEligibility(
    { contacts: candidate.contacts, stays: evidence.stays.get(candidate.id) ?? [], certificates: evidence.certificates.get(candidate.id) ?? [] },
    entryAt,
    { riskAreas: evidence.riskAreas, settings: doc.settings.rotation, checkedAt },
  );
}

const checkCandidate = (doc: Doc, candidate: Candidate, entryAt: string, checkedAt: string) => checkWith(doc, evidenceOf(doc), candidate, entryAt, checkedAt);

function reasonsText(check: EligibilityResult): string {
  return check.eligible ? 'check passed' : `check failed: ${check.reasons.map((r) => r.code).join(', ')}`;
}

/* ---------- coverage ---------- */

function coverageInput(doc: Doc, from: string, horizonDays = DEFAULT_HORIZON_DAYS): CoverageInput {
  return { roles: doc.roles, people: doc.people, rotations: doc.rotations, settings: doc.settings.rotation, from, horizonDays };
}

/** R4 for one more rotation on top of the plan, over a horizon long enough to reach its last move. */
function planCheck(doc: Doc, ctx: ServiceContext, rotation: CoverageRotation): AddRotationResult {
  const nowMs = ctx.now().getTime();
  const lastMove = Math.max(instant(rotation.plannedHandoverAt), instant(rotation.plannedLeaveAt));
  const horizonDays = Math.max(DEFAULT_HORIZON_DAYS, Math.ceil((lastMove - nowMs) / DAY_MS) + 1);
  return checkAddRotation(coverageInput(doc, ctx.nowIso(), horizonDays), rotation);
}

/**
 * R4 for a role edit. Raising a minimum (or, for security on the default share, its posts) may put a gap an approved
 * rotation leaves below it; that plan was approved against the old minimum, so the edit waits until the rotation is
 * cancelled. Lowering either never can: the minimum is a floor. A role already short of the new minimum is not refused,
 * only shown below it: the staff who are missing cannot be refused, and gap-free swaps stay possible. Entered rotations
 * are not checked: their newcomer is already here, so the departure still to come closes the swap without a gap.
 */
function refuseBrokenPlan(doc: Doc, ctx: ServiceContext, before: StaffRole, after: StaffRole): void {
  if (roleMinimum(after, doc.settings.rotation) <= roleMinimum(before, doc.settings.rotation)) return;
  const edited = { ...doc, roles: replace(doc.roles, after) };
  for (const rotation of doc.rotations) {
    if (rotation.roleId !== after.id || rotation.status !== 'approved') continue;
    const now = planCheck(edited, ctx, rotation);
    if (now.ok || now.refusal.code !== 'below_minimum') continue;
    // A plan the old minimum already refused is no news of this edit's making.
    const was = planCheck(doc, ctx, rotation);
    if (!was.ok && was.refusal.code === 'below_minimum') continue;
    const field = after.minOnCampus !== before.minOnCampus ? 'minOnCampus' : 'posts';
    throw fieldError(field, `would leave approved rotation ${rotation.id} short: ${now.refusal.message} Cancel it first.`, 'rule_violation', {
      kind: 'coverage',
      refusal: now.refusal,
    } satisfies RotationRefusalDetails);
  }
}

/* ---------- views ---------- */

interface Names {
  person(id: string): PersonRef;
  role(id: string): string | null;
  unit(id: string): string | null;
  region(id: string | null): string | null;
  user(id: string): string;
  candidate(id: string): Candidate | undefined;
}

function namesOf(doc: Doc): Names {
  const people = new Map(doc.people.map((p) => [p.id, p]));
  const units = new Map(doc.units.map((u) => [u.id, u.name]));
  const regions = new Map(doc.regions.map((r) => [r.id, r.name]));
  const roles = new Map(doc.roles.map((r) => [r.id, r.name]));
  const users = new Map(doc.users.map((u) => [u.id, u.displayName]));
  const candidates = new Map(doc.candidates.map((c) => [c.id, c]));
  return {
    person: (id) => {
      const p = people.get(id);
      return p
        ? { id, name: p.name, unitId: p.unitId, unitName: units.get(p.unitId) ?? null, presence: p.presence }
        : { id, name: id, unitId: null, unitName: null, presence: null };
    },
    role: (id) => roles.get(id) ?? null,
    unit: (id) => units.get(id) ?? null,
    region: (id) => (id === null ? null : (regions.get(id) ?? null)),
    user: (id) => users.get(id) ?? id,
    candidate: (id) => candidates.get(id),
  };
}

function rotationViewer(doc: Doc, ctx: ServiceContext): (r: Rotation) => RotationView {
  const names = namesOf(doc);
  const evidence = evidenceOf(doc);
  const nowIso = ctx.nowIso();
  return (r) => {
    const candidate = names.candidate(r.incomingCandidateId);
    let liveCheck: EligibilityResult | null = null;
    if (candidate && r.status === 'request') liveCheck = checkWith(doc, evidence, candidate, r.plannedHandoverAt, nowIso);
    if (candidate && r.status === 'approved') liveCheck = checkWith(doc, evidence, candidate, nowIso, nowIso);
    return {
      ...r,
      roleName: names.role(r.roleId) ?? r.roleId,
      outgoing: names.person(r.outgoingPersonId),
      incoming: { candidateId: r.incomingCandidateId, name: candidate?.name ?? r.incomingCandidateId, phone: candidate?.phone ?? '' },
      approverName: r.approval ? names.user(r.approval.by) : null,
      cancelledByName: r.cancellation ? names.user(r.cancellation.by) : null,
      liveCheck,
      planCheck: r.status === 'request' ? planResult(planCheck(doc, ctx, r)) : null,
    };
  };
}

const planResult = (res: AddRotationResult): RotationView['planCheck'] => (res.ok ? { ok: true } : { ok: false, refusal: res.refusal });

const byHandoverDesc = (a: Rotation, b: Rotation) => instant(b.plannedHandoverAt) - instant(a.plannedHandoverAt);

interface Stage {
  stage: CandidateStage;
  rotationId: string | null;
  personId: string | null;
}

const STAGE_RANK: Record<CandidateStage, number> = { free: 0, requested: 1, approved: 2, entered: 3 };

function candidateStages(rotations: readonly Rotation[]): Map<string, Stage> {
  const stages = new Map<string, Stage>();
  for (const r of rotations) {
    const stage: CandidateStage | null =
      r.status === 'request' ? 'requested' : r.status === 'approved' ? 'approved' : r.status === 'entered' || r.status === 'completed' ? 'entered' : null;
    if (stage === null) continue;
    const current = stages.get(r.incomingCandidateId);
    if (!current || STAGE_RANK[stage] > STAGE_RANK[current.stage]) {
      stages.set(r.incomingCandidateId, { stage, rotationId: r.id, personId: r.incomingPersonId ?? null });
    }
  }
  return stages;
}

const FREE: Stage = { stage: 'free', rotationId: null, personId: null };

function candidateViews(doc: Doc, ctx: ServiceContext, candidates: readonly Candidate[]): CandidateView[] {
  const evidence = evidenceOf(doc);
  const stages = candidateStages(doc.rotations);
  const names = namesOf(doc);
  const nowIso = ctx.nowIso();
  return candidates.map((c) => {
    const certificates = evidence.certificates.get(c.id) ?? [];
    const latest = certificates.reduce<Certificate | null>((best, cert) => (!best || instant(cert.sampledAt) > instant(best.sampledAt) ? cert : best), null);
    return {
      ...c,
      roleName: names.role(c.roleId),
      ...(stages.get(c.id) ?? FREE),
      stays: evidence.stays.get(c.id)?.length ?? 0,
      certificates: certificates.length,
      latestCertificate: latest,
      checkNow: checkWith(doc, evidence, c, nowIso, nowIso),
    };
  });
}

/** Certificates count as tests for R5 under the person a candidate became, not only under the candidate's id. */
function certificatesByPerson(doc: Doc): Pick<Certificate, 'subjectId' | 'sampledAt'>[] {
  const personOf = new Map<string, string>();
  for (const r of doc.rotations) if (r.incomingPersonId !== undefined) personOf.set(r.incomingCandidateId, r.incomingPersonId);
  return doc.certificates.map((c) => ({ subjectId: personOf.get(c.subjectId) ?? c.subjectId, sampledAt: c.sampledAt }));
}

function natSchedule(doc: Doc, ctx: ServiceContext): NatSchedule {
  return buildNatSchedule({
    people: doc.people,
    units: doc.units,
    rounds: doc.natRounds,
    certificates: certificatesByPerson(doc),
    settings: doc.settings.rotation,
    today: today(ctx),
  });
}

/* ---------- candidates ---------- */

function candidateChecks(doc: Doc, candidate: Candidate): void {
  find(doc.roles, candidate.roleId, 'Staff role', 'roleId');
  const key = personIdNumberKey(candidate);
  const stages = candidateStages(doc.rotations);
  const twin = doc.candidates.find(
    (c) => c.id !== candidate.id && personIdNumberKey(c) === key && (stages.get(c.id) ?? FREE).stage !== 'entered',
  );
  if (twin) throw fieldError('idNumber', `is already the ID number of candidate ${twin.name}`, 'conflict');
  const onCampus = doc.people.find((p) => p.presence === 'onCampus' && personIdNumberKey(p) === key);
  if (onCampus) throw fieldError('idNumber', `belongs to ${onCampus.name}, who is on campus`, 'conflict');
}

function openCandidate(doc: Doc, id: string, field = 'id'): Candidate {
  const candidate = find(doc.candidates, id, 'Candidate', field);
  const stage = candidateStages(doc.rotations).get(id);
  if (stage?.stage === 'entered') throw fieldError(field, `${candidate.name} has entered the campus; edit the person record instead`, 'conflict');
  return candidate;
}

/** The person the candidate becomes: the one with the same ID number if they were here before, else a new one. */
function incomingPerson(doc: Doc, ctx: ServiceContext, candidate: Candidate, outgoing: Person, at: string): Person {
  const key = personIdNumberKey(candidate);
  const known = doc.people.find((p) => personIdNumberKey(p) === key);
  if (known?.presence === 'onCampus') throw fieldError('id', `${known.name} with this ID number is already on campus`, 'conflict');
  const fields = {
    name: candidate.name,
    kind: 'staff' as const,
    staffRoleId: candidate.roleId,
    presence: 'onCampus' as const,
    // The newcomer takes the outgoing person's post, and with it their control unit: units never mix (R6).
    unitId: outgoing.unitId,
    phone: candidate.phone,
    idNumber: candidate.idNumber,
  };
  if (known) {
    const { boarding: _students, ...rest } = known;
    return { ...rest, ...fields, updatedAt: at };
  }
  return stamp(ctx, 'person', fields);
}

/* ---------- handlers ---------- */

export function rotationHandlers(): Handlers<typeof rotationContract> {
  return {
    'rotation.summary': (_input, ctx) => {
      const doc = ctx.store.doc;
      const requests = doc.rotations.filter((r) => r.status === 'request');
      const evidence = evidenceOf(doc);
      const nowIso = ctx.nowIso();
      const blocked = requests.filter((r) => {
        const candidate = doc.candidates.find((c) => c.id === r.incomingCandidateId);
        return !candidate || !checkWith(doc, evidence, candidate, r.plannedHandoverAt, nowIso).eligible || !planCheck(doc, ctx, r).ok;
      });
      const nat = natSchedule(doc, ctx);
      return {
        pendingApprovals: requests.length,
        blockedRequests: blocked.length,
        planned: doc.rotations.filter((r) => r.status === 'approved').length,
        underWay: doc.rotations.filter((r) => r.status === 'entered').length,
        natOverdue: nat.overdue.length,
        natOverdueUnits: nat.regions.reduce((n, g) => n + g.units.filter((u) => u.overdueCount > 0).length, 0),
        firstBreach: computeCoverage(coverageInput(doc, nowIso)).firstBreach,
      };
    },

    /* roles */

    'rotation.roles.list': (_input, ctx) => {
      const doc = ctx.store.doc;
      const stages = candidateStages(doc.rotations);
      return doc.roles.map((role) => {
        const staff = doc.people.filter((p) => p.staffRoleId === role.id);
        return {
          ...role,
          minimum: roleMinimum(role, doc.settings.rotation),
          minimumPercent: role.minOnCampus === undefined ? doc.settings.rotation.securityMinPercent : null,
          onCampus: staff.filter((p) => p.presence === 'onCampus').length,
          staff: staff.length,
          candidates: doc.candidates.filter((c) => c.roleId === role.id && (stages.get(c.id) ?? FREE).stage !== 'entered').length,
        };
      });
    },

    'rotation.roles.create': (input, ctx) =>
      ctx.write(
        (r) => `staff role ${r.name} created: ${r.posts} post(s), minimum ${roleMinimum(r, ctx.store.doc.settings.rotation)}`,
        (tx) => {
          refuseTakenId([tx.doc.roles], input.id);
          const role = parseRecord(staffRoleSchema, stamp(ctx, 'role', input));
          const clash = tx.doc.roles.find((r) => sameName(r.name, role.name));
          if (clash) throw fieldError('name', `another role is already named "${clash.name}"`, 'conflict');
          tx.doc.roles = [...tx.doc.roles, role];
          return role;
        },
      ),

    'rotation.roles.update': (input, ctx) =>
      ctx.write(
        (r) => `staff role ${r.name} updated: ${r.posts} post(s), minimum ${roleMinimum(r, ctx.store.doc.settings.rotation)}`,
        (tx) => {
          const before = find(tx.doc.roles, input.id, 'Staff role');
          const role: StaffRole = parseRecord(staffRoleSchema, mergePatch(before, input, ctx.nowIso()));
          const clash = tx.doc.roles.find((r) => r.id !== role.id && sameName(r.name, role.name));
          if (clash) throw fieldError('name', `another role is already named "${clash.name}"`, 'conflict');
          refuseBrokenPlan(tx.doc, ctx, before, role);
          tx.doc.roles = replace(tx.doc.roles, role);
          return role;
        },
      ),

    /* candidates */

    'rotation.candidates.list': (_input, ctx) => {
      const doc = ctx.store.doc;
      const views = candidateViews(doc, ctx, doc.candidates);
      // Those still to place first, newest first within each stage.
      return views.sort((a, b) => STAGE_RANK[a.stage] - STAGE_RANK[b.stage] || instant(b.createdAt) - instant(a.createdAt));
    },

    'rotation.candidates.get': (input, ctx) => {
      const doc = ctx.store.doc;
      const candidate = find(doc.candidates, input.id, 'Candidate');
      const [view] = candidateViews(doc, ctx, [candidate]);
      const rotations = doc.rotations.filter((r) => r.incomingCandidateId === candidate.id).sort(byHandoverDesc);
      const open = rotations.find((r) => r.status === 'request' || r.status === 'approved');
      const entryAt = input.entryAt ? local(input.entryAt) : (open?.plannedHandoverAt ?? ctx.nowIso());
      const toView = rotationViewer(doc, ctx);
      return {
        candidate: view!,
        stays: doc.travel.filter((s) => s.subjectId === candidate.id).sort((a, b) => (a.from < b.from ? 1 : a.from > b.from ? -1 : 0)),
        certificates: doc.certificates.filter((c) => c.subjectId === candidate.id).sort((a, b) => instant(b.sampledAt) - instant(a.sampledAt)),
        rotations: rotations.map(toView),
        check: checkCandidate(doc, candidate, entryAt, ctx.nowIso()),
      };
    },

    'rotation.candidates.create': (input, ctx) =>
      ctx.write(
        (c) => `replacement candidate ${c.name} registered for ${ctx.store.doc.roles.find((r) => r.id === c.roleId)?.name ?? c.roleId}`,
        (tx) => {
          refuseTakenId([tx.doc.candidates, tx.doc.people], input.id);
          input.contacts.forEach((c, i) => dayNotInFuture(ctx, c.on, `contacts.${i}.on`));
          const candidate = parseRecord(candidateSchema, stamp(ctx, 'cand', input));
          candidateChecks(tx.doc, candidate);
          tx.doc.candidates = [...tx.doc.candidates, candidate];
          return candidate;
        },
      ),

    'rotation.candidates.update': (input, ctx) =>
      ctx.write(
        (c) => `replacement candidate ${c.name} updated`,
        (tx) => {
          const before = openCandidate(tx.doc, input.id);
          input.contacts?.forEach((c, i) => dayNotInFuture(ctx, c.on, `contacts.${i}.on`));
          const candidate = parseRecord(candidateSchema, mergePatch(before, input, ctx.nowIso()));
          const stage = candidateStages(tx.doc.rotations).get(candidate.id) ?? FREE;
          if (candidate.roleId !== before.roleId && stage.stage !== 'free') {
            throw fieldError('roleId', `cannot change while rotation ${stage.rotationId} is open; cancel it first`, 'conflict');
          }
          candidateChecks(tx.doc, candidate);
          tx.doc.candidates = replace(tx.doc.candidates, candidate);
          return candidate;
        },
      ),

    'rotation.candidates.addContact': (input, ctx) =>
      ctx.write(
        (c) => `contact declared for ${c.name}: ${input.kind} on ${input.on}`,
        (tx) => {
          const before = openCandidate(tx.doc, input.candidateId, 'candidateId');
          dayNotInFuture(ctx, input.on, 'on');
          if (before.contacts.some((c) => c.kind === input.kind && c.on === input.on)) throw fieldError('on', 'this contact is already declared', 'conflict');
          const candidate = { ...before, contacts: [...before.contacts, { kind: input.kind, on: input.on }], updatedAt: ctx.nowIso() };
          tx.doc.candidates = replace(tx.doc.candidates, candidate);
          return candidate;
        },
      ),

    'rotation.candidates.addStay': (input, ctx) =>
      ctx.write(
        (s) => `stay recorded for ${ctx.store.doc.candidates.find((c) => c.id === s.subjectId)?.name ?? s.subjectId}: ${s.place} from ${s.from}${s.to ? ` to ${s.to}` : ''}`,
        (tx) => {
          openCandidate(tx.doc, input.subjectId, 'subjectId');
          refuseTakenId([tx.doc.travel], input.id);
          dayNotInFuture(ctx, input.from, 'from');
          if (input.riskAreaName !== undefined && !tx.doc.riskAreas.some((a) => normalizePlace(a.name) === normalizePlace(input.riskAreaName!))) {
            throw fieldError('riskAreaName', 'is not on the risk-area list', 'not_found');
          }
          const stay = parseRecord(travelStaySchema, stamp(ctx, 'stay', input));
          tx.doc.travel = [...tx.doc.travel, stay];
          return stay;
        },
      ),

    'rotation.certificates.add': (input, ctx) =>
      ctx.write(
        (c) => `NAT certificate ${c.certificateNo} (${c.result}, sampled ${c.sampledAt}) recorded for ${c.subjectId}`,
        (tx) => {
          refuseTakenId([tx.doc.certificates], input.id);
          const isCandidate = tx.doc.candidates.some((c) => c.id === input.subjectId);
          if (isCandidate) openCandidate(tx.doc, input.subjectId, 'subjectId');
          else if (!tx.doc.people.some((p) => p.id === input.subjectId)) throw notFound('Candidate or person', input.subjectId, 'subjectId');
          const sampledAt = local(input.sampledAt);
          notInFuture(ctx, sampledAt, 'sampledAt');
          const duplicate = tx.doc.certificates.find((c) => sameName(c.institution, input.institution) && sameName(c.certificateNo, input.certificateNo));
          if (duplicate) throw fieldError('certificateNo', `is already recorded from ${duplicate.institution}`, 'conflict');
          const certificate = parseRecord(certificateSchema, stamp(ctx, 'nat', { ...input, sampledAt }));
          tx.doc.certificates = [...tx.doc.certificates, certificate];
          return certificate;
        },
      ),

    /* risk areas */

    'rotation.riskAreas.list': (_input, ctx) =>
      [...ctx.store.doc.riskAreas].sort((a, b) => (a.inForceFrom < b.inForceFrom ? 1 : a.inForceFrom > b.inForceFrom ? -1 : a.name.localeCompare(b.name))),

    'rotation.riskAreas.create': (input, ctx) =>
      ctx.write(
        (a) => `key risk area ${a.name} (${a.level}) listed from ${a.inForceFrom}${a.inForceTo ? ` to ${a.inForceTo}` : ''}`,
        (tx) => {
          refuseTakenId([tx.doc.riskAreas], input.id);
          const area = parseRecord(riskAreaSchema, stamp(ctx, 'risk', input));
          tx.doc.riskAreas = [...tx.doc.riskAreas, area];
          return area;
        },
      ),

    'rotation.riskAreas.update': (input, ctx) =>
      ctx.write(
        (a) => `key risk area ${a.name} (${a.level}) now listed from ${a.inForceFrom}${a.inForceTo ? ` to ${a.inForceTo}` : ' with no end'}`,
        (tx) => {
          const area = parseRecord(riskAreaSchema, mergePatch(find(tx.doc.riskAreas, input.id, 'Risk area'), input, ctx.nowIso()));
          tx.doc.riskAreas = replace(tx.doc.riskAreas, area);
          return area;
        },
      ),

    'rotation.eligibility.check': (input, ctx) => {
      const doc = ctx.store.doc;
      return checkCandidate(doc, find(doc.candidates, input.candidateId, 'Candidate', 'candidateId'), local(input.entryAt), ctx.nowIso());
    },

    /* rotations */

    'rotation.rotations.list': (_input, ctx) => {
      const doc = ctx.store.doc;
      return [...doc.rotations].sort(byHandoverDesc).map(rotationViewer(doc, ctx));
    },

    'rotation.rotations.get': (input, ctx) => {
      const doc = ctx.store.doc;
      return rotationViewer(doc, ctx)(find(doc.rotations, input.id, 'Rotation'));
    },

    'rotation.rotations.request': async (input, ctx) => {
      const rotation = await ctx.write<Rotation>(
        (r) => {
          const names = namesOf(ctx.store.doc);
          return `rotation ${r.id} requested: ${names.candidate(r.incomingCandidateId)?.name} to replace ${names.person(r.outgoingPersonId).name} as ${names.role(r.roleId)} at ${r.plannedHandoverAt}; ${reasonsText(r.check)}`;
        },
        (tx) => {
          const doc = tx.doc;
          const nowMs = ctx.now().getTime();
          const handover = local(input.plannedHandoverAt);
          const leave = local(input.plannedLeaveAt);
          if (instant(handover) <= nowMs) throw fieldError('plannedHandoverAt', 'must be in the future');
          if (instant(leave) <= nowMs) throw fieldError('plannedLeaveAt', 'must be in the future');
          const role = find(doc.roles, input.roleId, 'Staff role', 'roleId');
          const outgoing = find(doc.people, input.outgoingPersonId, 'Person', 'outgoingPersonId');
          if (outgoing.staffRoleId !== role.id) throw fieldError('outgoingPersonId', `${outgoing.name} is not ${role.name} staff`, 'rule_violation');
          if (outgoing.presence !== 'onCampus') throw fieldError('outgoingPersonId', `${outgoing.name} is not on campus`, 'rule_violation');
          const leaving = doc.rotations.find((r) => OPEN.has(r.status) && r.outgoingPersonId === outgoing.id);
          if (leaving) throw fieldError('outgoingPersonId', `${outgoing.name} already leaves in rotation ${leaving.id}`, 'conflict');
          const candidate = find(doc.candidates, input.incomingCandidateId, 'Candidate', 'incomingCandidateId');
          if (candidate.roleId !== role.id) throw fieldError('incomingCandidateId', `${candidate.name} is a candidate for another role`, 'rule_violation');
          const stage = candidateStages(doc.rotations).get(candidate.id) ?? FREE;
          if (stage.stage !== 'free') throw fieldError('incomingCandidateId', `${candidate.name} is already in rotation ${stage.rotationId}`, 'conflict');

          const request = { roleId: role.id, outgoingPersonId: outgoing.id, incomingCandidateId: candidate.id, plannedHandoverAt: handover, plannedLeaveAt: leave };
          const id = ctx.newId('rot');
          const plan = planCheck(doc, ctx, { id, ...request, status: 'request' });
          if (!plan.ok) throw planError(plan.refusal);
          const created = settled(createRequest({ id, at: ctx.nowIso(), request, check: checkCandidate(doc, candidate, handover, ctx.nowIso()) }));
          tx.doc.rotations = [...doc.rotations, created];
          return created;
        },
      );
      return rotationViewer(ctx.store.doc, ctx)(rotation);
    },

    'rotation.rotations.approve': async (input, ctx) => {
      const user = ctx.user!;
      const rotation = await ctx.write<Rotation>(
        (r) => `rotation ${r.id} approved by ${user.displayName}${r.approval?.comment ? `: ${r.approval.comment}` : ''} (${reasonsText(r.check)} for ${r.plannedHandoverAt})`,
        (tx) => {
          const current = find(tx.doc.rotations, input.id, 'Rotation');
          const candidate = find(tx.doc.candidates, current.incomingCandidateId, 'Candidate');
          // Checked again now, for the planned handover: the check filed with the request may be days old.
          const check = checkCandidate(tx.doc, candidate, current.plannedHandoverAt, ctx.nowIso());
          const approved = settled(approve(current, { by: user.id, role: user.role, at: ctx.nowIso(), comment: input.comment, check }));
          const plan = planCheck(tx.doc, ctx, current);
          if (!plan.ok) throw planError(plan.refusal);
          tx.doc.rotations = replace(tx.doc.rotations, approved);
          return approved;
        },
      );
      return rotationViewer(ctx.store.doc, ctx)(rotation);
    },

    'rotation.rotations.reject': async (input, ctx) => {
      const user = ctx.user!;
      const rotation = await ctx.write<Rotation>(
        (r) => `rotation ${r.id} rejected by ${user.displayName}: ${r.approval?.comment}`,
        (tx) => {
          const rejected = settled(reject(find(tx.doc.rotations, input.id, 'Rotation'), { by: user.id, role: user.role, at: ctx.nowIso(), comment: input.comment }));
          tx.doc.rotations = replace(tx.doc.rotations, rejected);
          return rejected;
        },
      );
      return rotationViewer(ctx.store.doc, ctx)(rotation);
    },

    'rotation.rotations.enter': async (input, ctx) => {
      const at = ctx.nowIso();
      const outcome = await ctx.write<{ entered: boolean; rotation: Rotation }>(
        (o) => {
          const names = namesOf(ctx.store.doc);
          const who = names.candidate(o.rotation.incomingCandidateId)?.name;
          return o.entered
            ? `${who} entered as ${names.role(o.rotation.roleId)} (rotation ${o.rotation.id}), replacing ${names.person(o.rotation.outgoingPersonId).name}; entry check passed`
            : `entry of ${who} refused (rotation ${o.rotation.id}): ${reasonsText(o.rotation.entryCheck!)}`;
        },
        (tx) => {
          const current = find(tx.doc.rotations, input.id, 'Rotation');
          const candidate = find(tx.doc.candidates, current.incomingCandidateId, 'Candidate');
          const outgoing = tx.doc.people.find((p) => p.id === current.outgoingPersonId);
          if (!outgoing) throw new HostError('rule_violation', `The outgoing person ${current.outgoingPersonId} no longer exists; cancel this rotation.`, 'id');
          // Checked for this moment, not the planned one: a certificate valid at approval may have expired since.
          const check = checkCandidate(tx.doc, candidate, at, at);
          // The person record is made only once the workflow lets them in; until then the id is a placeholder.
          const result = enter(current, { at, check, incomingPersonId: current.id });
          if (!result.ok && result.refusal.code === 'check_failed') {
            // The refusal is kept on the rotation, so the board shows why the person was turned away.
            const refused = { ...current, entryCheck: check, updatedAt: at };
            tx.doc.rotations = replace(tx.doc.rotations, refused);
            return { entered: false, rotation: refused };
          }
          const person = incomingPerson(tx.doc, ctx, candidate, outgoing, at);
          const entered = { ...settled(result), incomingPersonId: person.id };
          tx.doc.rotations = replace(tx.doc.rotations, entered);
          tx.doc.people = tx.doc.people.some((p) => p.id === person.id) ? replace(tx.doc.people, person) : [...tx.doc.people, person];
          return { entered: true, rotation: entered };
        },
      );
      if (!outcome.entered) {
        throw new HostError('rule_violation', 'The incoming person no longer meets the entry conditions and may not enter.', 'id', {
          kind: 'eligibility',
          check: outcome.rotation.entryCheck!,
        } satisfies RotationRefusalDetails);
      }
      return rotationViewer(ctx.store.doc, ctx)(outcome.rotation);
    },

    'rotation.rotations.markLeft': async (input, ctx) => {
      const at = ctx.nowIso();
      const rotation = await ctx.write<Rotation>(
        (r) => `${namesOf(ctx.store.doc).person(r.outgoingPersonId).name} left the campus (rotation ${r.id} completed)`,
        (tx) => {
          const completed = settled(complete(find(tx.doc.rotations, input.id, 'Rotation'), { at }));
          tx.doc.rotations = replace(tx.doc.rotations, completed);
          tx.doc.people = tx.doc.people.map((p) => (p.id === completed.outgoingPersonId && p.presence === 'onCampus' ? { ...p, presence: 'atHome', updatedAt: at } : p));
          return completed;
        },
      );
      return rotationViewer(ctx.store.doc, ctx)(rotation);
    },

    'rotation.rotations.cancel': async (input, ctx) => {
      const user = ctx.user!;
      const rotation = await ctx.write<Rotation>(
        (r) => `rotation ${r.id} cancelled by ${user.displayName}: ${r.cancellation?.reason}`,
        (tx) => {
          const cancelled = settled(cancel(find(tx.doc.rotations, input.id, 'Rotation'), { by: user.id, at: ctx.nowIso(), reason: input.reason }));
          tx.doc.rotations = replace(tx.doc.rotations, cancelled);
          return cancelled;
        },
      );
      return rotationViewer(ctx.store.doc, ctx)(rotation);
    },

    /* coverage */

    'rotation.coverage': (input, ctx) => {
      const doc = ctx.store.doc;
      const report = computeCoverage(coverageInput(doc, input.from ? local(input.from) : ctx.nowIso(), input.days));
      const names = namesOf(doc);
      const markers: CoverageMarker[] = doc.rotations
        .filter((r) => OPEN.has(r.status))
        .map((r) => ({
          rotationId: r.id,
          roleId: r.roleId,
          status: r.status,
          handoverAt: r.enteredAt ?? r.plannedHandoverAt,
          leaveAt: r.plannedLeaveAt,
          outgoingName: names.person(r.outgoingPersonId).name,
          incomingName: names.candidate(r.incomingCandidateId)?.name ?? r.incomingCandidateId,
        }));
      return { ...report, markers };
    },

    /* NAT (R5) */

    'rotation.nat.schedule': (input, ctx) => {
      const doc = ctx.store.doc;
      if (input.unitId !== undefined) find(doc.units, input.unitId, 'Unit', 'unitId');
      const schedule = natSchedule(doc, ctx);
      const names = namesOf(doc);
      const lastRound = new Map<string, { at: string; ms: number }>();
      for (const round of doc.natRounds) {
        if (round.unitId === undefined) continue;
        const ms = instant(round.testedAt);
        const current = lastRound.get(round.unitId);
        if (!current || ms > current.ms) lastRound.set(round.unitId, { at: round.testedAt, ms });
      }
      const view = (s: PersonNatStatus): NatPersonView => ({
        ...s,
        name: names.person(s.personId).name,
        unitName: names.unit(s.unitId) ?? s.unitId,
        regionName: names.region(s.regionId),
      });
      const regions: NatRegionView[] = schedule.regions.map((g) => ({
        regionId: g.regionId,
        regionName: names.region(g.regionId),
        onCampus: g.units.reduce((n, u) => n + u.people.length, 0),
        overdueCount: g.overdueCount,
        units: g.units.map((u) => {
          const dues = u.people.flatMap((p) => (p.dueOn === null ? [] : [p.dueOn])).sort();
          return {
            unitId: u.unitId,
            unitName: names.unit(u.unitId) ?? u.unitId,
            onCampus: u.people.length,
            overdueCount: u.overdueCount,
            neverTested: u.people.filter((p) => p.lastTestedAt === null).length,
            dueToday: u.people.filter((p) => p.dueOn === schedule.today).length,
            lastRoundAt: lastRound.get(u.unitId)?.at ?? null,
            nextDueOn: dues[0] ?? null,
          };
        }),
      }));
      return {
        today: schedule.today,
        intervalDays: schedule.intervalDays,
        onCampus: schedule.people.length,
        overdueCount: schedule.overdue.length,
        dueTodayCount: schedule.people.filter((p) => p.dueOn === schedule.today).length,
        regions,
        overdue: schedule.overdue.map(view),
        people: input.unitId === undefined ? null : schedule.people.filter((p) => p.unitId === input.unitId).map(view),
      };
    },

    'rotation.nat.recordRound': (input, ctx) =>
      ctx.write(
        (r) => `NAT round for ${r.unitName}: ${r.tested} people sampled at ${r.testedAt}`,
        (tx) => {
          const unit = find(tx.doc.units, input.unitId, 'Unit', 'unitId');
          const testedAt = input.testedAt ? local(input.testedAt) : ctx.nowIso();
          notInFuture(ctx, testedAt, 'testedAt');
          const personIds = tx.doc.people.filter((p) => p.unitId === unit.id && p.presence === 'onCampus').map((p) => p.id);
          if (personIds.length === 0) throw fieldError('unitId', `${unit.name} has nobody on campus to test`, 'rule_violation');
          const round = stamp(ctx, 'natr', { unitId: unit.id, personIds, testedAt, results: [] });
          tx.doc.natRounds = [...tx.doc.natRounds, round];
          return { roundId: round.id, unitId: unit.id, unitName: unit.name, tested: personIds.length, testedAt };
        },
      ),
  };
}
