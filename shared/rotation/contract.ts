import { z } from 'zod';
import type { Role } from '../auth/roles.js';
import type { Presence } from '../campus/schema.js';
import type { Id, IsoDate, IsoDateTime } from '../common/fields.js';
import { idSchema, isoDateTimeSchema } from '../common/fields.js';
import { op } from '../contract/define.js';
import type { CoverageBreach, CoverageReport, CoverageRefusal } from './coverage.js';
import type { PersonNatStatus } from './natSchedule.js';
import {
  attachmentNameSchema,
  candidateShape,
  certificateShape,
  checkRiskAreaRules,
  checkStaffRoleRules,
  checkTravelStayRules,
  contactDeclarationSchema,
  riskAreaShape,
  rotationRequestShape,
  staffRoleShape,
  travelStayShape,
} from './schema.js';
import type { Candidate, Certificate, EligibilityResult, RiskArea, Rotation, RotationStatus, StaffRole, TravelStay } from './schema.js';

/*
 * Access (R3): administrators maintain roles, candidates and the risk-area list, file requests and record what happens
 * at the gate; only principals decide on a request. Logistics staff read, like everyone signed in.
 */
export const ROTATION_MAINTAINERS: readonly Role[] = ['administrator'];
export const ROTATION_DECIDERS: readonly Role[] = ['principal'];

export const MAX_COVERAGE_DAYS = 28;

export interface RoleView extends StaffRole {
  /** The minimum in force: the role's own, else the settings' share of its posts (security). */
  minimum: number;
  /** The settings' share of posts the minimum follows; null when the role states its own. */
  minimumPercent: number | null;
  onCampus: number;
  /** Staff of the role on campus or at home. */
  staff: number;
  /** Candidates for the role who have not entered. */
  candidates: number;
}

/** Where a candidate stands in the workflow. */
export type CandidateStage = 'free' | 'requested' | 'approved' | 'entered';

export interface CandidateView extends Candidate {
  roleName: string | null;
  stage: CandidateStage;
  /** The rotation that set the stage; null while free. */
  rotationId: Id | null;
  /** The person record a candidate became on entry. */
  personId: Id | null;
  stays: number;
  certificates: number;
  latestCertificate: Certificate | null;
  /** The check for entering now: what the list shows at a glance. */
  checkNow: EligibilityResult;
}

export interface CandidateDetail {
  candidate: CandidateView;
  /** Newest first. */
  stays: TravelStay[];
  /** Newest first. */
  certificates: Certificate[];
  rotations: RotationView[];
  /** The check for `entryAt` as asked, else the open rotation's planned handover, else now. */
  check: EligibilityResult;
}

export interface PersonRef {
  id: Id;
  name: string;
  unitId: Id | null;
  unitName: string | null;
  presence: Presence | null;
}

/** Would the plan hold if this request were approved now (R4)? */
export type PlanCheck = { ok: true } | { ok: false; refusal: CoverageRefusal };

export interface RotationView extends Rotation {
  roleName: string;
  outgoing: PersonRef;
  incoming: { candidateId: Id; name: string; phone: string };
  approverName: string | null;
  cancelledByName: string | null;
  /**
   * The check as it stands now: for a request, at the planned handover (what an approval would rely on); for an
   * approved rotation, at this moment (what an entry now would rely on). Null once nothing is left to check.
   */
  liveCheck: EligibilityResult | null;
  /** Requests only: whether approving it now keeps every role at its minimum. */
  planCheck: PlanCheck | null;
}

export interface CoverageMarker {
  rotationId: Id;
  roleId: Id;
  status: RotationStatus;
  handoverAt: IsoDateTime;
  leaveAt: IsoDateTime;
  outgoingName: string;
  incomingName: string;
}

export interface CoverageView extends CoverageReport {
  /** The planned (approved) and under-way (entered) rotations the timeline counts, and the requests it does not. */
  markers: CoverageMarker[];
}

export interface NatPersonView extends PersonNatStatus {
  name: string;
  unitName: string;
  regionName: string | null;
}

export interface NatUnitView {
  unitId: Id;
  unitName: string;
  onCampus: number;
  overdueCount: number;
  neverTested: number;
  dueToday: number;
  /** The latest round recorded for the unit. */
  lastRoundAt: IsoDateTime | null;
  /** The earliest due date among its members; null when someone was never tested. */
  nextDueOn: IsoDate | null;
}

