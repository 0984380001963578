import { z } from 'zod';
import { idSchema, isoDateSchema, isoDateTimeSchema, nameSchema, recordBase } from '../common/fields.js';

export const ROOM_KINDS = ['classroom', 'dormitory', 'canteen', 'office', 'other'] as const;
export const FUEL_KINDS = ['coal', 'gas', 'oil', 'district'] as const;

export const roomKindSchema = z.enum(ROOM_KINDS);
export const fuelKindSchema = z.enum(FUEL_KINDS);

export type RoomKind = z.infer<typeof roomKindSchema>;
export type FuelKind = z.infer<typeof fuelKindSchema>;

/* Bounds catch typos (a dropped decimal point, °F for °C), not physics. */
export const indoorCelsiusSchema = z
  .number({ message: 'must be a number' })
  .finite('must be finite')
  .min(-40, 'must be at least -40 °C')
  .max(60, 'must be at most 60 °C');
export const outdoorCelsiusSchema = z
  .number({ message: 'must be a number' })
  .finite('must be finite')
  .min(-70, 'must be at least -70 °C')
  .max(60, 'must be at most 60 °C');
export const minCelsiusSchema = z
  .number({ message: 'must be a number' })
  .finite('must be finite')
  .min(0, 'must be at least 0 °C')
  .max(35, 'must be at most 35 °C');

/**
 * Who is in a heated space: its linked units (occupants are their on-campus headcount, derived, never entered),
 * or a number entered for spaces no unit is assigned to (an office, a canteen kitchen).
 */
export const occupancySchema = z.discriminatedUnion('source', [
  z.object({ source: z.literal('units'), unitIds: z.array(idSchema).min(1, 'link at least one unit') }),
  z.object({ source: z.literal('entered'), count: z.int('must be a whole number').nonnegative('must not be negative') }),
]);
export type Occupancy = z.infer<typeof occupancySchema>;

/*
 * Field shapes are exported so the stored document and the API contract can compose them (zod refuses .omit/.partial
 * on refined objects).
 */
export const roomShape = {
  name: nameSchema,
  kind: roomKindSchema,
  /** A space is a room inside this building, or the whole building when it is named for it. */
  buildingId: idSchema.optional(),
  occupancy: occupancySchema,
  /**
   * Absent: the space follows the settings' minimum for its kind, so an edited rule reaches every such space.
   * R9 sets a default only for classrooms and dormitories; other kinds must state theirs.
   */
  minCelsius: minCelsiusSchema.optional(),
};

type RoomRuleFields = { kind: RoomKind; minCelsius?: number | undefined };

/** A room invariant that spans fields; shared by the record and create schemas. */
export function checkRoomRules(r: RoomRuleFields, ctx: z.core.$RefinementCtx<RoomRuleFields>): void {
  if (r.minCelsius === undefined && !hasRuleMinimum(r.kind)) {
    ctx.addIssue({
      code: 'custom',
      path: ['minCelsius'],
      message: `is required for a ${r.kind} space (the rule sets a default only for classrooms and dormitories)`,
    });
  }
}

export function hasRuleMinimum(kind: RoomKind): kind is 'classroom' | 'dormitory' {
  return kind === 'classroom' || kind === 'dormitory';
}

export const readingShape = {
  roomId: idSchema,
  /** When the temperature was measured, not when it was entered. */
  at: isoDateTimeSchema,
  celsius: indoorCelsiusSchema,
  /** User id of whoever entered or imported the reading. */
  by: idSchema,
};

/** Daily mean outdoor temperature, one record per date, for heating degree-days. */
export const outdoorShape = {
  date: isoDateSchema,
  meanCelsius: outdoorCelsiusSchema,
};

export const roomSchema = z.object({ ...recordBase, ...roomShape }).superRefine(checkRoomRules);
export const readingSchema = z.object({ ...recordBase, ...readingShape });
export const outdoorSchema = z.object({ ...recordBase, ...outdoorShape });

export type Room = z.infer<typeof roomSchema>;
export type Reading = z.infer<typeof readingSchema>;
export type Outdoor = z.infer<typeof outdoorSchema>;

