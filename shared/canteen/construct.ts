import type { Packing } from './packing.js';
import type { PenaltyOf } from './preference.js';

/**
 * First-fit decreasing, region-aware: units in the given order (largest first) each take the bin that is most
 * preferred, then earliest (fills sittings before opening new ones), then tightest (keeps big zones for big units).
 * Only slots below `slotLimit` and the given zones are used; units already placed stay. Returns the units it could
 * not place.
 *
 * Without sharing, started on an empty packing, this never fails when any placement exists: taken in decreasing
 * size, every bin an earlier unit took would also have fitted the current one, so Hall's condition on the remaining
 * bins still holds.
 */
export function construct(
  p: Packing,
  order: readonly number[],
  zones: readonly number[],
  slotLimit: number,
  penalty: PenaltyOf | null,
): number[] {
  const unplaced: number[] = [];
  for (const u of order) {
    if (p.binOf[u]! >= 0) continue;
    const bin = bestBin(p, u, zones, () => slotLimit, penalty, 'earliest');
    if (bin < 0) unplaced.push(u);
    else p.put(u, bin);
  }
  return unplaced;
}

/**
 * Puts units back in their kept zone (and sitting, if it fits) before anything else is placed, so a unit moving in
 * cannot take a seat its keeper would then miss; a unit moving for a better canteen waits for room (see improve.ts).
 */
export function keepSeats(p: Packing, order: readonly number[], keptZone: (unit: number) => number, penalty: PenaltyOf): void {
  for (const u of order) {
    const z = keptZone(u);
    if (z < 0) continue;
    const bin = bestBin(p, u, [z], () => p.slotCount, penalty, 'earliest');
    if (bin >= 0) p.put(u, bin);
  }
}

/**
 * The best bin unit u fits: least penalty, then (for 'earliest') lowest slot, then least capacity left over.
 * `limitOf(canteen)` bounds the slots allowed in each canteen. -1 when none fits.
 */
export function bestBin(
  p: Packing,
  u: number,
  zones: readonly number[],
  limitOf: (canteen: number) => number,
  penalty: PenaltyOf | null,
  order: 'earliest' | 'tightest',
  skipBin = -1,
): number {
  const size = p.units[u]!.size;
  let best = -1;
  let bestPenalty = Infinity;
  let bestSlot = Infinity;
  let bestWaste = Infinity;
  for (const z of zones) {
    const zone = p.zones[z]!;
    if (zone.capacity < size) continue;
    const limit = limitOf(zone.canteen);
    for (let slot = 0; slot < limit; slot++) {
      const bin = z * p.slotCount + slot;
      if (bin === skipBin || !p.fits(u, bin)) continue;
      const pen = penalty ? penalty(u, bin) : 0;
      const rankSlot = order === 'earliest' ? slot : 0;
      const waste = zone.capacity - p.load[bin]! - size;
      if (pen < bestPenalty || (pen === bestPenalty && (rankSlot < bestSlot || (rankSlot === bestSlot && waste < bestWaste)))) {
        best = bin;
        bestPenalty = pen;
        bestSlot = rankSlot;
        bestWaste = waste;
      }
    }
  }
  return best;
}
