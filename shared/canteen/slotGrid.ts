import { clockToMinutes } from './clock.js';
import type { CanteenSettings, Meal } from './schema.js';

/**
 * The sittings of one meal: slot k runs [start + k·(eat + gap), + eat]. Every zone uses the same grid, so
 * consecutive sittings of a zone are always a full cleaning gap apart and "shared a zone-slot" is exact.
 */
export interface SlotGrid {
  windowStart: number;
  windowEnd: number;
  eatMinutes: number;
  /** Minutes from one sitting's start to the next: eating time plus the cleaning gap. */
  period: number;
  /** Sittings that end at or before the window end. */
  slotCount: number;
}

export function slotGrid(settings: CanteenSettings, meal: Meal): SlotGrid {
  const window = settings.windows[meal];
  const windowStart = clockToMinutes(window.start);
  const windowEnd = clockToMinutes(window.end);
  const eatMinutes = settings.eatMinutes;
  const period = eatMinutes + settings.gapMinutes;
  const length = windowEnd - windowStart;
  const slotCount = length < eatMinutes ? 0 : Math.floor((length - eatMinutes) / period) + 1;
  return { windowStart, windowEnd, eatMinutes, period, slotCount };
}

export function slotStart(grid: SlotGrid, slot: number): number {
  return grid.windowStart + slot * grid.period;
}

/** The slot a sitting [start, end] occupies, or undefined when it is not exactly one sitting of the grid. */
export function slotOf(grid: SlotGrid, start: number, end: number): number | undefined {
  const offset = start - grid.windowStart;
  if (offset < 0 || offset % grid.period !== 0 || end - start !== grid.eatMinutes) return undefined;
  const slot = offset / grid.period;
  return slot < grid.slotCount ? slot : undefined;
}
