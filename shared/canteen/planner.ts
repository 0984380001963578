import { distancedCapacity } from './capacity.js';
import { minutesToClock } from './clock.js';
import { slotLowerBound, type SlotBound } from './lowerBound.js';
import { packMeal } from './pack.js';
import type { PackZone } from './packing.js';
import { preferences } from './preference.js';
import type { PlannerInput, PlannerUnit } from './projection.js';
import { MEALS, type Meal } from './meals.js';
import type { MealAssignment } from './schema.js';
import { slotGrid, slotStart } from './slotGrid.js';

/** What the planner could not satisfy; the units named are left out of the plan. */
export type PlanViolation =
  | { kind: 'unitTooLarge'; meal: Meal; unitId: string; size: number; largestCapacity: number }
  | { kind: 'windowTooShort'; meal: Meal; unitIds: string[]; windowMinutes: number; eatMinutes: number }
  | { kind: 'notEnoughZoneSlots'; meal: Meal; unitIds: string[]; windowSlots: number };

/** Sittings achieved against their lower bound, for one canteen (given the units planned there) or the whole meal. */
export interface SlotFigures extends SlotBound {
  windowSlots: number;
  /** Sittings used; for the whole meal, the most any canteen uses. */
  achieved: number;
}

export interface CanteenMealFigures extends SlotFigures {
  canteenId: string;
}

export interface MealPlanResult {
  meal: Meal;
  /** In the order of the input units. */
  assignments: MealAssignment[];
  violations: PlanViolation[];
  canteens: CanteenMealFigures[];
  overall: SlotFigures;
}

interface Zone extends PackZone {
  zoneId: string;
}

/** Plans one meal: each unit of size > 0 in one zone-slot, whole; deterministic for the same input and seed. */
export function planMeal(input: PlannerInput): MealPlanResult {
  const { settings, meal, canteens } = input;
  const grid = slotGrid(settings, meal);
  const share = settings.shareRegion;
  const zones: Zone[] = canteens.flatMap((canteen, c) =>
    canteen.zones
      .map((zone) => ({ canteen: c, zoneId: zone.id, capacity: distancedCapacity(zone.seats, settings.occupancyPct) }))
      .filter((zone) => zone.capacity > 0),
  );
  const capacities = zones.map((z) => z.capacity);
  const largestCapacity = Math.max(0, ...capacities);

  const violations: PlanViolation[] = [];
  const units: PlannerUnit[] = [];
  for (const unit of input.units) {
    if (unit.size <= 0) continue;
    if (unit.size > largestCapacity) violations.push({ kind: 'unitTooLarge', meal, unitId: unit.id, size: unit.size, largestCapacity });
    else units.push(unit);
  }
  const overallBound = slotLowerBound(
    units.map((u) => u.size),
    capacities,
    share,
  );

  if (grid.slotCount === 0) {
    if (units.length > 0) {
      violations.push({
        kind: 'windowTooShort',
        meal,
        unitIds: units.map((u) => u.id),
        windowMinutes: grid.windowEnd - grid.windowStart,
        eatMinutes: grid.eatMinutes,
      });
    }
    return {
      meal,
      assignments: [],
      violations,
      canteens: canteens.map((c) => ({ canteenId: c.id, ...slotLowerBound([], [], share), windowSlots: 0, achieved: 0 })),
      overall: { ...overallBound, windowSlots: 0, achieved: 0 },
    };
  }

  const regionIndex = new Map<string, number>();
  const { packing: p, unplaced } = packMeal({
    zones,
    units: units.map((u) => ({ size: u.size, region: indexOf(regionIndex, u.regionId) })),
    canteenCount: canteens.length,
    slotCount: grid.slotCount,
    shareRegion: share,
    preferences: preferences(units, canteens, zones, grid.slotCount, input.previous ?? [], input.distances ?? {}),
    order: units.map((_, u) => u).sort((a, b) => units[b]!.size - units[a]!.size || compareIds(units[a]!.id, units[b]!.id)),
    lowerBound: overallBound.lowerBound,
    seed: input.seed,
  });

  if (unplaced.length > 0) {
    violations.push({ kind: 'notEnoughZoneSlots', meal, unitIds: unplaced.map((u) => units[u]!.id), windowSlots: grid.slotCount });
  }

  // Sittings are renumbered per canteen to close gaps the search left, so each canteen serves from the window start.
  const sittings = canteens.map((_, c) => p.usedSlotList(c));
  const assignments: MealAssignment[] = [];
  units.forEach((unit, u) => {
    const bin = p.binOf[u]!;
    if (bin < 0) return;
    const zone = zones[p.zoneOf(bin)]!;
    const start = slotStart(grid, sittings[zone.canteen]!.indexOf(p.slotOf(bin)));
    assignments.push({
      unitId: unit.id,
      meal,
      canteenId: canteens[zone.canteen]!.id,
      zoneId: zone.zoneId,
      start: minutesToClock(start),
      end: minutesToClock(start + grid.eatMinutes),
    });
  });

  const figures = canteens.map((canteen, c): CanteenMealFigures => {
    const planned = units.filter((_, u) => p.binOf[u]! >= 0 && p.canteenOf(p.binOf[u]!) === c);
    const bound = slotLowerBound(
      planned.map((u) => u.size),
      zones.filter((z) => z.canteen === c).map((z) => z.capacity),
      share,
    );
    return { canteenId: canteen.id, ...bound, windowSlots: grid.slotCount, achieved: sittings[c]!.length };
  });
  return {
    meal,
    assignments,
    violations,
    canteens: figures,
    overall: { ...overallBound, windowSlots: grid.slotCount, achieved: Math.max(0, ...figures.map((f) => f.achieved)) },
  };
}

/**
 * Plans several meals of a day in order, each keeping the seats of the one before (then of `previous`) where it can,
 * so a unit sits in the same zone at every meal. `onMeal` hears of each meal as it is done (the host reports progress).
 */
export function planMeals(
  input: Omit<PlannerInput, 'meal'> & { meals?: readonly Meal[]; onMeal?: (result: MealPlanResult, done: number, total: number) => void },
): MealPlanResult[] {
  const results: MealPlanResult[] = [];
  const meals = input.meals ?? MEALS;
  let previous = input.previous ?? [];
  for (const meal of meals) {
    const result = planMeal({ ...input, meal, previous });
    results.push(result);
    input.onMeal?.(result, results.length, meals.length);
    previous = [...result.assignments, ...(input.previous ?? [])];
  }
  return results;
}

function indexOf(index: Map<string, number>, key: string): number {
  let value = index.get(key);
  if (value === undefined) {
    value = index.size;
    index.set(key, value);
  }
  return value;
}

/** Code-unit order: the same on every machine, unlike localeCompare. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
