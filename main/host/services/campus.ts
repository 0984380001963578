import { format } from 'date-fns';
import type { CsvKind, Deleted, ImportChange, ImportPreviewResult, campusContract } from '../../../shared/campus/contract.js';
import { PREVIEW_CHANGES_SHOWN } from '../../../shared/campus/contract.js';
import { parseCsv, type CsvTable } from '../../../shared/campus/csv.js';
import { checkBuildingDeletion, checkRegionDeletion, checkUnitDeletion, type DeletionCheck } from '../../../shared/campus/deletion.js';
import { exportPeopleCsv, exportUnitsCsv } from '../../../shared/campus/export.js';
import { applyImport, previewPeopleImport, previewUnitsImport, type ImportPreview } from '../../../shared/campus/import.js';
import { indexPeople, matchPeople, pagePeople, type PeopleIndex, type PeopleMatch, type PeopleQuery } from '../../../shared/campus/peopleQuery.js';
import {
  findKeyConflict,
  indexCampus,
  personIdNumberKey,
  personReferenceIssues,
  unitNameKey,
  unitReferenceIssues,
  type FieldIssue,
} from '../../../shared/campus/references.js';
import { buildingSchema, mergePatch, personSchema, regionSchema, unitSchema } from '../../../shared/campus/schema.js';
import type { Person, Unit, UnitStatus } from '../../../shared/campus/schema.js';
import { changeUnitStatus, type StatusChangeRefusal } from '../../../shared/campus/status.js';
import { buildingViews, campusSummary, regionViews, unitDetail, unitViews } from '../../../shared/campus/views.js';
import type { CoreDoc } from '../../../shared/db/schema.js';
import { stamp, type CordonTx, type Handlers, type ServiceContext } from '../context.js';
import { fieldError, HostError, importRefusal, notFound, parseRecord } from '../errors.js';

/*
 * Campus handlers. Every check runs inside the write, against the document the write will change, so two requests
 * racing each other cannot both pass a check that only one of them may pass.
 */



function refuseIssues(issues: readonly FieldIssue[]): void {
  const first = issues[0];
  if (first) throw fieldError(first.field, first.reason);
}

function refuseDeletion(check: DeletionCheck): void {
  if (!check.ok) throw new HostError('conflict', check.refusal.message, 'id', check.refusal);
}

function refuseTakenId(list: readonly { id: string }[], id: string | undefined): void {
  if (id !== undefined && list.some((r) => r.id === id)) throw fieldError('id', `the id "${id}" is already in use`, 'conflict');
}

function find<T extends { id: string }>(list: readonly T[], id: string, what: string): T {
  const record = list.find((r) => r.id === id);
  if (!record) throw notFound(what, id);
  return record;
}

/** Deletes in one write whose audit entry names what was deleted. */
async function deleteRecord(ctx: ServiceContext, noun: string, fn: (tx: CordonTx) => { id: string; name: string }): Promise<Deleted> {
  const deleted = await ctx.write((r) => `${noun} ${r.name} (${r.id}) deleted`, fn);
  return { id: deleted.id };
}

const replace = <T extends { id: string }>(list: readonly T[], record: T): T[] => list.map((r) => (r.id === record.id ? record : r));
const remove = <T extends { id: string }>(list: readonly T[], id: string): T[] => list.filter((r) => r.id !== id);

/** Staff roles belong to the rotations module; while the document holds none, a role id cannot be checked. */
function staffRoleIds(doc: CoreDoc): ReadonlySet<string> | undefined {
  const roles = (doc as { roles?: readonly { id: string }[] }).roles;
  return roles ? new Set(roles.map((r) => r.id)) : undefined;
}

function unitChecks(unit: Unit, doc: CoreDoc): void {
  refuseIssues(unitReferenceIssues(unit, indexCampus(doc)));
  const clash = findKeyConflict(unit, doc.units, unitNameKey);
  if (clash) throw fieldError('name', `another unit is already named "${clash.name}"`, 'conflict');
}

