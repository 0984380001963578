import { describe, expect, it } from 'vitest';
import { distancedCapacity } from '../../../shared/canteen/capacity.js';
import { slotGrid, slotOf, slotStart } from '../../../shared/canteen/slotGrid.js';
import { lunchUntil, settings } from './fixtures.js';

describe('slotGrid', () => {
  it('fits three sittings in the default 90-minute window', () => {
    expect(slotGrid(settings({}), 'lunch').slotCount).toBe(3);
  });

  it('counts a sitting that ends exactly at the window end, not one that ends a minute past it', () => {
    // Sittings 11:30–11:50 and 12:00–12:20.
    expect(slotGrid(lunchUntil('12:20'), 'lunch').slotCount).toBe(2);
    expect(slotGrid(lunchUntil('12:19'), 'lunch').slotCount).toBe(1);
  });

  it('has no sitting when the window is shorter than the eating time', () => {
    expect(slotGrid(lunchUntil('11:50'), 'lunch').slotCount).toBe(1);
    expect(slotGrid(lunchUntil('11:49'), 'lunch').slotCount).toBe(0);
  });

  it('leaves the full cleaning gap between consecutive sittings', () => {
    const grid = slotGrid(settings({ gapMinutes: 15 }), 'lunch');
    const firstEnd = slotStart(grid, 0) + grid.eatMinutes;
    expect(slotStart(grid, 1) - firstEnd).toBe(15);
  });

  it('recognises only sittings on the grid', () => {
    const grid = slotGrid(settings({}), 'lunch');
    const at = (h: number, m: number) => h * 60 + m;
    expect(slotOf(grid, at(12, 0), at(12, 20))).toBe(1);
    expect(slotOf(grid, at(12, 30), at(12, 50))).toBe(2);
    expect(slotOf(grid, at(12, 5), at(12, 25))).toBeUndefined();
    expect(slotOf(grid, at(12, 0), at(12, 25))).toBeUndefined();
    expect(slotOf(grid, at(13, 0), at(13, 20))).toBeUndefined();
    expect(slotOf(grid, at(11, 0), at(11, 20))).toBeUndefined();
  });
});

describe('distancedCapacity', () => {
  it('rounds down: 50 % of 81 seats is 40 people', () => {
    expect(distancedCapacity(80, 50)).toBe(40);
    expect(distancedCapacity(81, 50)).toBe(40);
    expect(distancedCapacity(100, 29)).toBe(29);
    expect(distancedCapacity(1, 50)).toBe(0);
  });
});
