import { distancedCapacity } from './capacity.js';
import { clockToMinutes } from './clock.js';
import { appendTo } from './multimap.js';
import type { PlannerUnit, PlannerZone } from './projection.js';
import { MEALS, type CanteenSettings, type Meal, type MealAssignment } from './schema.js';
import { slotGrid, slotOf } from './slotGrid.js';

/**
 * Live check of a (hand-edited) plan against R6/R7; the UI flags each conflict and the host refuses to publish while
 * there is any. Every conflict names its meal and all units involved.
 *
 * Sittings must lie on the planner's grid (window start + k·(eat + gap), lasting exactly the eating time), not just
 * inside the window: on the grid, consecutive sittings of a zone are always a full cleaning gap apart, and two units
 * either shared a zone-slot or did not, which keeps the contact listing of R10 exact. An off-grid sitting is
 * reported as such, and also as too close to any sitting of its zone it leaves less than the gap from.
 */
export type Conflict =
  | { kind: 'unknownUnit'; meal: Meal; unitIds: string[] }
  | { kind: 'unknownZone'; meal: Meal; unitIds: string[]; canteenId: string; zoneId: string }
  | { kind: 'unitTwice'; meal: Meal; unitIds: string[]; count: number }
  | { kind: 'unitMissing'; meal: Meal; unitIds: string[] }
  | { kind: 'outsideWindow'; meal: Meal; unitIds: string[]; start: string; end: string; windowStart: string; windowEnd: string }
  | { kind: 'offGrid'; meal: Meal; unitIds: string[]; start: string; end: string }
  | ({ kind: 'overCapacity'; occupants: number; capacity: number } & ZoneSlot)
  | ({ kind: 'regionsMixed'; regionIds: string[] } & ZoneSlot)
  | ({ kind: 'sharingNotAllowed' } & ZoneSlot)
  | { kind: 'gapTooShort'; meal: Meal; unitIds: string[]; canteenId: string; zoneId: string; gapMinutes: number };

export type ConflictKind = Conflict['kind'];

interface ZoneSlot {
  meal: Meal;
  unitIds: string[];
  canteenId: string;
  zoneId: string;
  start: string;
  end: string;
}

export interface ConflictInput {
  units: readonly Pick<PlannerUnit, 'id' | 'regionId' | 'size'>[];
  canteens: readonly { id: string; zones: readonly PlannerZone[] }[];
  settings: CanteenSettings;
  assignments: readonly MealAssignment[];
  /** Meals every unit of size > 0 must have a sitting in. */
  meals?: readonly Meal[];
}