export interface NatRegionView {
  regionId: Id | null;
  regionName: string | null;
  onCampus: number;
  overdueCount: number;
  units: NatUnitView[];
}

export interface NatScheduleView {
  today: IsoDate;
  intervalDays: number;
  onCampus: number;
  overdueCount: number;
  dueTodayCount: number;
  regions: NatRegionView[];
  /** Never tested first, then the most days overdue. */
  overdue: NatPersonView[];
  /** Everyone on campus in the unit asked for, with their last test and next due date. */
  people: NatPersonView[] | null;
}

export interface RoundRecorded {
  roundId: Id;
  unitId: Id;
  unitName: string;
  tested: number;
  testedAt: IsoDateTime;
}

export interface RotationSummary {
  pendingApprovals: number;
  /** Requests that cannot be approved as they stand (eligibility or coverage). */
  blockedRequests: number;
  planned: number;
  /** Entered, waiting for the outgoing person to leave. */
  underWay: number;
  natOverdue: number;
  natOverdueUnits: number;
  /** The earliest moment in the next 14 days a role is below its minimum, if any. */
  firstBreach: CoverageBreach | null;
}

/** What a refused request, approval or entry carries in `details`, so the UI can show it in its own words. */
export type RotationRefusalDetails = { kind: 'eligibility'; check: EligibilityResult } | { kind: 'coverage'; refusal: CoverageRefusal };

const empty = z.object({}).strict();
const byId = z.object({ id: idSchema }).strict();
const optionalId = { id: idSchema.optional() };
const commentSchema = z.string().trim().max(2000, 'must be at most 2000 characters');
const requiredText = commentSchema.min(1, 'must not be empty');

export const roleCreateInputSchema = z.object({ ...optionalId, ...staffRoleShape }).strict().superRefine(checkStaffRoleRules);
/**
 * A patch: absent fields are kept; `minOnCampus: null` goes back to the rule default (security only). Refused when it
 * raises the minimum above a gap an approved rotation leaves (details: coverage): that plan was approved against the
 * old minimum.
 */
export const roleUpdateInputSchema = z
  .object({ id: idSchema, ...z.object(staffRoleShape).partial().shape, minOnCampus: staffRoleShape.minOnCampus.unwrap().nullish() })
  .strict();

export const candidateCreateInputSchema = z.object({ ...optionalId, ...candidateShape }).strict();
export const candidateUpdateInputSchema = z
  .object({ id: idSchema, ...z.object(candidateShape).partial().shape, attachments: z.array(attachmentNameSchema).optional() })
  .strict();
export const contactAddInputSchema = z.object({ candidateId: idSchema, ...contactDeclarationSchema.shape }).strict();
export const stayAddInputSchema = z.object({ ...optionalId, ...travelStayShape }).strict().superRefine(checkTravelStayRules);
export const certificateAddInputSchema = z.object({ ...optionalId, ...certificateShape }).strict();

export const riskAreaCreateInputSchema = z.object({ ...optionalId, ...riskAreaShape }).strict().superRefine(checkRiskAreaRules);
/** A patch; `inForceTo: null` puts the area back in force with no end. */
export const riskAreaUpdateInputSchema = z
  .object({ id: idSchema, ...z.object(riskAreaShape).partial().shape, inForceTo: riskAreaShape.inForceTo.unwrap().nullish() })
  .strict();

export const rotationRequestInputSchema = z.object(rotationRequestShape).strict();

