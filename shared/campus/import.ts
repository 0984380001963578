import type { z } from 'zod';
import { idSchema, isoDateTimeSchema } from '../common/fields.js';
import { PERSON_COLUMNS, PERSON_REQUIRED_COLUMNS, UNIT_COLUMNS, UNIT_REQUIRED_COLUMNS } from './columns.js';
import type { CsvTable } from './csv.js';
import { indexCampus, personIdNumberKey, personReferenceIssues, unitNameKey, unitReferenceIssues } from './references.js';
import { BOARDING_KINDS, PERSON_KINDS, PRESENCES, UNIT_KINDS, UNIT_STATUSES, personSchema, unitSchema, unitStatusSchema } from './schema.js';
import type { Building, Person, Region, Unit } from './schema.js';
import { changeUnitStatus } from './status.js';
import type { StatusChangeRefusal } from './status.js';

/*
 * CSV import, in two steps: a preview that validates every row against the campus and lists each bad row with its
 * line, and applyImport, which yields the new collection only when the preview has no error at all.
 *
 * Row semantics (upsert by id):
 * - a row whose id belongs to an existing record updates that record; any other row creates a record, keeping the
 *   given id or receiving a new one when the id cell is empty;
 * - the same id twice in one file is an error on the later line;
 * - besides ids, natural keys must stay unique: a unit name, a person's ID number. A row that would give a second
 *   record the same key — another row, or an existing record the file does not update — is a duplicate. This is
 *   what catches a file imported twice without ids;
 * - an empty cell clears an optional field; a column left out of the header keeps existing values (required columns
 *   must always be present);
 * - enum values match case-insensitively; unknown columns are refused rather than silently dropped.
 * The preview is computed against the campus as it is now: the host recomputes it when the user confirms, so an
 * import never applies a preview made against an older state.
 */

export interface ImportError {
  /** Physical line in the file; the header is the first non-blank line. */
  line: number;
  /** The column at fault, or null when the whole row or file is. */
  field: string | null;
  reason: string;
}

export interface ImportCreate<T> {
  line: number;
  record: T;
}

export interface ImportUpdate<T> {
  line: number;
  before: T;
  after: T;
}

export interface ImportPreview<T> {
  toCreate: ImportCreate<T>[];
  toUpdate: ImportUpdate<T>[];
  /** Rows identical to the existing record: nothing to write. */
  unchanged: number;
  errors: ImportError[];
}

export interface ImportContext {
  /** Timestamp of the import: createdAt/updatedAt of what it writes, and default time of a status change. */
  now: string;
  /** User id of the importer, recorded on status changes. */
  by: string;
  /** Id generator for rows without an id. */
  newId: () => string;
}

export type ApplyResult<T> = { ok: true; records: T[] } | { ok: false; errors: ImportError[] };

/** All or nothing: the whole new collection (updates in place, creations appended in file order), or the errors. */
export function applyImport<T extends { id: string }>(existing: readonly T[], preview: ImportPreview<T>): ApplyResult<T> {
  if (preview.errors.length > 0) return { ok: false, errors: preview.errors };
  const updated = new Map(preview.toUpdate.map((u) => [u.after.id, u.after]));
  return { ok: true, records: [...existing.map((r) => updated.get(r.id) ?? r), ...preview.toCreate.map((c) => c.record)] };
}

type StoredRecord = { id: string; createdAt: string; updatedAt: string };
type RowIssue = Omit<ImportError, 'line'>;
/** The row's cells for the columns in the header, trimmed; an empty cell is undefined. */
type Cells = ReadonlyMap<string, string | undefined>;

interface EntitySpec<T extends StoredRecord> {
  noun: string;
  columns: readonly string[];
  requiredColumns: readonly string[];
  /** Columns copied onto the record as they are; any others are interpreted by `complete`. */
  fieldColumns: readonly string[];
  enums: Readonly<Record<string, readonly string[]>>;
  schema: z.ZodType<T>;
  newRecordDefaults: Partial<T>;
  /** Checks beyond the record schema; may derive the final record from the extra columns. */
  complete(record: T, cells: Cells): { record: T; issues: RowIssue[] };
  naturalKey: { field: string; label: string; of(record: T): string | undefined };
}

interface AcceptedRow<T> {
  line: number;
  record: T;
  before: T | undefined;
}

function readCells(
  values: Readonly<Record<string, string>>,
  header: readonly string[],
  enums: Readonly<Record<string, readonly string[]>>,
): Cells {
  const cells = new Map<string, string | undefined>();
  for (const column of header) {
    const raw = (values[column] ?? '').trim();
    const options = enums[column];
    const canonical = options?.find((o) => o.toLowerCase() === raw.toLowerCase()) ?? raw;
    cells.set(column, canonical === '' ? undefined : canonical);
  }
  return cells;
}

