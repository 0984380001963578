import { z } from 'zod';
import type { Role } from '../auth/roles.js';
import { CSV_MAX_CHARS } from '../campus/contract.js';
import type { ImportError } from '../campus/import.js';
import type { BuildingKind } from '../campus/schema.js';
import type { Id, IsoDate, IsoDateTime } from '../common/fields.js';
import { idSchema, isoDateSchema, isoDateTimeSchema } from '../common/fields.js';
import { op } from '../contract/define.js';
import type { BuildingTemperaturePoint } from './buildingTemperatures.js';
import type { CoverageStatus, CoverageSummary } from './coverage.js';
import type { DegreeDay } from './degreeDays.js';
import type { FuelStatus } from './fuelStatus.js';
import type { Reading, Room, RoomKind } from './schema.js';
import { outdoorInputSchema, readingInputSchema, readingRoundSchema, roomCreateSchema, roomUpdateSchema } from './schema.js';

/** Readings and outdoor means are kept by administrators and logistics staff; every signed-in user reads. */
const RECORDERS: readonly Role[] = ['administrator', 'logistics'];
/** Rooms carry the rule's scope and minimums, so only administrators change them, as they change the rules. */
const ROOM_EDITORS: readonly Role[] = ['administrator'];

export interface RoomView extends Room {
  buildingName: string | null;
  unitNames: string[];
  /** Derived from the linked units' people on campus, or as entered. */
  occupants: number;
  /** The room's own minimum, else the settings' for its kind. */
  effectiveMinCelsius: number;
  /** Its latest reading in the last month. */
  latest: Pick<Reading, 'at' | 'celsius'> | null;
}

export interface HeatingRooms {
  rooms: RoomView[];
  /** What a room may be linked to. */
  buildings: { id: Id; name: string; kind: BuildingKind }[];
  units: { id: Id; name: string; onCampus: number }[];
}

/** A heated space as the coverage views show it: who is in it and how warm it last was. */
export interface SpaceView {
  roomId: Id;
  name: string;
  kind: RoomKind;
  buildingId: Id | null;
  buildingName: string | null;
  unitNames: string[];
  occupants: number;
  minCelsius: number;
  status: CoverageStatus;
  latest: Pick<Reading, 'at' | 'celsius'> | null;
  /** Latest reading minus the minimum; null without a fresh reading. */
  marginCelsius: number | null;
}

export interface CoverageNow extends CoverageSummary {
  maxAgeHours: number;
  /** Spaces with a fresh reading, coldest against their minimum first. */
  coldest: SpaceView[];
  /** Occupied spaces without a fresh reading, most people first: where to read next. */
  unknownSpaces: SpaceView[];
  /** Rooms nobody is in now: left out of coverage. */
  unoccupied: number;
}

export interface CoverageSeries {
  maxAgeHours: number;
  points: CoverageSummary[];
}

export interface BuildingTemperatures {
  maxAgeHours: number;
  buildings: { buildingId: Id | null; name: string | null; points: BuildingTemperaturePoint[] }[];
  /** The minimums in force, for reference lines. */
  classroomMinCelsius: number;
  dormitoryMinCelsius: number;
}

export interface DegreeDays {
  baseCelsius: number;
  today: IsoDate;
  /** Dates from today on are a forecast someone entered. */
  days: DegreeDay[];
}

/** The heating imports' preview, shaped as the campus import's so the same screen reads both. */
export interface ImportCheck<Row> {
  /** Data rows in the file (blank lines excluded). */
  rows: number;
  /** Rows that pass. */
  valid: number;
  /** Every bad row, by line; the import is refused while there is any. */
  errors: ImportError[];
  /** The first passing rows in file order, to show what the import will do. */
  changes: Row[];
  /** True when `changes` was cut to PREVIEW_CHANGES_SHOWN. */
  changesTruncated: boolean;
}

export interface ReadingImportRow {
  line: number;
  roomId: Id;
  roomName: string;
  at: IsoDateTime;
  celsius: number;
}

export interface ReadingsImportPreview extends ImportCheck<ReadingImportRow> {
  rooms: number;
  /** The earliest and latest reading time in the file. */
  from: IsoDateTime | null;
  to: IsoDateTime | null;
}

export interface OutdoorImportRow {
  line: number;
  date: IsoDate;
  meanCelsius: number;
  /** The mean this row replaces, if the date has one. */
  replaces: number | null;
}

