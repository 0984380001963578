import { findConflicts } from '../../shared/canteen/conflicts.js';
import { planMeals, type MealPlanResult } from '../../shared/canteen/planner.js';
import { canteenSettingsSchema, type CanteenSettings } from '../../shared/canteen/schema.js';
import { syntheticCampus } from '../unit/canteen/syntheticCampus.js';

/**
 * The large campus of DESIGN §5: 10,000 people in 400 units (classes of 25–40 and staff groups of 3–12) across
 * 3 regions, 4 canteens of 36–40 zones with 40–96 seats each, planned for 3 meals under the default rules (one unit
 * per zone-slot: 3 sittings of 20 + 10 minutes in a 90-minute window) and again with region sharing allowed.
 */
const CAMPUS = syntheticCampus(20_200_101, {
  people: 10_000,
  units: 400,
  regions: 3,
  canteens: 4,
  zonesPerCanteen: [36, 40],
  seats: [40, 96],
  unitSize: [25, 40],
  smallUnitShare: 0.3,
  smallUnitSize: [3, 12],
});
const SEED = 7;
const RUNS = 5;

export async function benchCanteen(): Promise<{ name: string; value: number; unit: string }[]> {
  return [...scenario('default', canteenSettingsSchema.parse({})), ...scenario('shared', canteenSettingsSchema.parse({ shareRegion: true }))];
}

function scenario(label: string, settings: CanteenSettings) {
  const plan = () => planMeals({ units: CAMPUS.units, canteens: CAMPUS.canteens, settings, seed: SEED });
  plan(); // warm-up: the first run pays for JIT compilation
  const times: number[] = [];
  let results: MealPlanResult[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    results = plan();
    times.push(performance.now() - started);
  }
  const canteens = results.flatMap((r) => r.canteens);
  const achieved = sum(canteens.map((c) => c.achieved));
  const bound = sum(canteens.map((c) => c.lowerBound));
  const ruleBreaks =
    findConflicts({ units: CAMPUS.units, canteens: CAMPUS.canteens, settings, assignments: results.flatMap((r) => r.assignments) }).length +
    sum(results.map((r) => r.violations.length));
  return [
    { name: `canteen.${label}.planTime3Meals`, value: round(median(times)), unit: 'ms' },
    { name: `canteen.${label}.slotsAchieved`, value: achieved, unit: 'canteen-sittings' },
    { name: `canteen.${label}.slotsLowerBound`, value: bound, unit: 'canteen-sittings' },
    { name: `canteen.${label}.slotsOverBound`, value: round((100 * (achieved - bound)) / bound), unit: '%' },
    { name: `canteen.${label}.mealSlotsAchieved`, value: sum(results.map((r) => r.overall.achieved)), unit: 'sittings' },
    { name: `canteen.${label}.mealSlotsLowerBound`, value: sum(results.map((r) => r.overall.lowerBound)), unit: 'sittings' },
    { name: `canteen.${label}.ruleBreaks`, value: ruleBreaks, unit: 'count' },
  ];
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
