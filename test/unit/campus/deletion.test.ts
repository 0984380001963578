import { describe, expect, it } from 'vitest';
import { checkBuildingDeletion, checkRegionDeletion, checkUnitDeletion } from '../../../shared/campus/deletion.js';
import { buildings, person, regions, units } from './fixture.js';

describe('deletion', () => {
  it('refuses deleting a unit with people, counting those at home', () => {
    const people = [person('a', { unitId: 'u-32' }), person('b', { unitId: 'u-32', presence: 'atHome' }), person('c', { unitId: 'u-33' })];
    expect(checkUnitDeletion(units[0]!, people)).toEqual({
      ok: false,
      refusal: { code: 'unit_has_people', unitId: 'u-32', people: 2, message: 'Unit "高三(2)班" still has 2 people; move them to another unit first.' },
    });
    expect(checkUnitDeletion(units[1]!, people)).toMatchObject({ ok: false, refusal: { people: 1, message: expect.stringContaining('1 person;') } });
    expect(checkUnitDeletion(units[2]!, people)).toEqual({ ok: true });
  });

  it('refuses deleting a region with units or buildings, naming both counts', () => {
    expect(checkRegionDeletion(regions[0]!, units, buildings)).toEqual({
      ok: false,
      refusal: { code: 'region_in_use', regionId: 'r-east', units: 2, buildings: 2, message: 'Region "东区" still has 2 units and 2 buildings; move or delete them first.' },
    });
    expect(checkRegionDeletion(regions[1]!, [], buildings)).toMatchObject({ ok: false, refusal: { units: 0, buildings: 1, message: expect.stringContaining('still has 1 building;') } });
    expect(checkRegionDeletion(regions[1]!, [], [])).toEqual({ ok: true });
  });

  it('refuses deleting a building a unit lives or sleeps in', () => {
    expect(checkBuildingDeletion(buildings[1]!, units)).toMatchObject({ ok: false, refusal: { code: 'building_in_use', units: 1 } });
    expect(checkBuildingDeletion(buildings[0]!, units)).toMatchObject({ ok: false, refusal: { units: 2 } });
    expect(checkBuildingDeletion(buildings[1]!, units.slice(1))).toEqual({ ok: true });
  });
});
