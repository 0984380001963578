import type { Person, PersonKind, Unit } from './schema.js';

export interface PresenceCount {
  onCampus: number;
  atHome: number;
}

export interface Headcount {
  /** Everyone assigned; `total.onCampus` is the headcount a unit or region shows. */
  total: PresenceCount;
  byKind: Record<PersonKind, PresenceCount>;
  /** Staff by staff role id; staff without a role are counted under `byKind.staff` only. */
  byStaffRole: Record<string, PresenceCount>;
}

export function emptyHeadcount(): Headcount {
  return {
    total: { onCampus: 0, atHome: 0 },
    byKind: { student: { onCampus: 0, atHome: 0 }, teacher: { onCampus: 0, atHome: 0 }, staff: { onCampus: 0, atHome: 0 } },
    byStaffRole: {},
  };
}

function add(count: Headcount, person: Person): void {
  count.total[person.presence] += 1;
  count.byKind[person.kind][person.presence] += 1;
  if (person.staffRoleId !== undefined) {
    const role = (count.byStaffRole[person.staffRoleId] ??= { onCampus: 0, atHome: 0 });
    role[person.presence] += 1;
  }
}

/** The number of a unit's people on campus: the headcount is derived, never entered. */
export function unitHeadcount(unitId: string, people: readonly Person[]): number {
  let n = 0;
  for (const p of people) if (p.unitId === unitId && p.presence === 'onCampus') n += 1;
  return n;
}

/** Counts per unit id, one pass over people. Every given unit gets an entry, empty units included. */
export function headcountsByUnit(units: readonly Unit[], people: readonly Person[]): Map<string, Headcount> {
  const result = new Map<string, Headcount>(units.map((u) => [u.id, emptyHeadcount()]));
  for (const p of people) {
    const count = result.get(p.unitId);
    if (count) add(count, p);
  }
  return result;
}

/** Counts per region id through each person's unit; people whose unit is unknown are not attributed to any region. */
export function headcountsByRegion(
  regionIds: readonly string[],
  units: readonly Unit[],
  people: readonly Person[],
): Map<string, Headcount> {
  const result = new Map<string, Headcount>(regionIds.map((id) => [id, emptyHeadcount()]));
  const regionOfUnit = new Map(units.map((u) => [u.id, u.regionId]));
  for (const p of people) {
    const regionId = regionOfUnit.get(p.unitId);
    const count = regionId === undefined ? undefined : result.get(regionId);
    if (count) add(count, p);
  }
  return result;
}

export function campusHeadcount(people: readonly Person[]): Headcount {
  const count = emptyHeadcount();
  for (const p of people) add(count, p);
  return count;
}