/** Content equality ignoring updatedAt, which a no-op row must not bump. */
function sameContent(a: StoredRecord, b: StoredRecord): boolean {
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ra), ...Object.keys(rb)]);
  keys.delete('updatedAt');
  for (const key of keys) if (JSON.stringify(ra[key]) !== JSON.stringify(rb[key])) return false;
  return true;
}

function byLine(a: ImportError, b: ImportError): number {
  return a.line - b.line;
}

function previewImport<T extends StoredRecord>(
  spec: EntitySpec<T>,
  table: CsvTable,
  existing: readonly T[],
  ctx: ImportContext,
): ImportPreview<T> {
  const errors: ImportError[] = table.errors.map((e) => ({ line: e.line, field: null, reason: e.reason }));
  const empty = (): ImportPreview<T> => ({ toCreate: [], toUpdate: [], unchanged: 0, errors: errors.sort(byLine) });

  // A bad header would misread every row, so rows are only looked at once the header is right.
  for (const column of table.header) {
    if (column !== '' && !spec.columns.includes(column)) {
      errors.push({ line: table.headerLine, field: column, reason: `unknown column; the columns are ${spec.columns.join(', ')}` });
    }
  }
  for (const column of spec.requiredColumns) {
    if (!table.header.includes(column)) errors.push({ line: table.headerLine, field: column, reason: 'required column is missing from the header' });
  }
  if (errors.some((e) => e.line === table.headerLine)) return empty();

  const existingById = new Map(existing.map((r) => [r.id, r]));
  const takenIds = new Set(existingById.keys());
  for (const row of table.rows) takenIds.add((row.values['id'] ?? '').trim());
  const freshId = (): string => {
    let id = ctx.newId();
    while (takenIds.has(id)) id = ctx.newId();
    takenIds.add(id);
    return id;
  };

  const firstLineOfId = new Map<string, number>();
  const accepted: AcceptedRow<T>[] = [];
  for (const row of table.rows) {
    const report = (field: string | null, reason: string): void => {
      errors.push({ line: row.line, field, reason });
    };
    const cells = readCells(row.values, table.header, spec.enums);
    const id = cells.get('id');
    if (id !== undefined) {
      const idCheck = idSchema.safeParse(id);
      if (!idCheck.success) {
        report('id', idCheck.error.issues[0]?.message ?? 'is not a valid id');
        continue;
      }
      const firstLine = firstLineOfId.get(id);
      if (firstLine !== undefined) {
        report('id', `duplicate id "${id}": also on line ${firstLine}`);
        continue;
      }
      firstLineOfId.set(id, row.line);
    }

    const before = id === undefined ? undefined : existingById.get(id);
    const candidate: Record<string, unknown> = before
      ? { ...before }
      : { ...spec.newRecordDefaults, id: id ?? freshId(), createdAt: ctx.now, updatedAt: ctx.now };
    for (const column of spec.fieldColumns) {
      if (!cells.has(column)) continue;
      const value = cells.get(column);
      if (value === undefined) delete candidate[column];
      else candidate[column] = value;
    }

    const parsed = spec.schema.safeParse(candidate);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const head = issue.path[0];
        const field = typeof head === 'string' && spec.columns.includes(head) ? head : null;
        const missing = issue.code === 'invalid_type' && field !== null && candidate[field] === undefined;
        report(field, missing ? 'is required' : issue.message);
      }
      continue;
    }
    const { record, issues } = spec.complete(parsed.data, cells);
    for (const issue of issues) report(issue.field, issue.reason);
    if (issues.length === 0) accepted.push({ line: row.line, record, before });
  }

  const duplicates = findNaturalKeyDuplicates(spec, accepted, existing);
  for (const d of duplicates) errors.push(d);
  const badLines = new Set(duplicates.map((d) => d.line));

  const preview: ImportPreview<T> = { toCreate: [], toUpdate: [], unchanged: 0, errors: errors.sort(byLine) };
  for (const row of accepted) {
    if (badLines.has(row.line)) continue;
    // A status change stamps its own time on the unit; what the import writes is stamped with the import time.
    const record = { ...row.record, updatedAt: ctx.now };
    if (!row.before) preview.toCreate.push({ line: row.line, record });
    else if (sameContent(row.before, record)) preview.unchanged += 1;
    else preview.toUpdate.push({ line: row.line, before: row.before, after: record });
  }
  return preview;
}

