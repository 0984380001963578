import type { Conflict } from '../../../../shared/canteen/conflicts.js';
import type { PlanUnit, PlanView } from '../../../../shared/canteen/contract.js';
import { distancedCapacity } from '../../../../shared/canteen/capacity.js';
import { minutesToClock } from '../../../../shared/canteen/clock.js';
import type { Canteen, Meal, MealAssignment } from '../../../../shared/canteen/schema.js';
import { slotGrid, slotStart } from '../../../../shared/canteen/slotGrid.js';

/** Lookups a plan's views share; built once per plan answer. */
export interface PlanModel {
  view: PlanView;
  unitById: Map<string, PlanUnit>;
  canteenById: Map<string, Canteen>;
  regionName: (id: string) => string;
  unitName: (id: string) => string;
  /** The unit's sitting for a meal, if any (the first, when a conflict gave it two). */
  sittingOf: (unitId: string, meal: Meal) => MealAssignment | undefined;
  /** Unit ids named by any conflict of the meal. */
  conflictedUnits: (meal: Meal) => Set<string>;
  /** The sittings of a meal's grid as clock times. */
  sittings: (meal: Meal) => { start: string; end: string }[];
  capacity: (seats: number) => number;
}

export function planModel(view: PlanView): PlanModel {
  const unitById = new Map(view.units.map((u) => [u.id, u]));
  const canteenById = new Map(view.canteens.map((c) => [c.id, c]));
  const regionById = new Map(view.regions.map((r) => [r.id, r.name]));
  const sittingByKey = new Map<string, MealAssignment>();
  for (const a of view.plan.assignments) {
    const key = `${a.meal}/${a.unitId}`;
    if (!sittingByKey.has(key)) sittingByKey.set(key, a);
  }
  const conflicted = new Map<Meal, Set<string>>();
  for (const c of view.conflicts) {
    const set = conflicted.get(c.meal) ?? new Set<string>();
    for (const id of c.unitIds) set.add(id);
    conflicted.set(c.meal, set);
  }
  return {
    view,
    unitById,
    canteenById,
    regionName: (id) => regionById.get(id) ?? id,
    unitName: (id) => unitById.get(id)?.name ?? id,
    sittingOf: (unitId, meal) => sittingByKey.get(`${meal}/${unitId}`),
    conflictedUnits: (meal) => conflicted.get(meal) ?? new Set(),
    sittings: (meal) => {
      const grid = slotGrid(view.rules, meal);
      return Array.from({ length: grid.slotCount }, (_, k) => {
        const start = slotStart(grid, k);
        return { start: minutesToClock(start), end: minutesToClock(start + grid.eatMinutes) };
      });
    },
    capacity: (seats) => distancedCapacity(seats, view.rules.occupancyPct),
  };
}

/** Where a conflict happened, for the zone-slot kinds. */
export function conflictPlace(c: Conflict): { canteenId: string; zoneId: string; start?: string; end?: string } | null {
  if (c.kind === 'overCapacity' || c.kind === 'regionsMixed' || c.kind === 'sharingNotAllowed') {
    return { canteenId: c.canteenId, zoneId: c.zoneId, start: c.start, end: c.end };
  }
  if (c.kind === 'gapTooShort' || c.kind === 'unknownZone') return { canteenId: c.canteenId, zoneId: c.zoneId };
  return null;
}