function personChecks(person: Person, doc: CoreDoc): void {
  refuseIssues(personReferenceIssues(person, indexCampus({ units: doc.units }), staffRoleIds(doc)));
  const clash = findKeyConflict(person, doc.people, personIdNumberKey);
  if (clash) throw fieldError('idNumber', `this ID number already belongs to ${clash.name} (${clash.id})`, 'conflict');
}

const REFUSAL_FIELD: Readonly<Record<StatusChangeRefusal['code'], string | undefined>> = {
  same_status: 'to',
  illegal_transition: 'to',
  reason_required: 'reason',
  invalid_time: undefined,
  time_before_last_change: undefined,
  invalid_user: undefined,
};

const STATUS_VERB: Readonly<Record<UnitStatus, string>> = {
  normal: 'back to normal',
  observation: 'put under observation',
  isolated: 'isolated',
};

function userNames(doc: CoreDoc): Map<string, string> {
  return new Map(doc.users.map((u) => [u.id, u.displayName]));
}

function importContext(ctx: ServiceContext, prefix: string) {
  return { now: ctx.nowIso(), by: ctx.user?.id ?? '', newId: () => ctx.newId(prefix) };
}

function previewPeople(table: CsvTable, doc: CoreDoc, ctx: ServiceContext): ImportPreview<Person> {
  const roles = staffRoleIds(doc);
  return previewPeopleImport(table, doc, { ...importContext(ctx, 'person'), ...(roles ? { staffRoleIds: roles } : {}) });
}

function previewUnits(table: CsvTable, doc: CoreDoc, ctx: ServiceContext): ImportPreview<Unit> {
  return previewUnitsImport(table, doc, importContext(ctx, 'unit'));
}

/** All or nothing: the new collection, or a refusal carrying every error. */
function applyOrRefuse<T extends { id: string }>(existing: readonly T[], preview: ImportPreview<T>): T[] {
  const applied = applyImport(existing, preview);
  if (applied.ok) return applied.records;
  throw importRefusal(applied.errors);
}

function summarize<T extends { id: string; name: string }>(kind: CsvKind, table: CsvTable, preview: ImportPreview<T>): ImportPreviewResult {
  const changes: ImportChange[] = [
    ...preview.toCreate.map((c) => ({ line: c.line, action: 'create' as const, id: c.record.id, name: c.record.name })),
    ...preview.toUpdate.map((u) => ({ line: u.line, action: 'update' as const, id: u.after.id, name: u.after.name })),
  ].sort((a, b) => a.line - b.line);
  // Records the parser could not read are not in table.rows but are rows of the file all the same.
  const unreadable = new Set(table.errors.filter((e) => e.line !== table.headerLine).map((e) => e.line)).size;
  return {
    kind,
    rows: table.rows.length + unreadable,
    create: preview.toCreate.length,
    update: preview.toUpdate.length,
    unchanged: preview.unchanged,
    errors: preview.errors,
    changes: changes.slice(0, PREVIEW_CHANGES_SHOWN),
    changesTruncated: changes.length > PREVIEW_CHANGES_SHOWN,
  };
}

/**
 * The people table pages through one query while the user scrolls. The index is kept while the collections it was
 * built from are unchanged (a write replaces a collection, never mutates it), and the latest query's match with it.
 */
function peopleMatcher() {
  let indexed: { people: unknown; units: unknown; regions: unknown; index: PeopleIndex } | undefined;
  let matched: { key: string; match: PeopleMatch } | undefined;
  return (doc: CoreDoc, query: PeopleQuery): PeopleMatch => {
    if (!indexed || indexed.people !== doc.people || indexed.units !== doc.units || indexed.regions !== doc.regions) {
      indexed = { people: doc.people, units: doc.units, regions: doc.regions, index: indexPeople(doc) };
      matched = undefined;
    }
    const { offset: _o, limit: _l, ...filters } = query;
    const key = JSON.stringify(filters);
    if (matched?.key !== key) matched = { key, match: matchPeople(indexed.index, filters) };
    return matched.match;
  };
}

