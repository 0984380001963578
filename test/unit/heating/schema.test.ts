import { describe, expect, it } from 'vitest';
import {
  heatingSettingsSchema,
  readingInputSchema,
  readingRoundSchema,
  roomCreateSchema,
  roomSchema,
} from '../../../shared/heating/schema.js';
import { room } from './fixtures.js';

describe('heating settings', () => {
  it('defaults every field from an empty object', () => {
    expect(heatingSettingsSchema.parse({})).toEqual({
      classroomMinCelsius: 18,
      dormitoryMinCelsius: 18,
      readingMaxAgeHours: 6,
      hddBaseCelsius: 18,
      fuelKind: 'district',
      fuelPerDegreeDayFallback: null,
      fuelFitMinDays: 14,
    });
  });

  it('refuses a non-positive reading age and a negative fallback rate', () => {
    expect(heatingSettingsSchema.safeParse({ readingMaxAgeHours: 0 }).success).toBe(false);
    expect(heatingSettingsSchema.safeParse({ fuelPerDegreeDayFallback: -1 }).success).toBe(false);
  });
});

describe('rooms', () => {
  it('lets classrooms and dormitories follow the settings minimum', () => {
    expect(roomSchema.safeParse(room('a', { kind: 'dormitory' })).success).toBe(true);
  });

  it('requires a minimum for kinds the rule gives no default', () => {
    const result = roomSchema.safeParse(room('c', { kind: 'canteen' }));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['minCelsius']);
    expect(roomSchema.safeParse(room('c', { kind: 'canteen', minCelsius: 14 })).success).toBe(true);
  });

  it('requires at least one unit when occupants are derived from units', () => {
    const input = { name: 'Dorm 1', kind: 'dormitory', occupancy: { source: 'units', unitIds: [] } };
    expect(roomCreateSchema.safeParse(input).success).toBe(false);
    expect(roomCreateSchema.safeParse({ ...input, occupancy: { source: 'units', unitIds: ['u-3-2'] } }).success).toBe(true);
  });
});

describe('reading inputs', () => {
  it('requires an offset on the reading time', () => {
    expect(readingInputSchema.safeParse({ roomId: 'a', at: '2024-01-10T08:00:00', celsius: 18 }).success).toBe(false);
    expect(readingInputSchema.safeParse({ roomId: 'a', at: '2024-01-10T08:00:00+08:00', celsius: 18 }).success).toBe(true);
  });

  it('refuses a room twice in one round', () => {
    const result = readingRoundSchema.safeParse({
      at: '2024-01-10T08:00:00+08:00',
      readings: [
        { roomId: 'a', celsius: 18 },
        { roomId: 'b', celsius: 17 },
        { roomId: 'a', celsius: 19 },
      ],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['readings', 2, 'roomId']);
  });
});
