import { bestBin, construct } from './construct.js';
import { slotLowerBound } from './lowerBound.js';
import type { Packing } from './packing.js';
import type { PenaltyOf } from './preference.js';
import { shuffled, type Random } from '../common/random.js';

/*
 * The bounded improvement search after construction. Every step keeps the plan valid. The order of importance is
 * the issue's: preferences (see preference.ts), then fewer sittings, then a load spread in proportion to capacity.
 * Every loop is bounded by a round count or by a strictly falling number of sittings, and random orders come from
 * the seeded PRNG, so results are reproducible.
 */

export interface Search {
  p: Packing;
  /** See Preferences in preference.ts. */
  penalty: PenaltyOf;
  seat: PenaltyOf;
  random: Random;
  /** Zone indices with capacity > 0, all canteens, and per canteen. */
  zones: readonly number[];
  zonesOfCanteen: readonly (readonly number[])[];
}

/** Ejections tried per unit before giving up; bounds the search on campuses where a sitting cannot be emptied. */
const EJECTION_TRIES = 200;
const PREFERENCE_ROUNDS = 4;
const BALANCE_ROUNDS = 4;

/** Places u directly or by moving one smaller unit out of the way; within `limitOf` slots per canteen. */
export function insertWithEjection(s: Search, u: number, limitOf: (canteen: number) => number): boolean {
  const { p, penalty } = s;
  const direct = bestBin(p, u, s.zones, limitOf, penalty, 'tightest');
  if (direct >= 0) {
    p.put(u, direct);
    return true;
  }
  const size = p.units[u]!.size;
  const candidates = s.zones
    .filter((z) => p.zones[z]!.capacity >= size)
    .flatMap((z) => Array.from({ length: limitOf(p.zones[z]!.canteen) }, (_, slot) => z * p.slotCount + slot))
    .sort((a, b) => penalty(u, a) - penalty(u, b) || a - b);
  let tries = 0;
  for (const bin of candidates) {
    for (const v of [...p.members[bin]!]) {
      if (p.units[v]!.size >= size) continue;
      if (++tries > EJECTION_TRIES) return false;
      const mark = p.mark();
      p.unplace(v);
      if (p.fits(u, bin)) {
        p.put(u, bin);
        const moved = bestBin(p, v, s.zones, limitOf, penalty, 'tightest', bin);
        if (moved >= 0) {
          p.put(v, moved);
          return true;
        }
      }
      p.rollback(mark);
    }
  }
  return false;
}

/** Σ seat penalty over placed units: a step to fewer sittings that raises it is undone (see preference.ts). */
function totalSeatPenalty(s: Search): number {
  let total = 0;
  s.p.binOf.forEach((bin, u) => {
    if (bin >= 0) total += s.seat(u, bin);
  });
  return total;
}

function unitsOfCanteen(s: Search, c: number): number[] {
  return s.zonesOfCanteen[c]!.flatMap((z) => s.p.members.slice(z * s.p.slotCount, (z + 1) * s.p.slotCount).flat());
}

/**
 * Moves every unit out of canteen c's last sitting into sittings already in use, all or nothing, and only if no
 * unit ends up less preferred overall.
 */
function emptyLastSitting(s: Search, c: number): boolean {
  const { p } = s;
  const last = p.slotsUsed(c) - 1;
  if (last < 0) return false;
  const limits = Array.from({ length: p.canteenCount }, (_, i) => (i === c ? last : p.slotsUsed(i)));
  const victims = shuffled(
    s.zonesOfCanteen[c]!.flatMap((z) => p.members[z * p.slotCount + last]!),
    s.random,
  ).sort((a, b) => p.units[b]!.size - p.units[a]!.size);
  const before = totalSeatPenalty(s);
  const mark = p.mark();
  for (const v of victims) p.unplace(v);
  if (!victims.every((v) => insertWithEjection(s, v, (i) => limits[i]!)) || totalSeatPenalty(s) > before) {
    p.rollback(mark);
    return false;
  }
  p.commit();
  return true;
}

/** Removes sittings, canteen by canteen, while one can be emptied. */
function eliminateSlots(s: Search): void {
  const canteens = Array.from({ length: s.p.canteenCount }, (_, c) => c);
  let improved = true;
  while (improved) {
    improved = false;
    for (const c of shuffled(canteens, s.random)) {
      while (emptyLastSitting(s, c)) improved = true;
    }
  }
}

/**
 * Re-places each canteen's units largest first into as few sittings as its lower bound allows, then one more, up to
 * one fewer than it uses now; kept only if no unit ends up less preferred. Without sharing the first try always
 * fits (see construct), so each canteen reaches its bound unless that would cost a unit its seat; with sharing it is
 * first-fit decreasing again, which often beats the piecemeal moves above.
 */
