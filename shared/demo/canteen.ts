import { addDays, formatISO, subDays } from 'date-fns';
import type { Building, Person, Unit } from '../campus/schema.js';
import { plannerCanteens, plannerUnits } from '../canteen/campusProjection.js';
import { planMeals } from '../canteen/planner.js';
import { canteenSettingsSchema, type Canteen, type CanteenZone, type MealPlan } from '../canteen/schema.js';
import type { DemoContext } from './context.js';

/**
 * Zones for each canteen building of the demo, sized so the default rules (one unit per zone-slot, 3 sittings of
 * 20 + 10 minutes in a 90-minute window, 50 % distanced occupancy) admit a plan: every canteen serves about a third
 * of a section's units per sitting, ordinary zones seat a whole class (32–40 at 50 %), and two big halls per canteen
 * seat a grade's teachers (up to ~90 in the large campus). Canteens serve the section their building is in first.
 */
export function demoCanteens(ctx: DemoContext, buildings: readonly Building[], unitCount: number): Canteen[] {
  const canteenBuildings = buildings.filter((b) => b.kind === 'canteen');
  // Units per canteen per sitting, with a sixth to spare so manual moves have free zones to go to.
  const perSitting = Math.ceil(unitCount / canteenBuildings.length / 3);
  const zoneCount = Math.max(8, Math.ceil(perSitting * 1.15));
  return canteenBuildings.map((building, c) =>
    ctx.rec({
      id: `canteen-${c + 1}`,
      name: building.name,
      buildingId: building.id,
      regionId: building.regionId,
      zones: zones(zoneCount),
    }),
  );
}

/** Ground floor A, first floor B; the last two zones of the first floor are the halls. */
function zones(count: number): CanteenZone[] {
  const perFloor = Math.ceil(count / 2);
  return Array.from({ length: count }, (_, i) => {
    const floor = i < perFloor ? 'A' : 'B';
    const number = (i % perFloor) + 1;
    const seats = i >= count - 2 ? 200 : i % 5 === 4 ? 80 : 64;
    return { id: `zone-${floor.toLowerCase()}${number}`, name: `${floor}${number}`, seats };
  });
}

/**
 * The plan in force: published a week ago for the fortnight around today, so a newcomer sees today's meals and the
 * "who ate where" history answers for the past week. Made by the same planner the host runs.
 */
export function demoMealPlan(ctx: DemoContext, canteens: readonly Canteen[], units: readonly Unit[], people: readonly Person[], byUser: string): MealPlan {
  const settings = canteenSettingsSchema.parse({});
  const seed = 1;
  const results = planMeals({ units: plannerUnits(units, people), canteens: plannerCanteens(canteens), settings, seed });
  const day = (offset: number) => formatISO(addDays(ctx.now, offset), { representation: 'date' });
  return ctx.rec({
    id: 'mealplan-demo',
    version: 1,
    status: 'published' as const,
    from: day(-7),
    to: day(6),
    seed,
    settings,
    assignments: results.flatMap((r) => r.assignments),
    publishedAt: formatISO(subDays(ctx.now, 8)),
    publishedBy: byUser,
  });
}
