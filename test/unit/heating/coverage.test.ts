import { describe, expect, it } from 'vitest';
import { coldestSpaces, coverageAt, coverageSeries, instantsEvery } from '../../../shared/heating/coverage.js';
import { indexReadings } from '../../../shared/heating/readingIndex.js';
import { heatingSettingsSchema } from '../../../shared/heating/schema.js';
import type { Reading, Room } from '../../../shared/heating/schema.js';
import { heatedSpaces } from '../../../shared/heating/spaces.js';
import { reading, room } from './fixtures.js';

const settings = heatingSettingsSchema.parse({});
const NOON = '2024-01-10T12:00:00+08:00';

function coverage(rooms: Room[], readings: Reading[], at = NOON, headcounts = new Map<string, number>()) {
  return coverageAt(heatedSpaces(rooms, headcounts, settings), indexReadings(readings), at, settings.readingMaxAgeHours);
}

function statusOf(rooms: Room[], readings: Reading[], at = NOON) {
  return coverage(rooms, readings, at).spaces[0]?.status;
}

describe('coverage of one space (R9)', () => {
  const a = room('a');

  it('counts a reading exactly at the minimum as covered', () => {
    expect(statusOf([a], [reading('a', '2024-01-10T11:00:00+08:00', 18)])).toBe('covered');
  });

  it('counts a reading just below the minimum as a gap', () => {
    expect(statusOf([a], [reading('a', '2024-01-10T11:00:00+08:00', 17.9)])).toBe('gap');
  });

  it('keeps a reading exactly the maximum age old, and treats one a minute older as unknown', () => {
    expect(statusOf([a], [reading('a', '2024-01-10T06:00:00+08:00', 20)])).toBe('covered');
    expect(statusOf([a], [reading('a', '2024-01-10T05:59:00+08:00', 20)])).toBe('unknown');
  });

  it('treats a space with no reading as unknown, never covered', () => {
    const result = coverage([a], []);
    expect(result.spaces[0]).toMatchObject({ status: 'unknown', latest: null });
    expect(result.covered.spaces).toBe(0);
    expect(result.byCount).toEqual({ covered: 0, gap: 0, unknown: 1 });
  });

  it('keeps the stale reading on an unknown space so it can say when it was last read', () => {
    const old = reading('a', '2024-01-09T20:00:00+08:00', 21);
    expect(coverage([a], [old]).spaces[0]?.latest).toBe(old);
  });

  it('counts a reading taken at the instant itself, and ignores those taken after it', () => {
    expect(statusOf([a], [reading('a', NOON, 20)])).toBe('covered');
    expect(statusOf([a], [reading('a', '2024-01-10T12:00:01+08:00', 20)])).toBe('unknown');
  });

  it('takes the latest reading by instant, not by the text of the time', () => {
    // 09:00+08:00 is 01:00Z, earlier than 02:00Z, though its text sorts later.
    const readings = [reading('a', '2024-01-10T02:00:00+00:00', 16), reading('a', '2024-01-10T09:00:00+08:00', 20)];
    expect(statusOf([a], readings, '2024-01-10T03:00:00Z')).toBe('gap');
  });

  it('uses the room’s own minimum over the settings default', () => {
    const cool = room('a', { kind: 'dormitory', minCelsius: 16 });
    expect(statusOf([cool], [reading('a', '2024-01-10T11:00:00+08:00', 16.5)])).toBe('covered');
    expect(statusOf([room('a', { kind: 'dormitory' })], [reading('a', '2024-01-10T11:00:00+08:00', 16.5)])).toBe('gap');
  });
});

