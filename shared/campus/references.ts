import type { Building, Person, Region, Unit } from './schema.js';

/*
 * Checks that span records: references to other records, and the natural keys that must stay unique besides ids.
 * Shared by the CSV import and by the host's create/update so both refuse the same things.
 */

export interface FieldIssue {
  field: string;
  reason: string;
}

export interface CampusIndex {
  regions: ReadonlyMap<string, Region>;
  buildings: ReadonlyMap<string, Building>;
  units: ReadonlyMap<string, Unit>;
}

export function indexCampus(campus: {
  regions?: readonly Region[];
  buildings?: readonly Building[];
  units?: readonly Unit[];
}): CampusIndex {
  const byId = <T extends { id: string }>(list: readonly T[] = []) => new Map(list.map((r) => [r.id, r]));
  return { regions: byId(campus.regions), buildings: byId(campus.buildings), units: byId(campus.units) };
}

export function unitReferenceIssues(
  unit: Pick<Unit, 'regionId' | 'buildingId' | 'dormitoryId'>,
  index: CampusIndex,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!index.regions.has(unit.regionId)) issues.push({ field: 'regionId', reason: `unknown region "${unit.regionId}"` });
  if (!index.buildings.has(unit.buildingId)) {
    issues.push({ field: 'buildingId', reason: `unknown building "${unit.buildingId}"` });
  }
  if (unit.dormitoryId !== undefined) {
    const dormitory = index.buildings.get(unit.dormitoryId);
    if (!dormitory) issues.push({ field: 'dormitoryId', reason: `unknown building "${unit.dormitoryId}"` });
    else if (dormitory.kind !== 'dormitory') {
      issues.push({ field: 'dormitoryId', reason: `building "${dormitory.name}" is a ${dormitory.kind}, not a dormitory` });
    }
  }
  return issues;
}

/** `staffRoleIds`, when given, is the set of roles defined by the rotations module; without it roles are not checked. */
export function personReferenceIssues(
  person: Pick<Person, 'unitId' | 'staffRoleId'>,
  index: CampusIndex,
  staffRoleIds?: ReadonlySet<string>,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!index.units.has(person.unitId)) issues.push({ field: 'unitId', reason: `unknown unit "${person.unitId}"` });
  if (person.staffRoleId !== undefined && staffRoleIds && !staffRoleIds.has(person.staffRoleId)) {
    issues.push({ field: 'staffRoleId', reason: `unknown staff role "${person.staffRoleId}"` });
  }
  return issues;
}

/*
 * Natural keys. NFKC folds full-width forms that Chinese input methods produce (“３－２班” is “3-2班”), and case is
 * ignored, so the same unit or ID card typed two ways is still recognised as one.
 */
function foldKey(text: string): string {
  return text.normalize('NFKC').trim().toLowerCase();
}

/** Unit names appear on canteen notices and in isolation reports, so two units may not share one. */
export function unitNameKey(unit: Pick<Unit, 'name'>): string {
  return foldKey(unit.name);
}

/** An identity document number belongs to one person; a second record with it is the same person imported twice. */
export function personIdNumberKey(person: Pick<Person, 'idNumber'>): string | undefined {
  return person.idNumber === undefined ? undefined : foldKey(person.idNumber);
}

/** The other record that already holds the same natural key, if any. */
export function findKeyConflict<T extends { id: string }>(
  record: T,
  others: readonly T[],
  key: (r: T) => string | undefined,
): T | undefined {
  const k = key(record);
  return k === undefined ? undefined : others.find((o) => o.id !== record.id && key(o) === k);
}