export function campusHandlers(): Handlers<typeof campusContract> {
  const match = peopleMatcher();
  return {
    'campus.summary': (_input, ctx) => campusSummary(ctx.store.doc),

    'campus.regions.list': (_input, ctx) => regionViews(ctx.store.doc),

    'campus.regions.create': (input, ctx) =>
      ctx.write(
        (r) => `region ${r.name} created`,
        (tx) => {
          refuseTakenId(tx.doc.regions, input.id);
          const region = parseRecord(regionSchema, stamp(ctx, 'region', input));
          tx.doc.regions = [...tx.doc.regions, region];
          return region;
        },
      ),

    'campus.regions.update': (input, ctx) =>
      ctx.write(
        (r) => `region ${r.name} updated`,
        (tx) => {
          const region = parseRecord(regionSchema, mergePatch(find(tx.doc.regions, input.id, 'Region'), input, ctx.nowIso()));
          tx.doc.regions = replace(tx.doc.regions, region);
          return region;
        },
      ),

    'campus.regions.delete': (input, ctx) =>
      deleteRecord(ctx, 'region', (tx) => {
        const region = find(tx.doc.regions, input.id, 'Region');
        refuseDeletion(checkRegionDeletion(region, tx.doc.units, tx.doc.buildings));
        tx.doc.regions = remove(tx.doc.regions, region.id);
        return region;
      }),

    'campus.buildings.list': (_input, ctx) => buildingViews(ctx.store.doc),

    'campus.buildings.create': (input, ctx) =>
      ctx.write(
        (b) => `building ${b.name} created`,
        (tx) => {
          refuseTakenId(tx.doc.buildings, input.id);
          const building = parseRecord(buildingSchema, stamp(ctx, 'bldg', input));
          if (!tx.doc.regions.some((r) => r.id === building.regionId)) throw fieldError('regionId', `unknown region "${building.regionId}"`);
          tx.doc.buildings = [...tx.doc.buildings, building];
          return building;
        },
      ),

    'campus.buildings.update': (input, ctx) =>
      ctx.write(
        (b) => `building ${b.name} updated`,
        (tx) => {
          const building = parseRecord(buildingSchema, mergePatch(find(tx.doc.buildings, input.id, 'Building'), input, ctx.nowIso()));
          if (!tx.doc.regions.some((r) => r.id === building.regionId)) throw fieldError('regionId', `unknown region "${building.regionId}"`);
          const sleepers = tx.doc.units.filter((u) => u.dormitoryId === building.id).length;
          if (building.kind !== 'dormitory' && sleepers > 0) {
            throw fieldError('kind', `${sleepers} unit(s) sleep in this building, so it must stay a dormitory; give them another dormitory first`, 'rule_violation');
          }
          tx.doc.buildings = replace(tx.doc.buildings, building);
          return building;
        },
      ),

    'campus.buildings.delete': (input, ctx) =>
      deleteRecord(ctx, 'building', (tx) => {
        const building = find(tx.doc.buildings, input.id, 'Building');
        refuseDeletion(checkBuildingDeletion(building, tx.doc.units));
        tx.doc.buildings = remove(tx.doc.buildings, building.id);
        return building;
      }),

    'campus.units.list': (input, ctx) => unitViews(ctx.store.doc, input.regionId),

    'campus.units.get': (input, ctx) => {
      const doc = ctx.store.doc;
      return unitDetail(doc, find(doc.units, input.id, 'Unit'), userNames(doc));
    },

    'campus.units.create': (input, ctx) =>
      ctx.write(
        (u) => `unit ${u.name} created`,
        (tx) => {
          refuseTakenId(tx.doc.units, input.id);
          const unit = parseRecord(unitSchema, { ...stamp(ctx, 'unit', input), status: 'normal', statusHistory: [] });
          unitChecks(unit, tx.doc);
          tx.doc.units = [...tx.doc.units, unit];
          return unit;
        },
      ),

    'campus.units.update': (input, ctx) =>
      ctx.write(
        (u) => `unit ${u.name} updated`,
        (tx) => {
          const unit = parseRecord(unitSchema, mergePatch(find(tx.doc.units, input.id, 'Unit'), input, ctx.nowIso()));
          unitChecks(unit, tx.doc);
          tx.doc.units = replace(tx.doc.units, unit);
          return unit;
        },
      ),

    'campus.units.delete': (input, ctx) =>
      deleteRecord(ctx, 'unit', (tx) => {
        const unit = find(tx.doc.units, input.id, 'Unit');
        refuseDeletion(checkUnitDeletion(unit, tx.doc.people));
        tx.doc.units = remove(tx.doc.units, unit.id);
        return unit;
      }),

    'campus.units.setStatus': async (input, ctx) => {
      const unit = await ctx.write<Unit>(
        (u) => `unit ${u.name} ${STATUS_VERB[u.status]}: ${input.reason.trim()}`,
        (tx) => {
          const change = changeUnitStatus(find(tx.doc.units, input.unitId, 'Unit'), {
            to: input.to,
            reason: input.reason,
            at: ctx.nowIso(),
            by: ctx.user?.id ?? '',
          });
          if (!change.ok) throw new HostError('rule_violation', change.refusal.message, REFUSAL_FIELD[change.refusal.code], change.refusal);
          tx.doc.units = replace(tx.doc.units, change.unit);
          return change.unit;
        },
      );
      const doc = ctx.store.doc;
      return unitDetail(doc, unit, userNames(doc));
    },

    'campus.people.query': (input, ctx) => pagePeople(match(ctx.store.doc, input), input.offset, input.limit),

    'campus.people.get': (input, ctx) => find(ctx.store.doc.people, input.id, 'Person'),

    'campus.people.create': (input, ctx) =>
      ctx.write(
        (p) => `person ${p.name} (${p.id}) added`,
        (tx) => {
          refuseTakenId(tx.doc.people, input.id);
          const person = parseRecord(personSchema, stamp(ctx, 'person', input));
          personChecks(person, tx.doc);
          tx.doc.people = [...tx.doc.people, person];
          return person;
        },
      ),

    'campus.people.update': (input, ctx) =>
      ctx.write(
        (p) => `person ${p.name} (${p.id}) updated`,
        (tx) => {
          const person = parseRecord(personSchema, mergePatch(find(tx.doc.people, input.id, 'Person'), input, ctx.nowIso()));
          personChecks(person, tx.doc);
          tx.doc.people = replace(tx.doc.people, person);
          return person;
        },
      ),

    'campus.people.delete': (input, ctx) =>
      deleteRecord(ctx, 'person', (tx) => {
        const person = find(tx.doc.people, input.id, 'Person');
        tx.doc.people = remove(tx.doc.people, person.id);
        return person;
      }),

    'campus.import.preview': (input, ctx) => {
      const table = parseCsv(input.csv);
      const doc = ctx.store.doc;
      return input.kind === 'people' ? summarize('people', table, previewPeople(table, doc, ctx)) : summarize('units', table, previewUnits(table, doc, ctx));
    },

    'campus.import.commit': (input, ctx) => {
      const table = parseCsv(input.csv);
      return ctx.write(
        (r) => `${r.kind} imported from CSV: ${r.created} created, ${r.updated} updated, ${r.unchanged} unchanged`,
        (tx) => {
          // The preview the user saw may be stale: the file is judged again against the campus as it is now.
          if (input.kind === 'people') {
            const preview = previewPeople(table, tx.doc, ctx);
            tx.doc.people = applyOrRefuse(tx.doc.people, preview);
            return { kind: input.kind, created: preview.toCreate.length, updated: preview.toUpdate.length, unchanged: preview.unchanged };
          }
          const preview = previewUnits(table, tx.doc, ctx);
          tx.doc.units = applyOrRefuse(tx.doc.units, preview);
          return { kind: input.kind, created: preview.toCreate.length, updated: preview.toUpdate.length, unchanged: preview.unchanged };
        },
      );
    },

    'campus.export': (input, ctx) => {
      const doc = ctx.store.doc;
      const csv = input.kind === 'people' ? exportPeopleCsv(doc.people) : exportUnitsCsv(doc.units);
      const rows = input.kind === 'people' ? doc.people.length : doc.units.length;
      return { kind: input.kind, filename: `${input.kind}-${format(ctx.now(), 'yyyy-MM-dd')}.csv`, csv, rows };
    },
  };
}