export const rotationContract = {
  'rotation.summary': op<RotationSummary>()({ input: empty, access: 'signedIn', mutates: false }),

  'rotation.roles.list': op<RoleView[]>()({ input: empty, access: 'signedIn', mutates: false }),
  'rotation.roles.create': op<StaffRole>()({ input: roleCreateInputSchema, access: ROTATION_MAINTAINERS, mutates: true }),
  'rotation.roles.update': op<StaffRole>()({ input: roleUpdateInputSchema, access: ROTATION_MAINTAINERS, mutates: true }),

  'rotation.candidates.list': op<CandidateView[]>()({ input: empty, access: 'signedIn', mutates: false }),
  'rotation.candidates.get': op<CandidateDetail>()({
    input: z.object({ id: idSchema, entryAt: isoDateTimeSchema.optional() }).strict(),
    access: 'signedIn',
    mutates: false,
  }),
  'rotation.candidates.create': op<Candidate>()({ input: candidateCreateInputSchema, access: ROTATION_MAINTAINERS, mutates: true }),
  'rotation.candidates.update': op<Candidate>()({ input: candidateUpdateInputSchema, access: ROTATION_MAINTAINERS, mutates: true }),
  'rotation.candidates.addContact': op<Candidate>()({ input: contactAddInputSchema, access: ROTATION_MAINTAINERS, mutates: true }),
  'rotation.candidates.addStay': op<TravelStay>()({ input: stayAddInputSchema, access: ROTATION_MAINTAINERS, mutates: true }),
  /** For a candidate, or for a person on campus (it then counts as their latest test for R5). */
  'rotation.certificates.add': op<Certificate>()({ input: certificateAddInputSchema, access: ROTATION_MAINTAINERS, mutates: true }),

  /** Newest in force first. */
  'rotation.riskAreas.list': op<RiskArea[]>()({ input: empty, access: 'signedIn', mutates: false }),
  'rotation.riskAreas.create': op<RiskArea>()({ input: riskAreaCreateInputSchema, access: ROTATION_MAINTAINERS, mutates: true }),
  'rotation.riskAreas.update': op<RiskArea>()({ input: riskAreaUpdateInputSchema, access: ROTATION_MAINTAINERS, mutates: true }),

  /** R2 for a candidate entering at `entryAt`; lists every reason that fails. */
  'rotation.eligibility.check': op<EligibilityResult>()({
    input: z.object({ candidateId: idSchema, entryAt: isoDateTimeSchema }).strict(),
    access: 'signedIn',
    mutates: false,
  }),

  /** Newest planned handover first. */
  'rotation.rotations.list': op<RotationView[]>()({ input: empty, access: 'signedIn', mutates: false }),
  'rotation.rotations.get': op<RotationView>()({ input: byId, access: 'signedIn', mutates: false }),
  /**
   * Filed whatever the eligibility check says (its reasons are kept on the record); refused when the outgoing person
   * or the candidate is not free, or when the swap would drop the role below its minimum (details: coverage).
   */
  'rotation.rotations.request': op<RotationView>()({ input: rotationRequestInputSchema, access: ROTATION_MAINTAINERS, mutates: true }),
  /** Checks again for the planned handover and against the plan as it is now; the decision is final. */
  'rotation.rotations.approve': op<RotationView>()({
    input: z.object({ id: idSchema, comment: commentSchema.default('') }).strict(),
    access: ROTATION_DECIDERS,
    mutates: true,
  }),
  'rotation.rotations.reject': op<RotationView>()({ input: z.object({ id: idSchema, comment: requiredText }).strict(), access: ROTATION_DECIDERS, mutates: true }),
  /** The incoming person arrives now: checked again for this moment; on success they become a person on campus. */
  'rotation.rotations.enter': op<RotationView>()({ input: byId, access: ROTATION_MAINTAINERS, mutates: true }),
  /** The outgoing person leaves now: they are marked at home and the rotation completes. */
  'rotation.rotations.markLeft': op<RotationView>()({ input: byId, access: ROTATION_MAINTAINERS, mutates: true }),
  'rotation.rotations.cancel': op<RotationView>()({ input: z.object({ id: idSchema, reason: requiredText }).strict(), access: ROTATION_MAINTAINERS, mutates: true }),

  /** On-campus count per role against its minimum, from `from` (now) over `days` (14), with every planned move. */
  'rotation.coverage': op<CoverageView>()({
    input: z
      .object({
        from: isoDateTimeSchema.optional(),
        days: z.int('must be a whole number').min(1, 'must be at least 1').max(MAX_COVERAGE_DAYS, `must be at most ${MAX_COVERAGE_DAYS}`).default(14),
      })
      .strict(),
    access: 'signedIn',
    mutates: false,
  }),

  /** R5: who is due or overdue, by region and unit; with `unitId`, everyone of that unit. */
  'rotation.nat.schedule': op<NatScheduleView>()({ input: z.object({ unitId: idSchema.optional() }).strict(), access: 'signedIn', mutates: false }),
  /** Everyone of the unit on campus was sampled at `testedAt` (now by default). */
  'rotation.nat.recordRound': op<RoundRecorded>()({
    input: z.object({ unitId: idSchema, testedAt: isoDateTimeSchema.optional() }).strict(),
    access: ROTATION_MAINTAINERS,
    mutates: true,
  }),
};
