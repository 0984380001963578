import { describe, expect, it } from 'vitest';
import { findConflicts, type Conflict } from '../../../shared/canteen/conflicts.js';
import type { MealAssignment } from '../../../shared/canteen/schema.js';
import { canteen, settings, unit } from './fixtures.js';

// Zone z0 seats 40 at 50 %, zone z1 seats 20; lunch 11:30–13:00 with sittings at 11:30, 12:00 and 12:30.
const canteens = [canteen('c1', [80, 40])];
const units = [unit('a', 10), unit('b', 10), unit('c', 10, 'r2'), unit('big', 40), unit('empty', 0)];

const at = (unitId: string, start: string, end: string, zoneId = 'z0'): MealAssignment => ({
  unitId,
  meal: 'lunch',
  canteenId: 'c1',
  zoneId,
  start,
  end,
});

/** Every unit of size > 0 in its own zone-slot on the grid: no conflicts. */
const clean = [at('a', '11:30', '11:50'), at('b', '12:00', '12:20'), at('c', '11:30', '11:50', 'z1'), at('big', '12:30', '12:50')];

const check = (assignments: MealAssignment[], options: { shareRegion?: boolean; units?: typeof units } = {}) =>
  findConflicts({
    units: options.units ?? units,
    canteens,
    settings: settings({ shareRegion: options.shareRegion ?? false }),
    assignments,
    meals: ['lunch'],
  });

const kinds = (conflicts: Conflict[]) => conflicts.map((c) => c.kind).sort();

describe('findConflicts', () => {
  it('finds nothing in a plan that keeps every rule', () => {
    expect(check(clean)).toEqual([]);
  });

  it('accepts a unit of exactly the distanced capacity and flags one person more', () => {
    expect(check(clean)).toEqual([]);
    const over = check(clean, { units: units.map((u) => (u.id === 'big' ? { ...u, size: 41 } : u)) });
    expect(over).toEqual([
      { kind: 'overCapacity', meal: 'lunch', unitIds: ['big'], canteenId: 'c1', zoneId: 'z0', start: '12:30', end: '12:50', occupants: 41, capacity: 40 },
    ]);
  });

  it('lets one region share exactly up to capacity when allowed, and flags one person more', () => {
    // z1 seats 20 at 50 %: a and b (10 + 10) fill it exactly.
    const shared = [...clean.filter((a) => a.unitId !== 'a' && a.unitId !== 'b'), at('a', '12:00', '12:20', 'z1'), at('b', '12:00', '12:20', 'z1')];
    expect(check(shared, { shareRegion: true })).toEqual([]);
    const crowded = [...shared, at('extra', '12:00', '12:20', 'z1')];
    expect(check(crowded, { shareRegion: true, units: [...units, unit('extra', 1)] })).toEqual([
      {
        kind: 'overCapacity',
        meal: 'lunch',
        unitIds: ['a', 'b', 'extra'],
        canteenId: 'c1',
        zoneId: 'z1',
        start: '12:00',
        end: '12:20',
        occupants: 21,
        capacity: 20,
      },
    ]);
  });

  it('flags two units in one zone-slot when sharing is off', () => {
    const together = [...clean.filter((a) => a.unitId !== 'b'), at('b', '11:30', '11:50')];
    expect(check(together)).toEqual([
      { kind: 'sharingNotAllowed', meal: 'lunch', unitIds: ['a', 'b'], canteenId: 'c1', zoneId: 'z0', start: '11:30', end: '11:50' },
    ]);
  });

  it('flags regions mixed in a zone-slot, even when sharing is on', () => {
    const mixed = [...clean.filter((a) => a.unitId !== 'c'), at('c', '11:30', '11:50')];
    expect(check(mixed, { shareRegion: true })).toEqual([
      {
        kind: 'regionsMixed',
        meal: 'lunch',
        unitIds: ['a', 'c'],
        canteenId: 'c1',
        zoneId: 'z0',
        start: '11:30',
        end: '11:50',
        regionIds: ['r1', 'r2'],
      },
    ]);
    expect(kinds(check(mixed))).toEqual(['regionsMixed', 'sharingNotAllowed']);
  });

  it('accepts a sitting ending exactly at the window end and flags one ending a minute past it', () => {
    const late = [...clean.filter((a) => a.unitId !== 'big'), at('big', '12:41', '13:01')];
    expect(check(late)).toEqual([
      { kind: 'outsideWindow', meal: 'lunch', unitIds: ['big'], start: '12:41', end: '13:01', windowStart: '11:30', windowEnd: '13:00' },
    ]);
    const early = [...clean.filter((a) => a.unitId !== 'a'), at('a', '11:00', '11:20')];
    expect(kinds(check(early))).toEqual(['outsideWindow']);
  });

  it('flags a sitting off the grid: a shifted start or a wrong length', () => {
    const shifted = [...clean.filter((a) => a.unitId !== 'big'), at('big', '12:35', '12:55')];
    expect(check(shifted)).toEqual([{ kind: 'offGrid', meal: 'lunch', unitIds: ['big'], start: '12:35', end: '12:55' }]);
    const long = [...clean.filter((a) => a.unitId !== 'big'), at('big', '12:30', '12:55')];
    expect(kinds(check(long))).toEqual(['offGrid']);
  });

  it('flags sittings of a zone less than the cleaning gap apart, not exactly the gap', () => {
    // b at 12:00 is exactly the 10-minute gap after a (11:30–11:50); at 11:59 it is one minute short.
    expect(check(clean)).toEqual([]);
    const close = [...clean.filter((a) => a.unitId !== 'b'), at('b', '11:59', '12:19')];
    expect(kinds(check(close))).toEqual(['gapTooShort', 'offGrid']);
    expect(check(close).find((c) => c.kind === 'gapTooShort')).toEqual({
      kind: 'gapTooShort',
      meal: 'lunch',
      unitIds: ['a', 'b'],
      canteenId: 'c1',
      zoneId: 'z0',
      gapMinutes: 10,
    });
  });

  it('flags a unit planned twice for a meal and a unit not planned, but not an empty unit', () => {
    const twice = [...clean, at('a', '12:00', '12:20', 'z1')];
    expect(check(twice)).toEqual([{ kind: 'unitTwice', meal: 'lunch', unitIds: ['a'], count: 2 }]);
    const missing = clean.filter((a) => a.unitId !== 'b');
    expect(check(missing)).toEqual([{ kind: 'unitMissing', meal: 'lunch', unitIds: ['b'] }]);
  });

  it('checks every meal by default', () => {
    const conflicts = findConflicts({ units, canteens, settings: settings(), assignments: clean });
    expect(conflicts.filter((c) => c.kind === 'unitMissing').map((c) => `${c.meal}:${c.unitIds.join()}`)).toEqual([
      'breakfast:a',
      'breakfast:b',
      'breakfast:c',
      'breakfast:big',
      'dinner:a',
      'dinner:b',
      'dinner:c',
      'dinner:big',
    ]);
  });

  it('flags a unit or zone that does not exist', () => {
    const ghost = [...clean, at('ghost', '12:00', '12:20', 'z1')];
    expect(check(ghost)).toEqual([{ kind: 'unknownUnit', meal: 'lunch', unitIds: ['ghost'] }]);
    const nowhere = [...clean.filter((a) => a.unitId !== 'a'), at('a', '11:30', '11:50', 'z9')];
    expect(check(nowhere)).toEqual([{ kind: 'unknownZone', meal: 'lunch', unitIds: ['a'], canteenId: 'c1', zoneId: 'z9' }]);
  });
});
