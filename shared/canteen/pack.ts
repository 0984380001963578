import { construct, keepSeats } from './construct.js';
import { balanceLoad, compactSittings, improvePreferences, insertWithEjection, type Search } from './improve.js';
import { Packing, type PackUnit, type PackZone } from './packing.js';
import type { Preferences } from './preference.js';
import { seededRandom } from '../common/random.js';

/** One meal as the packing sees it: indices only, units already known to fit some zone. */
export interface MealProblem {
  zones: readonly PackZone[];
  units: readonly PackUnit[];
  canteenCount: number;
  slotCount: number;
  shareRegion: boolean;
  preferences: Preferences;
  /** The order every construction takes units in: largest first, ties by id. */
  order: readonly number[];
  /** Lower bound on the meal's sittings: where packing for space alone starts. */
  lowerBound: number;
  seed: number;
}

/** Construction, then the bounded improvement search (see improve.ts). */
export function packMeal(problem: MealProblem): { packing: Packing; unplaced: number[] } {
  const { zones, slotCount, preferences, order } = problem;
  const allZones = zones.map((_, z) => z);
  const zonesOfCanteen = Array.from({ length: problem.canteenCount }, (_, c) => allZones.filter((z) => zones[z]!.canteen === c));
  const attempt = (limit: number, prefer: boolean) => {
    const s: Search = {
      p: new Packing(zones, problem.units, slotCount, problem.shareRegion, problem.canteenCount),
      penalty: preferences.penalty,
      seat: preferences.seat,
      random: seededRandom(problem.seed),
      zones: allZones,
      zonesOfCanteen,
    };
    if (prefer) keepSeats(s.p, order, preferences.keptZone, preferences.penalty);
    const left = construct(s.p, order, allZones, limit, prefer ? preferences.penalty : null);
    return { s, unplaced: left.filter((u) => !insertWithEjection(s, u, () => slotCount)) };
  };

  let { s, unplaced } = attempt(slotCount, true);
  // Preferences can crowd a canteen; if that leaves units out, pack for space alone, fewest sittings first.
  for (let limit = Math.min(Math.max(problem.lowerBound, 1), slotCount); unplaced.length > 0 && limit <= slotCount; limit++) {
    const packed = attempt(limit, false);
    if (packed.unplaced.length < unplaced.length) ({ s, unplaced } = packed);
  }
  s.p.commit();
  compactSittings(s);
  improvePreferences(s);
  balanceLoad(
    s,
    zonesOfCanteen.map((list) => list.reduce((sum, z) => sum + zones[z]!.capacity, 0)),
  );
  // Units that moved change what each canteen holds, and so how few sittings it needs.
  compactSittings(s);
  return { packing: s.p, unplaced };
}
