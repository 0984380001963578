import { findConflicts } from '../../shared/canteen/conflicts.js';
import { planMeals, type MealPlanResult } from '../../shared/canteen/planner.js';
import { canteenSettingsSchema, type CanteenSettings } from '../../shared/canteen/schema.js';
import { plannerCanteens, plannerUnits } from '../../shared/canteen/campusProjection.js';
import { generateDemoCampus } from '../../shared/demo/generator.js';
import { percentile, type Figure } from './figure.js';

/**
 * The large demo campus of DESIGN §5 (about 10,000 people, 403 units of which 390 classes, 3 regions, 4 canteens of
 * 40 zones), planned for 3 meals under the default rules and again with region sharing allowed. Unit sizes are the
 * derived on-campus headcounts, as the host plans them.
 *
 * Canteen sizes follow from the default rules: a 90-minute window holds 3 sittings of 20 + 10 minutes, and without
 * sharing each zone seats one unit per sitting, so 403 units need at least 135 zones, and a grade's 91 teachers need a
 * hall of 182 seats at 50 %. Canteens of 6–10 zones could seat at most 120 units per meal under these rules, so no
 * plan would exist.
 */
const DEMO = generateDemoCampus({ seed: 20_261_123, now: new Date('2026-11-23T08:00:00+08:00'), size: 'large' });
const CAMPUS = { units: plannerUnits(DEMO.core.units, DEMO.core.people), canteens: plannerCanteens(DEMO.core.canteens) };
const SEED = 7;
const RUNS = 5;

export async function benchCanteen(): Promise<Figure[]> {
  return [...scenario('default', canteenSettingsSchema.parse({})), ...scenario('shared', canteenSettingsSchema.parse({ shareRegion: true }))];
}

function scenario(label: string, settings: CanteenSettings): Figure[] {
  const plan = () => planMeals({ units: CAMPUS.units, canteens: CAMPUS.canteens, settings, seed: SEED });
  // The first run pays for JIT compilation, as a freshly started planning worker would.
  const coldStart = performance.now();
  plan();
  const cold = performance.now() - coldStart;
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
    { name: `canteen.${label}.planTime3Meals`, value: round(percentile(times, 50)), unit: 'ms' },
    { name: `canteen.${label}.planTime3MealsCold`, value: round(cold), unit: 'ms' },
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

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
