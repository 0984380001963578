import type { PlannerCanteen, PlannerUnit } from '../../../shared/canteen/projection.js';
import { randomInt, seededRandom, type Random } from '../../../shared/common/random.js';

/** Random campuses for property tests and the benchmark; the same seed gives the same campus. */
export interface CampusShape {
  units: number;
  regions: number;
  canteens: number;
  zonesPerCanteen: readonly [number, number];
  seats: readonly [number, number];
  unitSize: readonly [number, number];
  /** Share of units drawn from `smallUnitSize` instead (staff groups next to classes). */
  smallUnitShare?: number;
  smallUnitSize?: readonly [number, number];
  /** When set, unit sizes are nudged (within their ranges) to add up to exactly this many people. */
  people?: number;
}

export interface SyntheticCampus {
  units: PlannerUnit[];
  canteens: PlannerCanteen[];
}

export function syntheticCampus(seed: number, shape: CampusShape): SyntheticCampus {
  const random = seededRandom(seed);
  const between = ([min, max]: readonly [number, number]) => min + randomInt(random, max - min + 1);
  const ranges = Array.from({ length: shape.units }, () =>
    shape.smallUnitSize && random() < (shape.smallUnitShare ?? 0) ? shape.smallUnitSize : shape.unitSize,
  );
  const sizes = ranges.map(between);
  if (shape.people !== undefined) adjustTotal(sizes, ranges, shape.people, random);
  const units = sizes.map((size, i) => ({
    id: `u${String(i).padStart(4, '0')}`,
    regionId: `r${randomInt(random, shape.regions)}`,
    size,
    homeBuildingId: `b${randomInt(random, shape.canteens + 2)}`,
  }));
  const canteens = Array.from({ length: shape.canteens }, (_, c) => ({
    id: `c${c}`,
    // Canteens beyond the regions serve the regions round-robin, so some region has two canteens.
    regionId: `r${c % shape.regions}`,
    buildingId: `b${c}`,
    zones: Array.from({ length: between(shape.zonesPerCanteen) }, (_, z) => ({ id: `z${z}`, seats: between(shape.seats) })),
  }));
  return { units, canteens };
}

function adjustTotal(sizes: number[], ranges: readonly (readonly [number, number])[], people: number, random: Random): void {
  let total = sizes.reduce((a, b) => a + b, 0);
  const [minPossible, maxPossible] = ranges.reduce(([lo, hi], [min, max]) => [lo + min, hi + max], [0, 0]);
  if (people < minPossible || people > maxPossible) throw new Error(`cannot make ${people} people from these unit sizes`);
  while (total !== people) {
    const i = randomInt(random, sizes.length);
    const [min, max] = ranges[i]!;
    const step = total < people ? 1 : -1;
    const next = sizes[i]! + step;
    if (next < min || next > max) continue;
    sizes[i] = next;
    total += step;
  }
}
