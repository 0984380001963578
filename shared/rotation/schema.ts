import { z } from 'zod';
import { idNumberSchema, phoneSchema } from '../campus/schema.js';
import { idSchema, isoDateSchema, isoDateTimeSchema, nameSchema, recordBase } from '../common/fields.js';

export const STAFF_ROLE_KINDS = [
  'management',
  'teachingAssistant',
  'canteen',
  'cleaning',
  'security',
  'medical',
  'maintenance',
  'other',
] as const;
export const ROTATION_STATUSES = ['request', 'rejected', 'approved', 'entered', 'completed', 'cancelled'] as const;
export const CONTACT_KINDS = ['closeContact', 'caseContact'] as const;
export const NAT_RESULTS = ['negative', 'positive'] as const;
/* The list holds key risk areas only, so every level counts for R2; the level is shown, not weighed. */
export const RISK_LEVELS = ['high', 'medium'] as const;

export const staffRoleKindSchema = z.enum(STAFF_ROLE_KINDS);
/** `approved` is the planned state: approved, waiting for the incoming person to enter. */
export const rotationStatusSchema = z.enum(ROTATION_STATUSES);
export const contactKindSchema = z.enum(CONTACT_KINDS);
export const natResultSchema = z.enum(NAT_RESULTS);
export const riskLevelSchema = z.enum(RISK_LEVELS);

export type StaffRoleKind = z.infer<typeof staffRoleKindSchema>;
export type RotationStatus = z.infer<typeof rotationStatusSchema>;
export type ContactKind = z.infer<typeof contactKindSchema>;
export type NatResult = z.infer<typeof natResultSchema>;
export type RiskLevel = z.infer<typeof riskLevelSchema>;

const wholeCount = z.int('must be a whole number').nonnegative('must not be negative');
const commentSchema = z.string().trim().max(2000, 'must be at most 2000 characters');

export const rotationSettingsSchema = z.object({
  lookBackDays: z.int('must be a whole number').min(1, 'must be at least 1 day').max(60, 'must be at most 60 days').default(14),
  natValidityHours: z.int('must be a whole number').min(1, 'must be at least 1 hour').max(168, 'must be at most 168 hours').default(24),
  natIntervalDays: z.int('must be a whole number').min(1, 'must be at least 1 day').max(30, 'must be at most 30 days').default(3),
  /** R4's default minimum for security: this share of its posts (rounded up) when the role states none. */
  securityMinPercent: z.int('must be a whole number').min(0, 'must be at least 0 %').max(100, 'must be at most 100 %').default(100),
});
export type RotationSettings = z.infer<typeof rotationSettingsSchema>;
export const DEFAULT_ROTATION_SETTINGS: RotationSettings = rotationSettingsSchema.parse({});

/*
 * Field shapes are exported so the stored document and the API contract can compose them (zod refuses .omit/.partial
 * on refined objects); cross-field rules are exported check functions shared by record and input schemas.
 */
export const staffRoleShape = {
  name: nameSchema,
  kind: staffRoleKindSchema,
  posts: wholeCount,
  /** Absent: the settings' default applies, which exists only for security; other kinds must state theirs. */
  minOnCampus: wholeCount.optional(),
};

type StaffRoleRuleFields = { kind: StaffRoleKind; posts: number; minOnCampus?: number | undefined };

export function checkStaffRoleRules(r: StaffRoleRuleFields, ctx: z.core.$RefinementCtx<StaffRoleRuleFields>): void {
  if (r.minOnCampus === undefined && r.kind !== 'security') {
    ctx.addIssue({ code: 'custom', path: ['minOnCampus'], message: `is required for a ${r.kind} role (the rule sets a default only for security)` });
  }
  if (r.minOnCampus !== undefined && r.minOnCampus > r.posts) {
    ctx.addIssue({ code: 'custom', path: ['minOnCampus'], message: 'must not exceed the number of posts' });
  }
}

/** Dates, not instants: people declare where they were and whom they met by the day. */
export const contactDeclarationSchema = z.object({
  kind: contactKindSchema,
  on: isoDateSchema,
});
export type ContactDeclaration = z.infer<typeof contactDeclarationSchema>;

/** A bare file name: the host resolves it inside the campus's attachment folder, so a path must not escape it. */
export const attachmentNameSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(255, 'must be at most 255 characters')
  .regex(/^(?!\.\.?$)[^/\\\u0000-\u001f]+$/, 'must be a file name without a folder');

/** A replacement who is not on campus yet; becomes a person record when entered. */
export const candidateShape = {
  name: nameSchema,
  idNumber: idNumberSchema,
  /** The staff role the candidate would fill. */
  roleId: idSchema,
  phone: phoneSchema,
  /** An empty list is a declaration of no contact, not a missing one: the host requires the field. */
  contacts: z.array(contactDeclarationSchema),
  attachments: z.array(attachmentNameSchema).default([]),
};

