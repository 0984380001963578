import { campusHeadcount, headcountsByRegion, headcountsByUnit, emptyHeadcount } from './headcount.js';
import type { Headcount } from './headcount.js';
import { UNIT_STATUSES } from './schema.js';
import type { Building, Person, Region, StatusChange, Unit, UnitStatus } from './schema.js';
import { legalNextStatuses } from './status.js';

/*
 * What the campus pages and other modules read: records with their derived counts. Headcounts are computed here on
 * every read, never stored, so they cannot drift from the people they count.
 */

export interface CampusData {
  regions: readonly Region[];
  buildings: readonly Building[];
  units: readonly Unit[];
  people: readonly Person[];
}

export type StatusCounts = Record<UnitStatus, number>;

export interface RegionView extends Region {
  headcount: Headcount;
  units: number;
  buildings: number;
  unitsByStatus: StatusCounts;
}

/** A unit without its full history (see UnitDetail), with the latest change and its derived headcount. */
export interface UnitView extends Omit<Unit, 'statusHistory'> {
  headcount: Headcount;
  regionName: string;
  buildingName: string;
  dormitoryName?: string;
  /** The latest status change, absent while the unit has always been normal. */
  statusSince?: string;
  statusReason?: string;
}

export interface StatusChangeView extends StatusChange {
  /** Display name of `by`, or the id when the user is unknown. */
  byName: string;
}

export interface UnitDetail extends UnitView {
  /** Newest first. */
  history: StatusChangeView[];
  /** Where the status may go from here. */
  nextStatuses: UnitStatus[];
}

export interface BuildingView extends Building {
  regionName: string;
  /** Units that have it as home building or dormitory. */
  units: number;
}

export interface FlaggedUnit {
  id: string;
  name: string;
  status: Exclude<UnitStatus, 'normal'>;
  regionName: string;
  since?: string;
  reason?: string;
  onCampus: number;
}

export interface CampusSummary {
  headcount: Headcount;
  people: number;
  regions: number;
  buildings: number;
  units: number;
  unitsByStatus: StatusCounts;
  /** Isolated units first, then units under observation; each group by name. */
  flagged: FlaggedUnit[];
}

const emptyStatusCounts = (): StatusCounts => Object.fromEntries(UNIT_STATUSES.map((s) => [s, 0])) as StatusCounts;
const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'zh-CN', { numeric: true });

export function regionViews(campus: CampusData): RegionView[] {
  const counts = headcountsByRegion(campus.regions.map((r) => r.id), campus.units, campus.people);
  return campus.regions.map((region) => {
    const units = campus.units.filter((u) => u.regionId === region.id);
    const unitsByStatus = emptyStatusCounts();
    for (const u of units) unitsByStatus[u.status] += 1;
    return {
      ...region,
      headcount: counts.get(region.id) ?? emptyHeadcount(),
      units: units.length,
      buildings: campus.buildings.filter((b) => b.regionId === region.id).length,
      unitsByStatus,
    };
  });
}

interface Names {
  regions: ReadonlyMap<string, string>;
  buildings: ReadonlyMap<string, string>;
}

function names(campus: Pick<CampusData, 'regions' | 'buildings'>): Names {
  const index = (list: readonly { id: string; name: string }[]) => new Map(list.map((r) => [r.id, r.name]));
  return { regions: index(campus.regions), buildings: index(campus.buildings) };
}

function unitView(unit: Unit, headcount: Headcount, n: Names): UnitView {
  const { statusHistory, ...fields } = unit;
  const last = statusHistory.at(-1);
  const dormitoryName = unit.dormitoryId === undefined ? undefined : (n.buildings.get(unit.dormitoryId) ?? unit.dormitoryId);
  return {
    ...fields,
    headcount,
    regionName: n.regions.get(unit.regionId) ?? unit.regionId,
    buildingName: n.buildings.get(unit.buildingId) ?? unit.buildingId,
    ...(dormitoryName === undefined ? {} : { dormitoryName }),
    ...(last ? { statusSince: last.at, statusReason: last.reason } : {}),
  };
}

export function unitViews(campus: CampusData, regionId?: string): UnitView[] {
  const units = regionId === undefined ? campus.units : campus.units.filter((u) => u.regionId === regionId);
  const counts = headcountsByUnit(units, campus.people);
  const n = names(campus);
  return units.map((u) => unitView(u, counts.get(u.id) ?? emptyHeadcount(), n));
}

export function unitDetail(campus: CampusData, unit: Unit, userNames: ReadonlyMap<string, string>): UnitDetail {
  const counts = headcountsByUnit([unit], campus.people);
  return {
    ...unitView(unit, counts.get(unit.id) ?? emptyHeadcount(), names(campus)),
    history: unit.statusHistory.map((c) => ({ ...c, byName: userNames.get(c.by) ?? c.by })).reverse(),
    nextStatuses: [...legalNextStatuses(unit.status)],
  };
}

export function buildingViews(campus: CampusData): BuildingView[] {
  const { regions } = names(campus);
  return campus.buildings.map((b) => ({
    ...b,
    regionName: regions.get(b.regionId) ?? b.regionId,
    units: campus.units.filter((u) => u.buildingId === b.id || u.dormitoryId === b.id).length,
  }));
}

export function campusSummary(campus: CampusData): CampusSummary {
  const unitsByStatus = emptyStatusCounts();
  for (const u of campus.units) unitsByStatus[u.status] += 1;
  const { regions } = names(campus);
  const notNormal = campus.units.filter((u) => u.status !== 'normal');
  const counts = headcountsByUnit(notNormal, campus.people);
  const flagged: FlaggedUnit[] = notNormal
    .map((u) => {
      const last = u.statusHistory.at(-1);
      return {
        id: u.id,
        name: u.name,
        status: u.status as FlaggedUnit['status'],
        regionName: regions.get(u.regionId) ?? u.regionId,
        ...(last ? { since: last.at, reason: last.reason } : {}),
        onCampus: counts.get(u.id)?.total.onCampus ?? 0,
      };
    })
    .sort((a, b) => (a.status === b.status ? byName(a, b) : a.status === 'isolated' ? -1 : 1));
  return {
    headcount: campusHeadcount(campus.people),
    people: campus.people.length,
    regions: campus.regions.length,
    buildings: campus.buildings.length,
    units: campus.units.length,
    unitsByStatus,
    flagged,
  };
}
