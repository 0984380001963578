import { planMeals } from '../../shared/canteen/planner.ts';
import { findConflicts } from '../../shared/canteen/conflicts.ts';
import { canteenSettingsSchema } from '../../shared/canteen/schema.ts';
import { syntheticCampus } from '../unit/canteen/syntheticCampus.ts';
for (const share of [true, false]) for (const seed of [1,2,3,4]) {
const CAMPUS = syntheticCampus(seed, { units: 400, regions: 3, canteens: 4, zonesPerCanteen: [6, 10], seats: [40, 80], unitSize: [5, 20], smallUnitShare: 0.3, smallUnitSize: [3, 12] });
const w = { start: '05:00', end: '23:00' };
const settings = canteenSettingsSchema.parse({ shareRegion: share, windows: { breakfast: w, lunch: w, dinner: w } });
const t = performance.now();
const rs = planMeals({ ...CAMPUS, settings, seed: 7 });
const ms = performance.now() - t;
const cs = rs.flatMap(r => r.canteens);
console.log(share, seed, 'ms', ms.toFixed(0), 'ach', cs.reduce((s, c) => s + c.achieved, 0), 'lb', cs.reduce((s, c) => s + c.lowerBound, 0), 'meal', rs.map(r => `${r.overall.achieved}/${r.overall.lowerBound}`).join(' '), 'per', rs[0]!.canteens.map(c=>`${c.achieved}/${c.lowerBound}`).join(' '), 'viol', rs.map(r => r.violations.map(v => v.kind + ('unitIds' in v ? v.unitIds.length : ''))).flat().join(','),
 'conf', findConflicts({ units: CAMPUS.units, canteens: CAMPUS.canteens, settings, assignments: rs.flatMap(r => r.assignments) }).length);
}
