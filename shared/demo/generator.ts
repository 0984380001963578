import type { CoreDoc, Journals } from '../db/schema.js';
import { seededRandom } from '../common/random.js';
import { demoCampus, type DemoShape } from './campus.js';
import { demoCanteens, demoMealPlan } from './canteen.js';
import { demoContext } from './context.js';
import { demoHeating, demoHeatingSettings } from './heating.js';
import { demoRotation, type DemoRotation } from './rotation.js';
import { DEMO_FUEL_ITEM_ID, demoSupplies } from './supplies.js';

export type DemoSize = 'demo' | 'large';

/** The newcomer's demo (about 3,000 people in 120 units, 2 canteens) and the benchmark campus (10,000 people, 400 units, 4 canteens). */
const SHAPES: Record<DemoSize, DemoShape> = {
  demo: { gradesPerRegion: 3, classesPerGrade: 17, studentsPerClass: [22, 30], boarderShare: 0.7, canteens: 2 },
  large: { gradesPerRegion: 3, classesPerGrade: 65, studentsPerClass: [19, 30], boarderShare: 0.7, canteens: 4 },
};

export interface DemoData {
  core: Pick<CoreDoc, 'regions' | 'buildings' | 'units' | 'people' | 'canteens' | 'mealPlans' | 'items' | 'lots' | 'rooms' | 'outdoor'> & DemoRotation & { settings?: Partial<CoreDoc['settings']> };
  journals: { movements: Journals['movements'][]; readings: Journals['readings'][] };
}

/** Deterministic for the same seed, size and `now`. */
export function generateDemoCampus(options: { seed: number; now: Date; size: DemoSize; byUser?: string }): DemoData {
  const ctx = demoContext(seededRandom(options.seed), options.now);
  const byUser = options.byUser ?? 'demo';
  const campus = demoCampus(ctx, SHAPES[options.size]);
  const onCampus = campus.people.filter((p) => p.presence === 'onCampus').length;
  const heating = demoHeating(ctx, campus.buildings, campus.units, byUser);
  const supplies = demoSupplies(ctx, onCampus, heating.fuelPerDay);
  const rotation = demoRotation(ctx, campus, byUser);
  const canteens = demoCanteens(ctx, campus.buildings, campus.units.length);
  return {
    core: {
      ...campus,
      ...rotation,
      canteens,
      mealPlans: [demoMealPlan(ctx, canteens, campus.units, rotation.people, byUser)],
      items: supplies.items,
      lots: supplies.lots,
      rooms: heating.rooms,
      outdoor: heating.outdoor,
      settings: { heating: demoHeatingSettings(DEMO_FUEL_ITEM_ID) },
    },
    journals: { movements: supplies.movements, readings: heating.readings },
  };
}

export { DEMO_FUEL_ITEM_ID };
