/** Lower bounds on the sittings (slots) a set of units needs in a set of zones; see DESIGN R6/R7. */
export interface SlotBound {
  /** ⌈Σ unit sizes / Σ distanced capacities⌉: every sitting seats at most the total capacity. */
  capacityBound: number;
  /**
   * For every size x, a sitting seats at most Σ over zones of ⌊capacity / x⌋ units of size ≥ x (without sharing:
   * one per zone of capacity ≥ x), so ⌈#units ≥ x / that⌉. Without sharing this includes ⌈#units / #zones⌉ and is
   * exact for one canteen; with sharing it counts big units that cannot sit together.
   */
  countBound: number;
  lowerBound: number;
}

/** Bounds for units that each fit at least one zone; Infinity when there is nothing to seat them in. */
export function slotLowerBound(sizes: readonly number[], capacities: readonly number[], shareRegion: boolean): SlotBound {
  const units = sizes.filter((s) => s > 0).sort((a, b) => b - a);
  const people = units.reduce((a, b) => a + b, 0);
  const seats = capacities.reduce((a, b) => a + b, 0);
  const capacityBound = people === 0 ? 0 : seats === 0 ? Infinity : Math.ceil(people / seats);
  let countBound = 0;
  units.forEach((size, i) => {
    // Only the last unit of each size gives the count of units of at least that size.
    if (units[i + 1] === size) return;
    let perSitting = 0;
    for (const capacity of capacities) perSitting += shareRegion ? Math.floor(capacity / size) : capacity >= size ? 1 : 0;
    countBound = Math.max(countBound, perSitting === 0 ? Infinity : Math.ceil((i + 1) / perSitting));
  });
  return { capacityBound, countBound, lowerBound: Math.max(capacityBound, countBound) };
}