export const certificateShape = {
  /** A candidate id or a person id: certificates outlive the move onto campus. */
  subjectId: idSchema,
  sampledAt: isoDateTimeSchema,
  result: natResultSchema,
  institution: nameSchema,
  certificateNo: z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters'),
};

export const travelStayShape = {
  subjectId: idSchema,
  place: nameSchema,
  /** Set when the place was picked from the risk-area list; matched as well as the place. */
  riskAreaName: nameSchema.optional(),
  from: isoDateSchema,
  /** Absent: still there (a residence). */
  to: isoDateSchema.optional(),
};

export const riskAreaShape = {
  name: nameSchema,
  level: riskLevelSchema,
  inForceFrom: isoDateSchema,
  /** Absent: still in force. */
  inForceTo: isoDateSchema.optional(),
};

/* YYYY-MM-DD dates carry no offset, so they order as strings. */
function endsBeforeStart(from: string, to: string | undefined): boolean {
  return to !== undefined && to < from;
}

type StaySpan = { from: string; to?: string | undefined };

export function checkTravelStayRules(s: StaySpan, ctx: z.core.$RefinementCtx<StaySpan>): void {
  if (endsBeforeStart(s.from, s.to)) ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not precede the start' });
}

type RiskAreaSpan = { inForceFrom: string; inForceTo?: string | undefined };

export function checkRiskAreaRules(a: RiskAreaSpan, ctx: z.core.$RefinementCtx<RiskAreaSpan>): void {
  if (endsBeforeStart(a.inForceFrom, a.inForceTo)) {
    ctx.addIssue({ code: 'custom', path: ['inForceTo'], message: 'must not precede the start' });
  }
}

export const natRoundResultSchema = z.object({ personId: idSchema, result: natResultSchema });
export type NatRoundResult = z.infer<typeof natRoundResultSchema>;

/**
 * Who was sampled is stored as people, also for a unit round: unit membership changes, and the schedule must credit
 * the people who were actually tested then, not whoever is in the unit now.
 */
export const natRoundShape = {
  /** The unit the round was recorded for, if it was a unit round. */
  unitId: idSchema.optional(),
  personIds: z.array(idSchema).min(1, 'must list at least one person'),
  testedAt: isoDateTimeSchema,
  /** Results arrive after sampling; a person without a result has still been tested for R5. */
  results: z.array(natRoundResultSchema).default([]),
};

type NatRoundRuleFields = { personIds: string[]; results: NatRoundResult[] };

export function checkNatRoundRules(r: NatRoundRuleFields, ctx: z.core.$RefinementCtx<NatRoundRuleFields>): void {
  const sampled = new Set(r.personIds);
  r.results.forEach((res, i) => {
    if (!sampled.has(res.personId)) ctx.addIssue({ code: 'custom', path: ['results', i, 'personId'], message: 'was not sampled in this round' });
  });
}

export const eligibilityReasonSchema = z.discriminatedUnion('code', [
  /** The overlap is the days the subject was in the place while it was a key risk area, inside the look-back window. */
  z.object({
    code: z.literal('risk_area_stay'),
    stayId: idSchema,
    place: z.string(),
    riskAreaId: idSchema,
    riskAreaName: z.string(),
    level: riskLevelSchema,
    overlapFrom: isoDateSchema,
    overlapTo: isoDateSchema,
  }),
  z.object({ code: z.literal('contact_history'), kind: contactKindSchema, on: isoDateSchema }),
  z.object({ code: z.literal('nat_positive'), certificateId: idSchema, sampledAt: isoDateTimeSchema }),
  /** The latest negative sampled before entry, too old: `validFrom` is the earliest sampling time that would do. */
  z.object({ code: z.literal('nat_expired'), certificateId: idSchema, sampledAt: isoDateTimeSchema, validFrom: isoDateTimeSchema }),
  /** Only negatives sampled after the entry time: a test taken later says nothing about the state at entry. */
  z.object({ code: z.literal('nat_after_entry'), certificateId: idSchema, sampledAt: isoDateTimeSchema, validFrom: isoDateTimeSchema }),
  z.object({ code: z.literal('nat_missing'), validFrom: isoDateTimeSchema }),
]);
export type EligibilityReason = z.infer<typeof eligibilityReasonSchema>;
export type EligibilityReasonCode = EligibilityReason['code'];

export const eligibilityResultSchema = z.object({
  eligible: z.boolean(),
  reasons: z.array(eligibilityReasonSchema),
  checkedAt: isoDateTimeSchema,
  entryAt: isoDateTimeSchema,
});
export type EligibilityResult = z.infer<typeof eligibilityResultSchema>;