export interface OutdoorImportPreview extends ImportCheck<OutdoorImportRow> {
  /** Rows whose date already has a mean. */
  replacing: number;
}

/** The details of a refused import (code rule_violation, field csv). */
export interface ImportRefusal {
  errors: ImportError[];
}

const empty = z.object({}).strict();

/* The campus import's cap: about 200,000 readings, a month of hourly readings for 270 rooms. */
const csvText = z.string().max(CSV_MAX_CHARS, `must be at most ${CSV_MAX_CHARS.toLocaleString('en')} characters`);
const utcOffsetSchema = z.string().regex(/^(Z|[+-]\d{2}:?\d{2})$/, 'must be a UTC offset such as +08:00');

const readingsImportInput = z
  .object({
    csv: csvText,
    /** Offset for times written without one: the offset of the computer the file was made on, as a rule. */
    defaultOffset: utcOffsetSchema.optional(),
  })
  .strict();
const outdoorImportInput = z.object({ csv: csvText }).strict();

/** A window of time for a chart; the host defaults it to the last 7 days, hourly. */
const seriesInput = z
  .object({
    from: isoDateTimeSchema.optional(),
    to: isoDateTimeSchema.optional(),
    stepMinutes: z.int('must be a whole number').min(10, 'must be at least 10').max(1440, 'must be at most 1440').default(60),
  })
  .strict();

export const heatingContract = {
  'heating.rooms.list': op<HeatingRooms>()({ input: empty, access: 'signedIn', mutates: false }),
  'heating.rooms.create': op<Room>()({ input: roomCreateSchema.strict(), access: ROOM_EDITORS, mutates: true }),
  'heating.rooms.update': op<Room>()({ input: roomUpdateSchema.strict(), access: ROOM_EDITORS, mutates: true }),
  'heating.rooms.delete': op<{ id: Id }>()({ input: z.object({ id: idSchema }).strict(), access: ROOM_EDITORS, mutates: true }),

  'heating.readings.enter': op<Reading>()({ input: readingInputSchema.strict(), access: RECORDERS, mutates: true }),
  /** A round: readings of many rooms taken at one time, stored together or not at all. */
  'heating.readings.round': op<{ added: number; below: number }>()({ input: readingRoundSchema.strict(), access: RECORDERS, mutates: true }),
  'heating.readings.importPreview': op<ReadingsImportPreview>()({ input: readingsImportInput, access: RECORDERS, mutates: false }),
  /** All or nothing: the file is checked again, and any error refuses it whole (details: ImportRefusal). */
  'heating.readings.import': op<{ added: number; rooms: number }>()({ input: readingsImportInput, access: RECORDERS, mutates: true }),

  /** Sets the day's mean, replacing one already entered for that date. */
  'heating.outdoor.enter': op<{ date: IsoDate; meanCelsius: number; replaced: number | null }>()({
    input: outdoorInputSchema.strict(),
    access: RECORDERS,
    mutates: true,
  }),
  'heating.outdoor.importPreview': op<OutdoorImportPreview>()({ input: outdoorImportInput, access: RECORDERS, mutates: false }),
  'heating.outdoor.import': op<{ added: number; replaced: number }>()({ input: outdoorImportInput, access: RECORDERS, mutates: true }),

  /** Coverage at an instant (now by default) of the spaces people are in. */
  'heating.coverage': op<CoverageNow>()({
    input: z
      .object({
        at: isoDateTimeSchema.optional(),
        coldest: z.int('must be a whole number').min(1, 'must be at least 1').max(200, 'must be at most 200').default(10),
      })
      .strict(),
    access: 'signedIn',
    mutates: false,
  }),
  'heating.coverageSeries': op<CoverageSeries>()({ input: seriesInput, access: 'signedIn', mutates: false }),
  'heating.buildingTemperatures': op<BuildingTemperatures>()({ input: seriesInput, access: 'signedIn', mutates: false }),
  /** Heating degree-days per date with an outdoor mean; by default the last 60 days and the entered forecast. */
  'heating.degreeDays': op<DegreeDays>()({
    input: z.object({ from: isoDateSchema.optional(), to: isoDateSchema.optional() }).strict(),
    access: 'signedIn',
    mutates: false,
  }),
  'heating.fuel': op<FuelStatus>()({ input: empty, access: 'signedIn', mutates: false }),
};
