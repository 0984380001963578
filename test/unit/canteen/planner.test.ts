import { describe, expect, it } from 'vitest';
import { planMeal, planMeals } from '../../../shared/canteen/planner.js';
import type { PlannerInput } from '../../../shared/canteen/projection.js';
import { canteen, lunchUntil, settings, unit } from './fixtures.js';
import { syntheticCampus } from './syntheticCampus.js';

const lunch = (input: Omit<PlannerInput, 'meal' | 'seed' | 'settings'> & Partial<PlannerInput>) =>
  planMeal({ meal: 'lunch', seed: 1, settings: settings(), ...input });

const sittingOf = (result: ReturnType<typeof planMeal>, unitId: string) => result.assignments.find((a) => a.unitId === unitId);

describe('planMeal: distanced capacity (R7)', () => {
  it('seats a unit of exactly the distanced capacity (80 seats at 50 % = 40)', () => {
    const result = lunch({ units: [unit('u1', 40)], canteens: [canteen('c1', [80])] });
    expect(result.violations).toEqual([]);
    expect(sittingOf(result, 'u1')).toEqual({ unitId: 'u1', meal: 'lunch', canteenId: 'c1', zoneId: 'z0', start: '11:30', end: '11:50' });
  });

  it('refuses a unit one person over every zone, names it and the largest capacity, and still plans the others', () => {
    const result = lunch({ units: [unit('u1', 41), unit('u2', 12)], canteens: [canteen('c1', [80, 60]), canteen('c2', [81])] });
    expect(result.violations).toEqual([{ kind: 'unitTooLarge', meal: 'lunch', unitId: 'u1', size: 41, largestCapacity: 40 }]);
    expect(sittingOf(result, 'u1')).toBeUndefined();
    expect(sittingOf(result, 'u2')).toBeDefined();
  });

  it('lets units of one region share a zone up to exactly its capacity, and no further', () => {
    const result = lunch({
      units: [unit('a', 20), unit('b', 20), unit('c', 1)],
      canteens: [canteen('c1', [80])],
      settings: settings({ shareRegion: true }),
    });
    expect(result.violations).toEqual([]);
    expect(sittingOf(result, 'a')!.start).toBe('11:30');
    expect(sittingOf(result, 'b')!.start).toBe('11:30');
    expect(sittingOf(result, 'c')!.start).toBe('12:00');
  });
});

describe('planMeal: meal window and cleaning gap (R7)', () => {
  const twoUnitsOneZone = { units: [unit('u1', 10), unit('u2', 10)], canteens: [canteen('c1', [80])] };

  it('uses a sitting that ends exactly at the window end', () => {
    const result = lunch({ ...twoUnitsOneZone, settings: lunchUntil('12:20') });
    expect(result.violations).toEqual([]);
    expect(result.assignments.map((a) => `${a.start}-${a.end}`).sort()).toEqual(['11:30-11:50', '12:00-12:20']);
  });

  it('does not use a sitting that would end one minute past the window, and names the unit left out', () => {
    const result = lunch({ ...twoUnitsOneZone, settings: lunchUntil('12:19') });
    expect(result.assignments).toHaveLength(1);
    const placed = result.assignments[0]!.unitId;
    const left = placed === 'u1' ? 'u2' : 'u1';
    expect(result.violations).toEqual([{ kind: 'notEnoughZoneSlots', meal: 'lunch', unitIds: [left], windowSlots: 1 }]);
  });

  it('reports a window shorter than the eating time with every unit', () => {
    const result = lunch({ ...twoUnitsOneZone, settings: lunchUntil('11:49') });
    expect(result.assignments).toEqual([]);
    expect(result.violations).toEqual([
      { kind: 'windowTooShort', meal: 'lunch', unitIds: ['u1', 'u2'], windowMinutes: 19, eatMinutes: 20 },
    ]);
  });

  it('leaves the cleaning gap between sittings of a zone, the last ending exactly at the window end', () => {
    const result = lunch({
      units: [unit('u1', 10), unit('u2', 10), unit('u3', 10)],
      canteens: [canteen('c1', [80])],
      settings: settings({ gapMinutes: 15 }),
    });
    expect(result.violations).toEqual([]);
    expect(result.assignments.map((a) => `${a.start}-${a.end}`).sort()).toEqual(['11:30-11:50', '12:05-12:25', '12:40-13:00']);
  });
});

