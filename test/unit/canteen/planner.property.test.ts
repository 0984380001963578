import { describe, expect, it } from 'vitest';
import { distancedCapacity } from '../../../shared/canteen/capacity.js';
import { clockToMinutes, minutesToClock } from '../../../shared/canteen/clock.js';
import { findConflicts } from '../../../shared/canteen/conflicts.js';
import { planMeals, type MealPlanResult } from '../../../shared/canteen/planner.js';
import { randomInt, seededRandom } from '../../../shared/common/random.js';
import type { CanteenSettings } from '../../../shared/canteen/schema.js';
import { slotGrid } from '../../../shared/canteen/slotGrid.js';
import { settings as settingsOf } from './fixtures.js';
import { syntheticCampus, type SyntheticCampus } from './syntheticCampus.js';

const SEEDS = Array.from({ length: 240 }, (_, i) => i + 1);

/** A small random campus and rules: tight, loose or infeasible, with or without sharing. */
function randomCase(seed: number): { campus: SyntheticCampus; settings: CanteenSettings } {
  const random = seededRandom(seed * 7919);
  const pick = (min: number, max: number) => min + randomInt(random, max - min + 1);
  const campus = syntheticCampus(seed, {
    units: pick(1, 40),
    regions: pick(1, 4),
    canteens: pick(1, 3),
    zonesPerCanteen: [1, pick(1, 6)],
    seats: [pick(4, 30), pick(30, 90)],
    unitSize: [pick(0, 5), pick(5, 40)],
  });
  const window = () => {
    const start = pick(6 * 60, 18 * 60);
    return { start: minutesToClock(start), end: minutesToClock(start + pick(15, 240)) };
  };
  const settings = settingsOf({
    occupancyPct: [30, 50, 75, 100][randomInt(random, 4)]!,
    eatMinutes: pick(10, 30),
    gapMinutes: pick(0, 15),
    shareRegion: random() < 0.5,
    windows: { breakfast: window(), lunch: window(), dinner: window() },
  });
  return { campus, settings };
}

function plan(seed: number) {
  const { campus, settings } = randomCase(seed);
  return { campus, settings, results: planMeals({ ...campus, settings, seed }) };
}

function namedIn(result: MealPlanResult): Set<string> {
  return new Set(result.violations.flatMap((v) => ('unitIds' in v ? v.unitIds : [v.unitId])));
}

describe('planner on random campuses (property)', () => {
  it.each(SEEDS)('seed %i: regions never mix, zones never exceed capacity, sittings stay on the grid', (seed) => {
    const { campus, settings, results } = plan(seed);
    const unitById = new Map(campus.units.map((u) => [u.id, u]));
    const seatsOf = new Map(campus.canteens.flatMap((c) => c.zones.map((z) => [`${c.id}/${z.id}`, z.seats])));
    for (const result of results) {
      const grid = slotGrid(settings, result.meal);
      const zoneSlots = new Map<string, string[]>();
      for (const a of result.assignments) {
        const key = `${a.canteenId}/${a.zoneId}@${a.start}`;
        zoneSlots.set(key, [...(zoneSlots.get(key) ?? []), a.unitId]);
        const start = clockToMinutes(a.start);
        expect((start - grid.windowStart) % grid.period).toBe(0);
        expect(start).toBeGreaterThanOrEqual(grid.windowStart);
        expect(clockToMinutes(a.end)).toBe(start + settings.eatMinutes);
        expect(clockToMinutes(a.end)).toBeLessThanOrEqual(grid.windowEnd);
      }
      for (const [key, unitIds] of zoneSlots) {
        const units = unitIds.map((id) => unitById.get(id)!);
        expect(new Set(units.map((u) => u.regionId)).size).toBe(1);
        if (!settings.shareRegion) expect(units).toHaveLength(1);
        const capacity = distancedCapacity(seatsOf.get(key.split('@')[0]!)!, settings.occupancyPct);
        expect(units.reduce((sum, u) => sum + u.size, 0)).toBeLessThanOrEqual(capacity);
      }
    }
  });

  it.each(SEEDS)('seed %i: every unit eats once or is named in a violation, and the conflict check agrees', (seed) => {
    const { campus, settings, results } = plan(seed);
    const assignments = results.flatMap((r) => r.assignments);
    const missing = findConflicts({ units: campus.units, canteens: campus.canteens, settings, assignments });
    expect(missing.every((c) => c.kind === 'unitMissing')).toBe(true);
    for (const result of results) {
      const named = namedIn(result);
      const placed = result.assignments.map((a) => a.unitId);
      expect(new Set(placed).size).toBe(placed.length);
      for (const unit of campus.units) {
        if (unit.size === 0) expect(placed).not.toContain(unit.id);
        else expect(placed.includes(unit.id) !== named.has(unit.id)).toBe(true);
      }
      const missingHere = missing.filter((c) => c.meal === result.meal).flatMap((c) => c.unitIds);
      expect(new Set(missingHere)).toEqual(named);
    }
  });

  it.each(SEEDS)('seed %i: sittings achieved are never below the lower bound; without sharing they equal it', (seed) => {
    const { settings, results } = plan(seed);
    for (const result of results) {
      for (const canteen of result.canteens) {
        expect(canteen.achieved).toBeGreaterThanOrEqual(canteen.lowerBound);
        expect(canteen.achieved).toBeLessThanOrEqual(canteen.windowSlots);
        // Without sharing each canteen's bound is exact, and with no kept seats nothing outranks reaching it.
        if (!settings.shareRegion && result.meal === 'breakfast') expect(canteen.achieved).toBe(canteen.lowerBound);
      }
      if (result.violations.every((v) => v.kind === 'unitTooLarge')) {
        expect(result.overall.achieved).toBeGreaterThanOrEqual(result.overall.lowerBound);
      }
    }
  });

  it.each(SEEDS)('seed %i: without sharing, nobody is left out when the bound says everyone fits', (seed) => {
    const { settings, results } = plan(seed);
    if (settings.shareRegion) return;
    for (const result of results) {
      const fits = result.overall.lowerBound <= result.overall.windowSlots;
      expect(result.violations.some((v) => v.kind === 'notEnoughZoneSlots')).toBe(!fits && result.overall.windowSlots > 0);
    }
  });

  it('gives the same plans for the same seed', () => {
    for (const seed of SEEDS.slice(0, 40)) expect(plan(seed).results).toEqual(plan(seed).results);
  });

  it('covers feasible, infeasible, shared and unshared cases', () => {
    const cases = SEEDS.map((seed) => ({ ...plan(seed), seed }));
    const kinds = new Set(cases.flatMap((c) => c.results.flatMap((r) => r.violations.map((v) => v.kind))));
    expect(kinds).toEqual(new Set(['unitTooLarge', 'windowTooShort', 'notEnoughZoneSlots']));
    const clean = cases.filter((c) => c.results.every((r) => r.violations.length === 0));
    expect(clean.filter((c) => c.settings.shareRegion).length).toBeGreaterThan(20);
    expect(clean.filter((c) => !c.settings.shareRegion).length).toBeGreaterThan(20);
  });
});
