import { z } from 'zod';
import type { Role } from '../auth/roles.js';
import { idSchema } from '../common/fields.js';
import { op } from '../contract/define.js';
import type { ImportError } from './import.js';
import { peopleQuerySchema } from './peopleQuery.js';
import type { PeoplePage } from './peopleQuery.js';
import {
  buildingCreateSchema,
  buildingUpdateSchema,
  personCreateSchema,
  personUpdateSchema,
  regionCreateSchema,
  regionUpdateSchema,
  unitCreateSchema,
  unitStatusChangeInputSchema,
  unitUpdateSchema,
} from './schema.js';
import type { Building, Person, Region, Unit } from './schema.js';
import type { BuildingView, CampusSummary, RegionView, UnitDetail, UnitView } from './views.js';

/*
 * Access: every signed-in user reads the campus (canteen, rotations, supplies and heating all plan from it);
 * administrators build and edit it. A unit's status is also set by a principal: isolating a case's unit (R10) cannot
 * wait for an administrator to be reachable, and the principal answers for the decision anyway.
 */
const EDIT: readonly Role[] = ['administrator'];
const SET_STATUS: readonly Role[] = ['administrator', 'principal'];

export const CSV_KINDS = ['people', 'units'] as const;
export const csvKindSchema = z.enum(CSV_KINDS);
export type CsvKind = z.infer<typeof csvKindSchema>;

/** A 20,000-person file is about 2 MB; the cap leaves room for long names while bounding the work of one request. */
export const CSV_MAX_CHARS = 8_000_000;

const byId = z.object({ id: idSchema }).strict();
const csvInput = z
  .object({
    kind: csvKindSchema,
    /** The file's text, decoded as UTF-8; a leading BOM is dropped. */
    csv: z.string().max(CSV_MAX_CHARS, `must be at most ${CSV_MAX_CHARS.toLocaleString('en')} characters`),
  })
  .strict();

export interface ImportChange {
  line: number;
  action: 'create' | 'update';
  id: string;
  name: string;
}

export interface ImportPreviewResult {
  kind: CsvKind;
  /** Data rows in the file (blank lines excluded). */
  rows: number;
  create: number;
  update: number;
  unchanged: number;
  /** Every bad row, by line; the import is refused while there is any. */
  errors: ImportError[];
  /** The first changes in file order, to show what the import will do. */
  changes: ImportChange[];
  /** True when `changes` was cut to PREVIEW_CHANGES_SHOWN. */
  changesTruncated: boolean;
}

export const PREVIEW_CHANGES_SHOWN = 200;

export interface ImportCommitResult {
  kind: CsvKind;
  created: number;
  updated: number;
  unchanged: number;
}

export interface CsvExport {
  kind: CsvKind;
  /** Suggested file name, e.g. people-2022-11-05.csv. */
  filename: string;
  /** UTF-8 with BOM so Excel shows Chinese names; CRLF line ends. */
  csv: string;
  rows: number;
}

export interface Deleted {
  id: string;
}

export const campusContract = {
  'campus.summary': op<CampusSummary>()({ input: z.object({}).strict(), access: 'signedIn', mutates: false }),

  'campus.regions.list': op<RegionView[]>()({ input: z.object({}).strict(), access: 'signedIn', mutates: false }),
  'campus.regions.create': op<Region>()({ input: regionCreateSchema.strict(), access: EDIT, mutates: true }),
  'campus.regions.update': op<Region>()({ input: regionUpdateSchema.strict(), access: EDIT, mutates: true }),
  /** Refused while the region has units or buildings. */
  'campus.regions.delete': op<Deleted>()({ input: byId, access: EDIT, mutates: true }),

  'campus.buildings.list': op<BuildingView[]>()({ input: z.object({}).strict(), access: 'signedIn', mutates: false }),
  'campus.buildings.create': op<Building>()({ input: buildingCreateSchema.strict(), access: EDIT, mutates: true }),
  'campus.buildings.update': op<Building>()({ input: buildingUpdateSchema.strict(), access: EDIT, mutates: true }),
  /** Refused while a unit has it as home building or dormitory. */
  'campus.buildings.delete': op<Deleted>()({ input: byId, access: EDIT, mutates: true }),

  /** Every unit (or a region's) with its derived headcount; the full history is in campus.units.get. */
  'campus.units.list': op<UnitView[]>()({ input: z.object({ regionId: idSchema.optional() }).strict(), access: 'signedIn', mutates: false }),
  'campus.units.get': op<UnitDetail>()({ input: byId, access: 'signedIn', mutates: false }),
  'campus.units.create': op<Unit>()({ input: unitCreateSchema.strict(), access: EDIT, mutates: true }),
  'campus.units.update': op<Unit>()({ input: unitUpdateSchema.strict(), access: EDIT, mutates: true }),
  /** Refused while the unit has people, on campus or at home. */
  'campus.units.delete': op<Deleted>()({ input: byId, access: EDIT, mutates: true }),
  /** The host records who and when; the history keeps every change. */
  'campus.units.setStatus': op<UnitDetail>()({ input: unitStatusChangeInputSchema.strict(), access: SET_STATUS, mutates: true }),

  'campus.people.query': op<PeoplePage>()({ input: peopleQuerySchema, access: 'signedIn', mutates: false }),
  'campus.people.get': op<Person>()({ input: byId, access: 'signedIn', mutates: false }),
  'campus.people.create': op<Person>()({ input: personCreateSchema.strict(), access: EDIT, mutates: true }),
  'campus.people.update': op<Person>()({ input: personUpdateSchema.strict(), access: EDIT, mutates: true }),
  'campus.people.delete': op<Deleted>()({ input: byId, access: EDIT, mutates: true }),

  /** Validates the file against the campus as it is now; writes nothing. */
  'campus.import.preview': op<ImportPreviewResult>()({ input: csvInput, access: EDIT, mutates: false }),
  /** Validates again against the current campus and writes every row or none: refused if any row is bad. */
  'campus.import.commit': op<ImportCommitResult>()({ input: csvInput, access: EDIT, mutates: true }),
  'campus.export': op<CsvExport>()({ input: z.object({ kind: csvKindSchema }).strict(), access: 'signedIn', mutates: false }),
};
