import { planMeals } from '../../shared/canteen/planner.ts';
import { canteenSettingsSchema } from '../../shared/canteen/schema.ts';
import { syntheticCampus } from '../unit/canteen/syntheticCampus.ts';
const CAMPUS = syntheticCampus(20_200_101, { people: 10_000, units: 400, regions: 3, canteens: 4, zonesPerCanteen: [36, 40], seats: [40, 96], unitSize: [25, 40], smallUnitShare: 0.3, smallUnitSize: [3, 12] });
const settings = canteenSettingsSchema.parse({ shareRegion: true });
const rs = planMeals({ ...CAMPUS, settings, seed: 7 });
for (const r of rs) {
  console.log(r.meal, r.canteens.map(c => `${c.canteenId} ${c.achieved}/${c.lowerBound} (cap ${c.capacityBound} cnt ${c.countBound})`).join(' | '));
  const caps = Object.fromEntries(CAMPUS.canteens.map(c => [c.id, c.zones.reduce((a, z) => a + Math.floor(z.seats / 2), 0)]));
  const load: Record<string, Record<string, number>> = {};
  for (const a of r.assignments) { const u = CAMPUS.units.find(x => x.id === a.unitId)!; (load[a.canteenId] ??= {})[u.regionId] = (load[a.canteenId]![u.regionId] ?? 0) + u.size; }
  for (const [c, l] of Object.entries(load)) console.log('  ', c, 'cap', caps[c], JSON.stringify(l), 'fill', (Object.values(l).reduce((a, b) => a + b, 0) / caps[c]!).toFixed(2));
}
