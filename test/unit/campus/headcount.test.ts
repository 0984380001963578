import { describe, expect, it } from 'vitest';
import { campusHeadcount, headcountsByRegion, headcountsByUnit, unitHeadcount } from '../../../shared/campus/headcount.js';
import { person, regions, units } from './fixture.js';

const people = [
  person('s1', { unitId: 'u-32' }),
  person('s2', { unitId: 'u-32', presence: 'atHome' }),
  person('s3', { unitId: 'u-33', boarding: 'day', presence: 'atHome' }),
  person('t1', { unitId: 'u-32', kind: 'teacher', boarding: undefined }),
  person('g1', { unitId: 'u-guard', kind: 'staff', boarding: undefined, staffRoleId: 'guard' }),
  person('g2', { unitId: 'u-guard', kind: 'staff', boarding: undefined, staffRoleId: 'guard', presence: 'atHome' }),
  person('c1', { unitId: 'u-guard', kind: 'staff', boarding: undefined, staffRoleId: 'cook' }),
  person('x1', { unitId: 'u-gone' }),
];

describe('headcount', () => {
  it('counts only people on campus as a unit headcount', () => {
    expect(unitHeadcount('u-32', people)).toBe(2);
    expect(unitHeadcount('u-33', people)).toBe(0);
    expect(unitHeadcount('u-guard', people)).toBe(2);
  });

  it('breaks a unit down by kind, staff role and presence', () => {
    const byUnit = headcountsByUnit(units, people);
    expect(byUnit.get('u-32')).toEqual({
      total: { onCampus: 2, atHome: 1 },
      byKind: { student: { onCampus: 1, atHome: 1 }, teacher: { onCampus: 1, atHome: 0 }, staff: { onCampus: 0, atHome: 0 } },
      byStaffRole: {},
    });
    expect(byUnit.get('u-guard')?.byStaffRole).toEqual({ guard: { onCampus: 1, atHome: 1 }, cook: { onCampus: 1, atHome: 0 } });
    expect(byUnit.get('u-guard')?.byKind.staff).toEqual({ onCampus: 2, atHome: 1 });
  });

  it('gives every unit an entry, empty ones at zero, and skips people of unknown units', () => {
    const byUnit = headcountsByUnit(units, people);
    expect([...byUnit.keys()]).toEqual(['u-32', 'u-33', 'u-guard']);
    expect(byUnit.get('u-33')?.total).toEqual({ onCampus: 0, atHome: 1 });
    expect(byUnit.has('u-gone')).toBe(false);
  });

  it('sums units into their regions', () => {
    const byRegion = headcountsByRegion(regions.map((r) => r.id), units, people);
    expect(byRegion.get('r-east')?.total).toEqual({ onCampus: 2, atHome: 2 });
    expect(byRegion.get('r-west')?.total).toEqual({ onCampus: 2, atHome: 1 });
    expect(byRegion.get('r-west')?.byStaffRole['guard']).toEqual({ onCampus: 1, atHome: 1 });
  });

  it('counts the whole campus including people of unknown units', () => {
    const all = campusHeadcount(people);
    expect(all.total).toEqual({ onCampus: 5, atHome: 3 });
    expect(all.byKind.student).toEqual({ onCampus: 2, atHome: 2 });
  });
});
