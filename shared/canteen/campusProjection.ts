import { headcountsByUnit } from '../campus/headcount.js';
import type { Person, Unit } from '../campus/schema.js';
import type { PlannerCanteen, PlannerUnit } from './projection.js';
import type { Canteen } from './schema.js';

/**
 * The planner's view of the campus: a unit's size is its derived on-campus headcount, so a unit whose people are all
 * at home has size 0 and is not planned (it does not eat on campus). Units keep their order.
 */
export function plannerUnits(units: readonly Unit[], people: readonly Person[]): PlannerUnit[] {
  const counts = headcountsByUnit(units, people);
  return units.map((unit) => ({
    id: unit.id,
    regionId: unit.regionId,
    size: counts.get(unit.id)?.total.onCampus ?? 0,
    homeBuildingId: unit.buildingId,
  }));
}

export function plannerCanteens(canteens: readonly Canteen[]): PlannerCanteen[] {
  return canteens.map((c) => ({
    id: c.id,
    ...(c.regionId !== undefined ? { regionId: c.regionId } : {}),
    ...(c.buildingId !== undefined ? { buildingId: c.buildingId } : {}),
    zones: c.zones.map((z) => ({ id: z.id, seats: z.seats })),
  }));
}
