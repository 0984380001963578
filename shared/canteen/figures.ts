import { distancedCapacity } from './capacity.js';
import { slotLowerBound } from './lowerBound.js';
import type { CanteenMealFigures, SlotFigures } from './planner.js';
import type { PlannerUnit, PlannerZone } from './projection.js';
import { MEALS, type CanteenSettings, type Meal, type MealAssignment } from './schema.js';
import { slotGrid } from './slotGrid.js';

export interface MealFigures {
  meal: Meal;
  /** The whole meal: the bound over all units and zones, and the most sittings any canteen uses. */
  overall: SlotFigures;
  canteens: CanteenMealFigures[];
}

export interface FiguresInput {
  units: readonly Pick<PlannerUnit, 'id' | 'size'>[];
  canteens: readonly { id: string; zones: readonly PlannerZone[] }[];
  settings: CanteenSettings;
  assignments: readonly MealAssignment[];
}

/**
 * Sittings used against their lower bound, per meal and canteen, for a plan as it stands (after manual moves too), on
 * the same terms as the planner's own figures: a canteen's bound counts the units seated there.
 */
export function planFigures({ units, canteens, settings, assignments }: FiguresInput): MealFigures[] {
  const sizeOf = new Map(units.map((u) => [u.id, u.size]));
  const share = settings.shareRegion;
  return MEALS.map((meal) => {
    const windowSlots = slotGrid(settings, meal).slotCount;
    const seated = assignments.filter((a) => a.meal === meal);
    const capacitiesOf = (zones: readonly PlannerZone[]) => zones.map((z) => distancedCapacity(z.seats, settings.occupancyPct)).filter((c) => c > 0);
    const perCanteen = canteens.map((canteen): CanteenMealFigures => {
      const here = seated.filter((a) => a.canteenId === canteen.id);
      const bound = slotLowerBound(
        here.map((a) => sizeOf.get(a.unitId) ?? 0),
        capacitiesOf(canteen.zones),
        share,
      );
      return { canteenId: canteen.id, ...bound, windowSlots, achieved: new Set(here.map((a) => a.start)).size };
    });
    const overall = slotLowerBound(
      seated.map((a) => sizeOf.get(a.unitId) ?? 0),
      canteens.flatMap((c) => capacitiesOf(c.zones)),
      share,
    );
    return { meal, overall: { ...overall, windowSlots, achieved: Math.max(0, ...perCanteen.map((c) => c.achieved)) }, canteens: perCanteen };
  });
}