/** R3: recorded once and never edited, so the type is readonly and the workflow never writes it twice. */
export const approvalSchema = z
  .object({
    /** User id of the principal. */
    by: idSchema,
    at: isoDateTimeSchema,
    decision: z.enum(['approved', 'rejected']),
    comment: commentSchema,
  })
  .readonly();
export type Approval = z.infer<typeof approvalSchema>;

export const cancellationSchema = z.object({ by: idSchema, at: isoDateTimeSchema, reason: commentSchema.min(1, 'a reason is required') });
export type Cancellation = z.infer<typeof cancellationSchema>;

/** What a request states; everything else is set by the workflow. */
export const rotationRequestShape = {
  roleId: idSchema,
  outgoingPersonId: idSchema,
  incomingCandidateId: idSchema,
  /** The handover: when the incoming person enters; eligibility is checked for this instant. */
  plannedHandoverAt: isoDateTimeSchema,
  /**
   * When the outgoing person leaves. Not forced to follow the handover: a role above its minimum can let someone
   * leave first, and coverage (R4) is what decides.
   */
  plannedLeaveAt: isoDateTimeSchema,
};

export const rotationShape = {
  ...rotationRequestShape,
  ...rotationRequestShape,
  status: rotationStatusSchema,
  /** The check the request or the decision relied on; refreshed at approval, frozen from then on. */
  check: eligibilityResultSchema,
  approval: approvalSchema.optional(),
  /** The re-check at the actual entry time. */
  entryCheck: eligibilityResultSchema.optional(),
  enteredAt: isoDateTimeSchema.optional(),
  /** The person record the incoming candidate became on entry. */
  incomingPersonId: idSchema.optional(),
  leftAt: isoDateTimeSchema.optional(),
  cancellation: cancellationSchema.optional(),
};

type RotationRuleFields = Pick<
  z.infer<z.ZodObject<typeof rotationShape>>,
  'status' | 'approval' | 'entryCheck' | 'enteredAt' | 'incomingPersonId' | 'leftAt' | 'cancellation'
>;

/* The forward path; `rejected` and `cancelled` leave it and are checked on their own. */
const ROTATION_PATH: readonly RotationStatus[] = ['request', 'approved', 'entered', 'completed'];

/** The record carries what its status says happened, so a stored rotation cannot claim an approval it lacks (R3). */
export function checkRotationRules(r: RotationRuleFields, ctx: z.core.$RefinementCtx<RotationRuleFields>): void {
  const reached = (s: RotationStatus) => ROTATION_PATH.indexOf(r.status) >= ROTATION_PATH.indexOf(s);
  const need = (present: boolean, path: string, what: string) => {
    if (!present) ctx.addIssue({ code: 'custom', path: [path], message: `is required for a ${r.status} rotation (${what})` });
  };
  if (reached('approved')) need(r.approval?.decision === 'approved', 'approval', 'an approval');
  if (r.status === 'rejected') need(r.approval?.decision === 'rejected', 'approval', 'a rejection');
  if (reached('entered')) {
    need(r.enteredAt !== undefined, 'enteredAt', 'the entry time');
    need(r.entryCheck?.eligible === true, 'entryCheck', 'a passed entry check');
    need(r.incomingPersonId !== undefined, 'incomingPersonId', 'the person record');
  }
  if (r.status === 'completed') need(r.leftAt !== undefined, 'leftAt', 'the departure time');
  if (r.status === 'cancelled') need(r.cancellation !== undefined, 'cancellation', 'who cancelled and why');
}

export const staffRoleSchema = z.object({ ...recordBase, ...staffRoleShape }).superRefine(checkStaffRoleRules);
export const candidateSchema = z.object({ ...recordBase, ...candidateShape });
export const certificateSchema = z.object({ ...recordBase, ...certificateShape });
export const travelStaySchema = z.object({ ...recordBase, ...travelStayShape }).superRefine(checkTravelStayRules);
export const riskAreaSchema = z.object({ ...recordBase, ...riskAreaShape }).superRefine(checkRiskAreaRules);
export const natRoundSchema = z.object({ ...recordBase, ...natRoundShape }).superRefine(checkNatRoundRules);
export const rotationSchema = z.object({ ...recordBase, ...rotationShape }).superRefine(checkRotationRules);

export type StaffRole = z.infer<typeof staffRoleSchema>;
export type Candidate = z.infer<typeof candidateSchema>;
export type Certificate = z.infer<typeof certificateSchema>;
export type TravelStay = z.infer<typeof travelStaySchema>;
export type RiskArea = z.infer<typeof riskAreaSchema>;
export type NatRound = z.infer<typeof natRoundSchema>;
export type Rotation = z.infer<typeof rotationSchema>;
