import { describe, expect, it } from 'vitest';
import { slotLowerBound } from '../../../shared/canteen/lowerBound.js';

describe('slotLowerBound', () => {
  it('takes ⌈Σ sizes / Σ capacities⌉ as the capacity bound', () => {
    expect(slotLowerBound([30, 30, 20], [40, 40], true).capacityBound).toBe(1);
    expect(slotLowerBound([30, 30, 21], [40, 40], true).capacityBound).toBe(2);
  });

  it('without sharing counts units per zone, by size: three 40s need three sittings of the one 40-zone', () => {
    expect(slotLowerBound([40, 40, 40, 20], [40, 20], false)).toEqual({ capacityBound: 3, countBound: 3, lowerBound: 3 });
    expect(slotLowerBound([10, 10, 10, 10, 10], [40, 40], false)).toEqual({ capacityBound: 1, countBound: 3, lowerBound: 3 });
  });

  it('with sharing counts units that cannot sit together: three 21s in two 40-zones need two sittings', () => {
    expect(slotLowerBound([21, 21, 21], [40, 40], true)).toEqual({ capacityBound: 1, countBound: 2, lowerBound: 2 });
    expect(slotLowerBound([20, 20, 20], [40, 40], true)).toEqual({ capacityBound: 1, countBound: 1, lowerBound: 1 });
  });

  it('is zero with nobody to seat and infinite with nowhere to seat them', () => {
    expect(slotLowerBound([], [40], false).lowerBound).toBe(0);
    expect(slotLowerBound([0, 0], [40], true).lowerBound).toBe(0);
    expect(slotLowerBound([5], [], true).lowerBound).toBe(Infinity);
  });
});