describe('planMeal: units never mix (R6)', () => {
  it('without sharing puts one unit per zone-slot even when two would fit', () => {
    const result = lunch({ units: [unit('a', 5), unit('b', 5)], canteens: [canteen('c1', [80])] });
    expect(sittingOf(result, 'a')!.start).not.toBe(sittingOf(result, 'b')!.start);
  });

  it('with sharing never seats two regions together', () => {
    const result = lunch({
      units: [unit('a', 10, 'r1'), unit('b', 10, 'r2'), unit('c', 10, 'r1')],
      canteens: [canteen('c1', [80])],
      settings: settings({ shareRegion: true }),
    });
    expect(result.violations).toEqual([]);
    expect(sittingOf(result, 'a')!.start).toBe(sittingOf(result, 'c')!.start);
    expect(sittingOf(result, 'b')!.start).not.toBe(sittingOf(result, 'a')!.start);
    expect(result.overall.achieved).toBe(2);
  });
});

describe('planMeal: preferences', () => {
  it("seats a unit in its own region's canteen when it has room", () => {
    const result = lunch({
      units: [unit('a', 10, 'r1'), unit('b', 10, 'r2')],
      canteens: [canteen('c2', [80], { regionId: 'r2' }), canteen('c1', [80], { regionId: 'r1' })],
    });
    expect(sittingOf(result, 'a')!.canteenId).toBe('c1');
    expect(sittingOf(result, 'b')!.canteenId).toBe('c2');
  });

  it('prefers the nearest canteen to the home building', () => {
    const result = lunch({
      units: [unit('a', 10, 'r1', 'dorm1')],
      canteens: [canteen('far', [80], { buildingId: 'hall1' }), canteen('near', [80], { buildingId: 'hall2' })],
      distances: { dorm1: { hall1: 600 }, hall2: { dorm1: 150 } },
    });
    expect(sittingOf(result, 'a')!.canteenId).toBe('near');
  });

  it('keeps the previous canteen and zone', () => {
    const result = lunch({
      units: [unit('a', 10), unit('b', 10)],
      canteens: [canteen('c1', [80, 80]), canteen('c2', [80, 80, 80])],
      previous: [
        { unitId: 'a', canteenId: 'c2', zoneId: 'z2' },
        { unitId: 'b', canteenId: 'c1', zoneId: 'z1' },
      ],
    });
    expect(sittingOf(result, 'a')).toMatchObject({ canteenId: 'c2', zoneId: 'z2' });
    expect(sittingOf(result, 'b')).toMatchObject({ canteenId: 'c1', zoneId: 'z1' });
  });

  it('keeps the sitting too, so zone-mates stay together', () => {
    const units = [unit('a', 10), unit('b', 10), unit('c', 10), unit('d', 10)];
    const previous = [
      { unitId: 'a', canteenId: 'c1', zoneId: 'z0', start: '07:00' },
      { unitId: 'b', canteenId: 'c1', zoneId: 'z0', start: '07:00' },
      { unitId: 'c', canteenId: 'c1', zoneId: 'z0', start: '06:30' },
      { unitId: 'd', canteenId: 'c1', zoneId: 'z0', start: '06:30' },
    ];
    // 40 seats seat 20: each pair fills a sitting, so keeping the pairs costs no sitting.
    const result = lunch({ units, canteens: [canteen('c1', [40])], settings: settings({ shareRegion: true }), previous });
    expect(result.assignments.map((x) => `${x.unitId}@${x.start}`).sort()).toEqual(['a@12:00', 'b@12:00', 'c@11:30', 'd@11:30']);
  });

  it("moves a unit from another region's canteen to its own when there is room, keeping the others", () => {
    const result = lunch({
      units: [unit('a', 10, 'r1'), unit('b', 10, 'r2')],
      canteens: [canteen('c1', [80], { regionId: 'r1' }), canteen('c2', [80], { regionId: 'r2' })],
      previous: [
        { unitId: 'a', canteenId: 'c2', zoneId: 'z0' },
        { unitId: 'b', canteenId: 'c2', zoneId: 'z0' },
      ],
    });
    expect(sittingOf(result, 'a')!.canteenId).toBe('c1');
    expect(sittingOf(result, 'b')!.canteenId).toBe('c2');
  });

  it('does not give a kept seat to a unit moving in', () => {
    // b sat in c2 (not its region) and prefers c1, but c1's one zone-slot is a's kept seat.
    const result = lunch({
      units: [unit('a', 10, 'r1'), unit('b', 30, 'r1')],
      canteens: [canteen('c1', [80], { regionId: 'r1' }), canteen('c2', [80], { regionId: 'r2' })],
      settings: lunchUntil('11:50'),
      previous: [
        { unitId: 'a', canteenId: 'c1', zoneId: 'z0' },
        { unitId: 'b', canteenId: 'c2', zoneId: 'z0' },
      ],
    });
    expect(result.violations).toEqual([]);
    expect(sittingOf(result, 'a')!.canteenId).toBe('c1');
    expect(sittingOf(result, 'b')!.canteenId).toBe('c2');
  });

  it('spreads people over the canteens in use in proportion to capacity', () => {
    // One sitting only, so both canteens must open; 4 + 2 becomes 3 + 3.
    const result = lunch({
      units: ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => unit(id, 10)),
      canteens: [canteen('c1', [80, 80, 80, 80]), canteen('c2', [80, 80, 80, 80])],
      settings: lunchUntil('11:50'),
    });
    expect(result.violations).toEqual([]);
    expect(result.assignments.filter((a) => a.canteenId === 'c1')).toHaveLength(3);
  });

  it('keeps a second canteen closed rather than opening it for balance', () => {
    const result = lunch({
      units: ['a', 'b', 'c', 'd'].map((id) => unit(id, 10)),
      canteens: [canteen('c1', [80, 80, 80, 80]), canteen('c2', [80, 80, 80, 80])],
    });
    expect(result.canteens.map((c) => c.achieved)).toEqual([1, 0]);
  });

  it('does not spread a meal over more sittings than needed', () => {
    const result = lunch({ units: ['a', 'b', 'c'].map((id) => unit(id, 10)), canteens: [canteen('c1', [80, 80, 80])] });
    expect(new Set(result.assignments.map((a) => a.start))).toEqual(new Set(['11:30']));
    expect(result.canteens[0]).toMatchObject({ achieved: 1, lowerBound: 1 });
  });

  it('keeps each unit in the same zone at every meal of a day', () => {
    const campus = syntheticCampus(5, {
      units: 30,
      regions: 2,
      canteens: 2,
      zonesPerCanteen: [8, 10],
      seats: [60, 80],
      unitSize: [5, 30],
    });
    const [breakfast, lunchPlan, dinner] = planMeals({ ...campus, settings: settings(), seed: 3 });
    const seat = (a: { canteenId: string; zoneId: string }) => `${a.canteenId}/${a.zoneId}`;
    const seats = (plan: typeof breakfast) => Object.fromEntries(plan!.assignments.map((a) => [a.unitId, seat(a)]));
    expect(breakfast!.violations).toEqual([]);
    expect(seats(lunchPlan)).toEqual(seats(breakfast));
    expect(seats(dinner)).toEqual(seats(breakfast));
  });
});

