import { z } from 'zod';
import { idSchema, isoDateTimeSchema, nameSchema, recordBase } from '../common/fields.js';

export const BUILDING_KINDS = ['classroom', 'dormitory', 'canteen', 'office', 'gate', 'other'] as const;
export const UNIT_KINDS = ['class', 'dormFloor', 'staffTeam', 'other'] as const;
export const UNIT_STATUSES = ['normal', 'observation', 'isolated'] as const;
export const PERSON_KINDS = ['student', 'teacher', 'staff'] as const;
export const BOARDING_KINDS = ['boarder', 'day'] as const;
export const PRESENCES = ['onCampus', 'atHome'] as const;

export const buildingKindSchema = z.enum(BUILDING_KINDS);
export const unitKindSchema = z.enum(UNIT_KINDS);
export const unitStatusSchema = z.enum(UNIT_STATUSES);
export const personKindSchema = z.enum(PERSON_KINDS);
export const boardingSchema = z.enum(BOARDING_KINDS);
export const presenceSchema = z.enum(PRESENCES);

export type BuildingKind = z.infer<typeof buildingKindSchema>;
export type UnitKind = z.infer<typeof unitKindSchema>;
export type UnitStatus = z.infer<typeof unitStatusSchema>;
export type PersonKind = z.infer<typeof personKindSchema>;
export type Boarding = z.infer<typeof boardingSchema>;
export type Presence = z.infer<typeof presenceSchema>;

export const regionCodeSchema = z.string().trim().min(1, 'must not be empty').max(32, 'must be at most 32 characters');
export const phoneSchema = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 -]{2,30}$/, 'must be a phone number (digits, spaces, -, optional leading +)');
export const idNumberSchema = z.string().trim().min(1, 'must not be empty').max(64, 'must be at most 64 characters');
export const statusReasonSchema = z.string().trim().min(1, 'a reason is required').max(500, 'must be at most 500 characters');

export const statusChangeSchema = z
  .object({
    from: unitStatusSchema,
    to: unitStatusSchema,
    at: isoDateTimeSchema,
    /** User id of whoever made the change. */
    by: idSchema,
    reason: statusReasonSchema,
  })
  .refine((c) => c.from !== c.to, { path: ['to'], message: 'must differ from the previous status' });
export type StatusChange = z.infer<typeof statusChangeSchema>;

/*
 * Field shapes are exported so other schemas (the stored document, the API contract) can compose them:
 * zod refuses .omit/.partial on objects that carry refinements, so composition must start from the shapes.
 */
export const regionShape = { name: nameSchema, code: regionCodeSchema.optional() };
export const buildingShape = {
  name: nameSchema,
  kind: buildingKindSchema,
  regionId: idSchema,
  floors: z.int('must be a whole number').min(1, 'must be at least 1'),
};
/** Unit fields an administrator edits; status and its history change only through a status transition. */
export const unitEditableShape = {
  name: nameSchema,
  kind: unitKindSchema,
  regionId: idSchema,
  /** Home building (classroom for a class, office for a staff team …). */
  buildingId: idSchema,
  /** The dormitory building where the unit sleeps, if any. */
  dormitoryId: idSchema.optional(),
};
export const unitShape = {
  ...unitEditableShape,
  status: unitStatusSchema,
  statusHistory: z.array(statusChangeSchema),
};
export const personShape = {
  name: nameSchema,
  kind: personKindSchema,
  /** Id of a staff role owned by the rotations module; staff only. */
  staffRoleId: idSchema.optional(),
  /** Students only: teachers and staff stay on site under R1, so the distinction does not apply to them. */
  boarding: boardingSchema.optional(),
  presence: presenceSchema,
  unitId: idSchema,
  phone: phoneSchema.optional(),
  idNumber: idNumberSchema.optional(),
};

type PersonRuleFields = { kind: PersonKind; staffRoleId?: string | undefined; boarding?: Boarding | undefined };

/** Person invariants that span fields; shared by the record and create schemas. */
export function checkPersonRules(p: PersonRuleFields, ctx: z.core.$RefinementCtx<PersonRuleFields>): void {
  if (p.staffRoleId !== undefined && p.kind !== 'staff') {
    ctx.addIssue({ code: 'custom', path: ['staffRoleId'], message: 'only staff have a staff role' });
  }
  if (p.kind === 'student' && p.boarding === undefined) {
    ctx.addIssue({ code: 'custom', path: ['boarding'], message: 'is required for a student (boarder or day)' });
  }
  if (p.kind !== 'student' && p.boarding !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['boarding'], message: 'applies to students only' });
  }
}