/** Judged on the collection as it would be after the import, so swapping keys between records is no conflict. */
function findNaturalKeyDuplicates<T extends StoredRecord>(
  spec: EntitySpec<T>,
  accepted: readonly AcceptedRow<T>[],
  existing: readonly T[],
): ImportError[] {
  const { field, label, of } = spec.naturalKey;
  const touched = new Set(accepted.map((a) => a.record.id));
  const holders = new Map<string, { record: T; line?: number }[]>();
  const hold = (record: T, line?: number): void => {
    const key = of(record);
    if (key === undefined) return;
    const list = holders.get(key);
    if (list) list.push({ record, line });
    else holders.set(key, [{ record, line }]);
  };
  for (const record of existing) if (!touched.has(record.id)) hold(record);
  for (const row of accepted) hold(row.record, row.line);

  const errors: ImportError[] = [];
  for (const list of holders.values()) {
    if (list.length < 2) continue;
    for (const holder of list) {
      if (holder.line === undefined) continue;
      const others = list
        .filter((o) => o !== holder)
        .map((o) => (o.line === undefined ? `existing ${spec.noun} "${o.record.id}"` : `line ${o.line}`));
      errors.push({ line: holder.line, field, reason: `duplicate ${label}: also ${others.join(', ')}` });
    }
  }
  return errors;
}

export function previewPeopleImport(
  table: CsvTable,
  campus: { units: readonly Unit[]; people: readonly Person[] },
  ctx: ImportContext & {
    /** Roles defined by the rotations module; when given, an unknown staffRoleId is an error. */
    staffRoleIds?: ReadonlySet<string>;
  },
): ImportPreview<Person> {
  const index = indexCampus({ units: campus.units });
  const spec: EntitySpec<Person> = {
    noun: 'person',
    columns: PERSON_COLUMNS,
    requiredColumns: PERSON_REQUIRED_COLUMNS,
    fieldColumns: PERSON_COLUMNS.filter((c) => c !== 'id'),
    enums: { kind: PERSON_KINDS, boarding: BOARDING_KINDS, presence: PRESENCES },
    schema: personSchema,
    newRecordDefaults: {},
    complete: (record) => ({ record, issues: personReferenceIssues(record, index, ctx.staffRoleIds) }),
    naturalKey: { field: 'idNumber', label: 'ID number', of: personIdNumberKey },
  };
  return previewImport(spec, table, campus.people, ctx);
}

const REFUSAL_FIELD: Readonly<Record<StatusChangeRefusal['code'], string | null>> = {
  same_status: 'status',
  illegal_transition: 'status',
  reason_required: 'statusReason',
  invalid_time: 'statusSince',
  time_before_last_change: 'statusSince',
  invalid_user: null,
};

/**
 * A `status` different from the unit's current one is a status change, subject to the same transition rules as in
 * the app; it needs `statusReason` and takes effect at `statusSince` (default: the import time). When the status is
 * unchanged, `statusSince` and `statusReason` describe the existing last change and are not applied.
 */
export function previewUnitsImport(
  table: CsvTable,
  campus: { regions: readonly Region[]; buildings: readonly Building[]; units: readonly Unit[] },
  ctx: ImportContext,
): ImportPreview<Unit> {
  const index = indexCampus(campus);
  const complete = (unit: Unit, cells: Cells): { record: Unit; issues: RowIssue[] } => {
    const issues: RowIssue[] = unitReferenceIssues(unit, index);
    const since = cells.get('statusSince');
    if (since !== undefined && !isoDateTimeSchema.safeParse(since).success) {
      issues.push({ field: 'statusSince', reason: `"${since}" is not a date-time with offset, e.g. 2022-11-05T08:00:00+08:00` });
    }
    const statusCell = cells.get('status');
    const status = statusCell === undefined ? undefined : unitStatusSchema.safeParse(statusCell);
    if (status && !status.success) issues.push({ field: 'status', reason: status.error.issues[0]?.message ?? 'is not a status' });
    if (issues.length > 0 || !status?.success || status.data === unit.status) return { record: unit, issues };

    const change = changeUnitStatus(unit, { to: status.data, reason: cells.get('statusReason') ?? '', at: since ?? ctx.now, by: ctx.by });
    if (!change.ok) return { record: unit, issues: [{ field: REFUSAL_FIELD[change.refusal.code], reason: change.refusal.message }] };
    return { record: change.unit, issues: [] };
  };
  const spec: EntitySpec<Unit> = {
    noun: 'unit',
    columns: UNIT_COLUMNS,
    requiredColumns: UNIT_REQUIRED_COLUMNS,
    fieldColumns: ['name', 'kind', 'regionId', 'buildingId', 'dormitoryId'],
    enums: { kind: UNIT_KINDS, status: UNIT_STATUSES },
    schema: unitSchema,
    newRecordDefaults: { status: 'normal', statusHistory: [] },
    complete,
    naturalKey: { field: 'name', label: 'unit name', of: unitNameKey },
  };
  return previewImport(spec, table, campus.units, ctx);
}
