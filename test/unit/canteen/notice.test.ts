import { describe, expect, it } from 'vitest';
import { regionNoticeSheets, unitNotices } from '../../../shared/canteen/notice.js';
import type { MealAssignment } from '../../../shared/canteen/schema.js';

const units = [
  { id: 'u32', name: 'Class 3-2', regionId: 'north' },
  { id: 'u11', name: 'Class 1-1', regionId: 'south' },
  { id: 'u12', name: 'Class 1-2', regionId: 'north' },
  { id: 'idle', name: 'Kitchen staff', regionId: 'south' },
];
const canteens = [{ id: 'c2', name: 'Canteen 2', zones: [{ id: 'B', name: 'zone B' }] }];
const sitting = (unitId: string, meal: MealAssignment['meal'], start: string, end: string, canteenId = 'c2', zoneId = 'B'): MealAssignment => ({
  unitId,
  meal,
  canteenId,
  zoneId,
  start,
  end,
});
const plan = {
  from: '2022-03-07',
  to: '2022-03-13',
  assignments: [
    sitting('u32', 'dinner', '17:00', '17:20'),
    sitting('u32', 'lunch', '11:40', '12:00'),
    sitting('u32', 'breakfast', '06:30', '06:50'),
    sitting('u11', 'lunch', '12:10', '12:30', 'gone', 'X'),
    sitting('u12', 'lunch', '11:40', '12:00'),
  ],
};

describe('unitNotices', () => {
  const notices = unitNotices({ plan, units, canteens });

  it('gives each planned unit its sittings in meal order with canteen and zone names', () => {
    expect(notices[0]).toEqual({
      unitId: 'u32',
      unitName: 'Class 3-2',
      regionId: 'north',
      from: '2022-03-07',
      to: '2022-03-13',
      sittings: [
        { meal: 'breakfast', start: '06:30', end: '06:50', canteenId: 'c2', canteenName: 'Canteen 2', zoneId: 'B', zoneName: 'zone B' },
        { meal: 'lunch', start: '11:40', end: '12:00', canteenId: 'c2', canteenName: 'Canteen 2', zoneId: 'B', zoneName: 'zone B' },
        { meal: 'dinner', start: '17:00', end: '17:20', canteenId: 'c2', canteenName: 'Canteen 2', zoneId: 'B', zoneName: 'zone B' },
      ],
    });
  });

  it('keeps the order of the units and leaves out units without sittings', () => {
    expect(notices.map((n) => n.unitId)).toEqual(['u32', 'u11', 'u12']);
  });

  it('falls back to ids for a canteen or zone no longer on record', () => {
    expect(notices[1]!.sittings[0]).toMatchObject({ canteenName: 'gone', zoneName: 'X' });
  });
});

describe('regionNoticeSheets', () => {
  it('groups notices by region, in order of first appearance', () => {
    const sheets = regionNoticeSheets(unitNotices({ plan, units, canteens }));
    expect(sheets.map((s) => [s.regionId, s.notices.map((n) => n.unitId)])).toEqual([
      ['north', ['u32', 'u12']],
      ['south', ['u11']],
    ]);
  });
});