export function findConflicts(input: ConflictInput): Conflict[] {
  const { settings } = input;
  const unitById = new Map(input.units.map((u) => [u.id, u]));
  const seatsByZone = new Map(input.canteens.flatMap((c) => c.zones.map((z) => [zoneKey(c.id, z.id), z.seats] as const)));
  const conflicts: Conflict[] = [];
  const sittingsByZone = new Map<string, MealAssignment[]>();
  const countByUnit = new Map<string, number>();

  for (const a of input.assignments) {
    const unitKey = `${a.meal}\u0000${a.unitId}`;
    countByUnit.set(unitKey, (countByUnit.get(unitKey) ?? 0) + 1);
    if (!unitById.has(a.unitId)) conflicts.push({ kind: 'unknownUnit', meal: a.meal, unitIds: [a.unitId] });
    const grid = slotGrid(settings, a.meal);
    const start = clockToMinutes(a.start);
    const end = clockToMinutes(a.end);
    if (start < grid.windowStart || end > grid.windowEnd) {
      const window = settings.windows[a.meal];
      conflicts.push({ kind: 'outsideWindow', meal: a.meal, unitIds: [a.unitId], start: a.start, end: a.end, windowStart: window.start, windowEnd: window.end });
    } else if (slotOf(grid, start, end) === undefined) {
      conflicts.push({ kind: 'offGrid', meal: a.meal, unitIds: [a.unitId], start: a.start, end: a.end });
    }
    const key = zoneKey(a.canteenId, a.zoneId);
    if (!seatsByZone.has(key)) {
      conflicts.push({ kind: 'unknownZone', meal: a.meal, unitIds: [a.unitId], canteenId: a.canteenId, zoneId: a.zoneId });
      continue;
    }
    appendTo(sittingsByZone, `${a.meal}\u0000${key}`, a);
  }

  for (const [key, count] of countByUnit) {
    if (count < 2) continue;
    const [meal, unitId] = key.split('\u0000') as [Meal, string];
    conflicts.push({ kind: 'unitTwice', meal, unitIds: [unitId], count });
  }
  for (const meal of input.meals ?? MEALS) {
    for (const unit of input.units) {
      if (unit.size > 0 && !countByUnit.has(`${meal}\u0000${unit.id}`)) conflicts.push({ kind: 'unitMissing', meal, unitIds: [unit.id] });
    }
  }

  for (const sittings of sittingsByZone.values()) {
    const first = sittings[0]!;
    const capacity = distancedCapacity(seatsByZone.get(zoneKey(first.canteenId, first.zoneId))!, settings.occupancyPct);
    const groups = groupBySitting(sittings);
    for (const group of groups) conflicts.push(...zoneSlotConflicts(group, capacity, settings.shareRegion, unitById));
    conflicts.push(...gapConflicts(groups, settings.gapMinutes));
  }
  return conflicts;
}

function zoneSlotConflicts(
  group: readonly MealAssignment[],
  capacity: number,
  shareRegion: boolean,
  unitById: ReadonlyMap<string, Pick<PlannerUnit, 'regionId' | 'size'>>,
): Conflict[] {
  const first = group[0]!;
  const slot: ZoneSlot = {
    meal: first.meal,
    unitIds: group.map((a) => a.unitId),
    canteenId: first.canteenId,
    zoneId: first.zoneId,
    start: first.start,
    end: first.end,
  };
  const conflicts: Conflict[] = [];
  const occupants = group.reduce((sum, a) => sum + (unitById.get(a.unitId)?.size ?? 0), 0);
  if (occupants > capacity) conflicts.push({ kind: 'overCapacity', ...slot, occupants, capacity });
  const regionIds = [...new Set(group.flatMap((a) => unitById.get(a.unitId)?.regionId ?? []))];
  if (regionIds.length > 1) conflicts.push({ kind: 'regionsMixed', ...slot, regionIds });
  if (!shareRegion && group.length > 1) conflicts.push({ kind: 'sharingNotAllowed', ...slot });
  return conflicts;
}

/** Distinct sittings of one zone that leave less than the cleaning gap between them (overlaps included). */
function gapConflicts(groups: readonly MealAssignment[][], gapMinutes: number): Conflict[] {
  const spans = groups
    .map((group) => ({ group, start: clockToMinutes(group[0]!.start), end: clockToMinutes(group[0]!.end) }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const conflicts: Conflict[] = [];
  spans.forEach((earlier, i) => {
    // Sorted by start: once one sitting starts a full gap after `earlier` ends, all later ones do.
    for (const later of spans.slice(i + 1)) {
      if (later.start >= earlier.end + gapMinutes) break;
      const first = earlier.group[0]!;
      conflicts.push({
        kind: 'gapTooShort',
        meal: first.meal,
        unitIds: [...earlier.group, ...later.group].map((a) => a.unitId),
        canteenId: first.canteenId,
        zoneId: first.zoneId,
        gapMinutes,
      });
    }
  });
  return conflicts;
}

function groupBySitting(sittings: readonly MealAssignment[]): MealAssignment[][] {
  const groups = new Map<string, MealAssignment[]>();
  for (const a of sittings) appendTo(groups, `${a.start}-${a.end}`, a);
  return [...groups.values()];
}

function zoneKey(canteenId: string, zoneId: string): string {
  return `${canteenId}\u0000${zoneId}`;
}