describe('planMeal: bounds and figures', () => {
  it('reports the lower bound from units per zone without sharing, and reaches it', () => {
    const result = lunch({ units: ['a', 'b', 'c', 'd', 'e'].map((id) => unit(id, 10)), canteens: [canteen('c1', [80, 80])] });
    expect(result.canteens).toEqual([
      { canteenId: 'c1', capacityBound: 1, countBound: 3, lowerBound: 3, windowSlots: 3, achieved: 3 },
    ]);
    expect(result.overall).toEqual({ capacityBound: 1, countBound: 3, lowerBound: 3, windowSlots: 3, achieved: 3 });
  });

  it('reports an empty canteen with zero sittings', () => {
    const result = lunch({ units: [unit('a', 10, 'r1')], canteens: [canteen('c1', [80], { regionId: 'r1' }), canteen('c2', [80], { regionId: 'r2' })] });
    expect(result.canteens[1]).toEqual({ canteenId: 'c2', capacityBound: 0, countBound: 0, lowerBound: 0, windowSlots: 3, achieved: 0 });
  });

  it('does not plan units of size 0 and does not count them missing', () => {
    const result = lunch({ units: [unit('empty', 0), unit('a', 10)], canteens: [canteen('c1', [80])] });
    expect(result.assignments.map((a) => a.unitId)).toEqual(['a']);
    expect(result.violations).toEqual([]);
  });
});

describe('planMeal: determinism', () => {
  const campus = syntheticCampus(11, {
    units: 120,
    regions: 3,
    canteens: 3,
    zonesPerCanteen: [8, 12],
    seats: [40, 90],
    unitSize: [3, 40],
  });
  const input = { ...campus, settings: settings({ shareRegion: true }), seed: 99 };

  it('gives the same plan for the same input and seed', () => {
    expect(planMeals(input)).toEqual(planMeals(input));
  });

  it('gives the same plan for a copy of the input (no hidden state between runs)', () => {
    const copy = structuredClone(input);
    expect(planMeals(copy)).toEqual(planMeals(input));
  });
});