describe('coverage of the campus', () => {
  const rooms = [
    room('warm', { occupancy: { source: 'entered', count: 10 } }),
    room('cold', { occupancy: { source: 'entered', count: 30 } }),
    room('unread', { occupancy: { source: 'entered', count: 60 } }),
    room('empty', { occupancy: { source: 'entered', count: 0 } }),
  ];
  const readings = [
    reading('warm', '2024-01-10T11:00:00+08:00', 19),
    reading('cold', '2024-01-10T11:00:00+08:00', 15),
    reading('empty', '2024-01-10T11:00:00+08:00', 5),
  ];

  it('weights shares by occupants and leaves empty spaces out', () => {
    const result = coverage(rooms, readings);
    expect(result.total).toEqual({ spaces: 3, occupants: 100 });
    expect(result.covered).toEqual({ spaces: 1, occupants: 10 });
    expect(result.gap).toEqual({ spaces: 1, occupants: 30 });
    expect(result.unknown).toEqual({ spaces: 1, occupants: 60 });
    expect(result.byCount?.covered).toBeCloseTo(1 / 3);
    expect(result.byOccupants).toEqual({ covered: 0.1, gap: 0.3, unknown: 0.6 });
    expect(result.spaces.map((s) => s.roomId)).toEqual(['warm', 'cold', 'unread']);
  });

  it('derives occupants from the linked units’ on-campus headcount', () => {
    const dorm = room('d', { kind: 'dormitory', occupancy: { source: 'units', unitIds: ['u1', 'u2', 'gone'] } });
    const result = coverage([dorm], [], NOON, new Map([['u1', 25], ['u2', 17]]));
    expect(result.spaces[0]).toMatchObject({ occupants: 42, unitIds: ['u1', 'u2', 'gone'] });
  });

  it('has no shares when no space is occupied', () => {
    const result = coverage([room('e', { occupancy: { source: 'entered', count: 0 } })], []);
    expect(result.byCount).toBeNull();
    expect(result.byOccupants).toBeNull();
  });

  it('lists the coldest spaces relative to their minimum, with who is in them, skipping unknown ones', () => {
    const canteen = room('canteen', { kind: 'canteen', minCelsius: 12, occupancy: { source: 'entered', count: 200 } });
    const result = coverage([...rooms, canteen], [...readings, reading('canteen', '2024-01-10T11:00:00+08:00', 13)]);
    const cold = coldestSpaces(result, 2);
    expect(cold.map((s) => [s.roomId, s.marginCelsius, s.occupants])).toEqual([
      ['cold', -3, 30],
      ['canteen', 1, 200],
    ]);
    expect(coldestSpaces(result, 10).map((s) => s.roomId)).toEqual(['cold', 'canteen', 'warm']);
  });

  it('puts the fuller of two equally cold spaces first', () => {
    const small = room('a-few', { occupancy: { source: 'entered', count: 5 } });
    const big = room('z-many', { occupancy: { source: 'entered', count: 50 } });
    const at = '2024-01-10T11:00:00+08:00';
    const result = coverage([small, big], [reading('a-few', at, 16), reading('z-many', at, 16)]);
    expect(coldestSpaces(result, 2).map((s) => s.roomId)).toEqual(['z-many', 'a-few']);
  });
});

describe('coverage over time', () => {
  it('follows readings as they are taken and as they go stale', () => {
    const rooms = [room('a'), room('b')];
    const readings = [reading('a', '2024-01-10T08:00:00+08:00', 19), reading('b', '2024-01-10T10:30:00+08:00', 16)];
    const instants = instantsEvery('2024-01-10T07:00:00+08:00', '2024-01-10T16:00:00+08:00', 180);
    const series = coverageSeries(heatedSpaces(rooms, new Map(), settings), indexReadings(readings), instants, 6);
    expect(series.map((p) => [p.at, p.covered.spaces, p.gap.spaces, p.unknown.spaces])).toEqual([
      ['2024-01-09T23:00:00.000Z', 0, 0, 2],
      ['2024-01-10T02:00:00.000Z', 1, 0, 1],
      ['2024-01-10T05:00:00.000Z', 1, 1, 0],
      ['2024-01-10T08:00:00.000Z', 0, 1, 1],
    ]);
  });

  it('spaces instants evenly, both ends included', () => {
    const hourly = instantsEvery('2024-01-10T00:00:00+08:00', '2024-01-11T00:00:00+08:00', 60);
    expect(hourly).toHaveLength(25);
    expect(hourly[24]).toBe('2024-01-10T16:00:00.000Z');
    expect(() => instantsEvery('2024-01-10T00:00:00Z', '2024-01-11T00:00:00Z', 0)).toThrow(RangeError);
  });
});