export const heatingSettingsSchema = z.object({
  classroomMinCelsius: minCelsiusSchema.default(18),
  dormitoryMinCelsius: minCelsiusSchema.default(18),
  /** A space whose latest reading is older than this is unknown, never covered. */
  readingMaxAgeHours: z.number().positive('must be more than 0').max(168, 'must be at most 168 hours').default(6),
  hddBaseCelsius: z
    .number({ message: 'must be a number' })
    .finite('must be finite')
    .min(0, 'must be at least 0 °C')
    .max(30, 'must be at most 30 °C')
    .default(18),
  /* District heat is the default because it assumes no stock: fuel cover stays "not applicable" until configured. */
  fuelKind: fuelKindSchema.default('district'),
  /** The supplies item whose stock is the heating fuel; none for district heat. */
  fuelItemId: idSchema.optional(),
  /**
   * Fuel (in the item's unit) per heating degree-day when the history is too short to fit one. No default: a made-up
   * rate would forecast a run-out date nobody should trust.
   */
  fuelPerDegreeDayFallback: z
    .number({ message: 'must be a number' })
    .finite('must be finite')
    .positive('must be more than 0')
    .nullable()
    .default(null),
  /** Days with degree-days > 0 needed before a fitted rate replaces the fallback. */
  fuelFitMinDays: z.int('must be a whole number').min(2, 'must be at least 2').max(365, 'must be at most 365').default(14),
});
export type HeatingSettings = z.infer<typeof heatingSettingsSchema>;

/* Inputs: the host assigns id, createdAt/updatedAt and `by` (the signed-in user). */
const optionalId = { id: idSchema.optional() };
export const roomCreateSchema = z.object({ ...optionalId, ...roomShape }).superRefine(checkRoomRules);
export type RoomCreate = z.infer<typeof roomCreateSchema>;

/**
 * A patch: an absent field is kept; `null` clears buildingId or makes minCelsius follow the settings again. The host
 * merges it (mergePatch) and validates the result with roomSchema.
 */
export const roomUpdateSchema = z.object({
  id: idSchema,
  ...z.object(roomShape).partial().shape,
  buildingId: idSchema.nullish(),
  minCelsius: minCelsiusSchema.nullish(),
});
export type RoomUpdate = z.infer<typeof roomUpdateSchema>;

/** One reading entered by hand. */
export const readingInputSchema = z.object({ roomId: idSchema, at: isoDateTimeSchema, celsius: indoorCelsiusSchema });
export type ReadingInput = z.infer<typeof readingInputSchema>;

/** A round: one walk through the rooms, every reading taken at (about) the same time. */
export const readingRoundSchema = z
  .object({
    at: isoDateTimeSchema,
    readings: z.array(z.object({ roomId: idSchema, celsius: indoorCelsiusSchema })).min(1, 'enter at least one reading'),
  })
  .superRefine((round, ctx) => {
    const seen = new Set<string>();
    round.readings.forEach((r, i) => {
      if (seen.has(r.roomId)) {
        ctx.addIssue({ code: 'custom', path: ['readings', i, 'roomId'], message: 'appears twice in this round' });
      }
      seen.add(r.roomId);
    });
  });
export type ReadingRound = z.infer<typeof readingRoundSchema>;

export const outdoorInputSchema = z.object(outdoorShape);
export type OutdoorInput = z.infer<typeof outdoorInputSchema>;

/**
 * A CSV row of readings as the parser yields it: text cells by header. `room` is a room id or a room name;
 * readingsImport turns rows into ReadingInputs.
 */
export const readingCsvRowSchema = z.object({ room: z.string(), at: z.string(), celsius: z.string() });
export type ReadingCsvRow = z.infer<typeof readingCsvRowSchema>;
/** In file order, e.g. for a template to download. */
export const READING_CSV_COLUMNS = readingCsvRowSchema.keyof().options;

export const outdoorCsvRowSchema = z.object({ date: z.string(), meanCelsius: z.string() });
export type OutdoorCsvRow = z.infer<typeof outdoorCsvRowSchema>;
export const OUTDOOR_CSV_COLUMNS = outdoorCsvRowSchema.keyof().options;