type UnitStatusFields = { status: UnitStatus; statusHistory: StatusChange[] };

/** The history is a chain from `normal` in time order whose last step is the current status. */
export function checkStatusHistory(u: UnitStatusFields, ctx: z.core.$RefinementCtx<UnitStatusFields>): void {
  let current: UnitStatus = 'normal';
  let previousAt = Number.NEGATIVE_INFINITY;
  u.statusHistory.forEach((change, i) => {
    if (change.from !== current) {
      ctx.addIssue({ code: 'custom', path: ['statusHistory', i, 'from'], message: `must be ${current}, the status before this change` });
    }
    const at = Date.parse(change.at);
    if (at < previousAt) {
      ctx.addIssue({ code: 'custom', path: ['statusHistory', i, 'at'], message: 'must not precede the previous change' });
    }
    previousAt = at;
    current = change.to;
  });
  if (u.status !== current) {
    ctx.addIssue({ code: 'custom', path: ['status'], message: `must be ${current}, the last status in its history` });
  }
}

export const regionSchema = z.object({ ...recordBase, ...regionShape });
export const buildingSchema = z.object({ ...recordBase, ...buildingShape });
export const unitSchema = z.object({ ...recordBase, ...unitShape }).superRefine(checkStatusHistory);
export const personSchema = z.object({ ...recordBase, ...personShape }).superRefine(checkPersonRules);

export type Region = z.infer<typeof regionSchema>;
export type Building = z.infer<typeof buildingSchema>;
export type Unit = z.infer<typeof unitSchema>;
export type Person = z.infer<typeof personSchema>;

/* Create inputs: the host assigns createdAt/updatedAt, and the id when none is given. A new unit starts `normal`. */
const optionalId = { id: idSchema.optional() };
export const regionCreateSchema = z.object({ ...optionalId, ...regionShape });
export const buildingCreateSchema = z.object({ ...optionalId, ...buildingShape });
export const unitCreateSchema = z.object({ ...optionalId, ...unitEditableShape });
export const personCreateSchema = z.object({ ...optionalId, ...personShape }).superRefine(checkPersonRules);

export type RegionCreate = z.infer<typeof regionCreateSchema>;
export type BuildingCreate = z.infer<typeof buildingCreateSchema>;
export type UnitCreate = z.infer<typeof unitCreateSchema>;
export type PersonCreate = z.infer<typeof personCreateSchema>;

/*
 * Update inputs are patches: an absent field is kept, `null` clears an optional field. Cross-field rules cannot be
 * judged on a patch alone, so the host merges it (mergePatch) and validates the result with the record schema.
 */
export const regionUpdateSchema = z.object({ id: idSchema, name: nameSchema.optional(), code: regionCodeSchema.nullish() });
export const buildingUpdateSchema = z.object({ id: idSchema, ...z.object(buildingShape).partial().shape });
export const unitUpdateSchema = z.object({
  id: idSchema,
  ...z.object(unitEditableShape).partial().shape,
  dormitoryId: idSchema.nullish(),
});
export const personUpdateSchema = z.object({
  id: idSchema,
  ...z.object(personShape).partial().shape,
  staffRoleId: idSchema.nullish(),
  boarding: boardingSchema.nullish(),
  phone: phoneSchema.nullish(),
  idNumber: idNumberSchema.nullish(),
});

export type RegionUpdate = z.infer<typeof regionUpdateSchema>;
export type BuildingUpdate = z.infer<typeof buildingUpdateSchema>;
export type UnitUpdate = z.infer<typeof unitUpdateSchema>;
export type PersonUpdate = z.infer<typeof personUpdateSchema>;

/** A status change as the user requests it; the host adds who and when. */
export const unitStatusChangeInputSchema = z.object({ unitId: idSchema, to: unitStatusSchema, reason: statusReasonSchema });
export type UnitStatusChangeInput = z.infer<typeof unitStatusChangeInputSchema>;

/** Applies an update patch: absent fields keep their value, `null` removes an optional field. */
export function mergePatch<T extends { id: string; updatedAt: string }>(
  record: T,
  patch: { id: string } & { [K in keyof T]?: T[K] | null },
  now: string,
): T {
  const merged: Record<string, unknown> = { ...record };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete merged[key];
    else if (value !== undefined) merged[key] = value;
  }
  return { ...merged, id: record.id, updatedAt: now } as T;
}