function repackCanteens(s: Search): void {
  const { p } = s;
  for (let c = 0; c < p.canteenCount; c++) {
    const zones = s.zonesOfCanteen[c]!;
    const units = unitsOfCanteen(s, c).sort((a, b) => p.units[b]!.size - p.units[a]!.size || a - b);
    const bound = slotLowerBound(
      units.map((u) => p.units[u]!.size),
      zones.map((z) => p.zones[z]!.capacity),
      p.shareRegion,
    ).lowerBound;
    const before = totalSeatPenalty(s);
    for (let target = bound; target < p.slotsUsed(c); target++) {
      const mark = p.mark();
      for (const u of units) p.unplace(u);
      if (construct(p, units, zones, target, s.penalty).length === 0 && totalSeatPenalty(s) <= before) break;
      p.rollback(mark);
    }
  }
  p.commit();
}

/** Fewer sittings: empties last sittings where it can, then repacks whole canteens. */
export function compactSittings(s: Search): void {
  eliminateSlots(s);
  repackCanteens(s);
}

/**
 * Moves or swaps units to more preferred bins. A better seat may open a sitting, since it outranks sittings; a kept
 * sitting only breaks ties, so it is sought among the sittings in use.
 */
export function improvePreferences(s: Search): void {
  const { p, penalty, seat } = s;
  const placed = Array.from({ length: p.units.length }, (_, u) => u).filter((u) => p.binOf[u]! >= 0);
  const anySitting = () => p.slotCount;
  const sittingsInUse = (c: number) => p.slotsUsed(c);
  for (let round = 0; round < PREFERENCE_ROUNDS; round++) {
    let changed = false;
    for (const u of shuffled(placed, s.random)) {
      const from = p.binOf[u]!;
      const better = bestBin(p, u, s.zones, anySitting, seat, 'earliest', from);
      const closer = bestBin(p, u, s.zones, sittingsInUse, penalty, 'tightest', from);
      if (better >= 0 && seat(u, better) < seat(u, from)) p.put(u, better);
      else if (closer >= 0 && penalty(u, closer) < penalty(u, from)) p.put(u, closer);
      else if (!swapForPreference(s, u, penalty(u, from))) continue;
      changed = true;
    }
    p.commit();
    if (!changed) break;
  }
}

function swapForPreference(s: Search, u: number, current: number): boolean {
  const { p, penalty } = s;
  const from = p.binOf[u]!;
  for (const z of s.zones) {
    const limit = p.slotsUsed(p.zones[z]!.canteen);
    for (let slot = 0; slot < limit; slot++) {
      const bin = z * p.slotCount + slot;
      const better = current - penalty(u, bin);
      if (bin === from || better <= 0) continue;
      for (const v of p.members[bin]!) {
        if (better + penalty(v, bin) - penalty(v, from) <= 0) continue;
        const mark = p.mark();
        p.unplace(u);
        p.unplace(v);
        if (p.fits(u, bin)) {
          p.put(u, bin);
          if (p.fits(v, from)) {
            p.put(v, from);
            return true;
          }
        }
        p.rollback(mark);
      }
    }
  }
  return false;
}

/**
 * Spreads people over canteens in proportion to their capacity per sitting (minimises Σ load² / capacity), moving
 * only units that lose nothing in preference and only into sittings already in use.
 */
export function balanceLoad(s: Search, capacityPerSlot: readonly number[]): void {
  const { p, penalty } = s;
  const placed = Array.from({ length: p.units.length }, (_, u) => u).filter((u) => p.binOf[u]! >= 0);
  for (let round = 0; round < BALANCE_ROUNDS; round++) {
    let changed = false;
    for (const u of shuffled(placed, s.random)) {
      const from = p.binOf[u]!;
      const a = p.canteenOf(from);
      const size = p.units[u]!.size;
      const current = penalty(u, from);
      const leave = (size * size - 2 * size * p.canteenLoad[a]!) / capacityPerSlot[a]!;
      let best = -1;
      let bestGain = 1e-9;
      for (const z of s.zones) {
        const b = p.zones[z]!.canteen;
        if (b === a) continue;
        const gain = -leave - (size * size + 2 * size * p.canteenLoad[b]!) / capacityPerSlot[b]!;
        if (gain <= bestGain) continue;
        const limit = p.slotsUsed(b);
        for (let slot = 0; slot < limit; slot++) {
          const bin = z * p.slotCount + slot;
          if (penalty(u, bin) <= current && p.fits(u, bin)) {
            best = bin;
            bestGain = gain;
            break;
          }
        }
      }
      if (best >= 0) {
        p.put(u, best);
        changed = true;
      }
    }
    p.commit();
    if (!changed) break;
  }
}
