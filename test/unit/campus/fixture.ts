import type { Building, Person, Region, Unit } from '../../../shared/campus/schema.js';
import type { ImportContext } from '../../../shared/campus/import.js';

export const T0 = '2022-11-01T08:00:00+08:00';
export const NOW = '2022-11-05T09:30:00+08:00';

const stamp = { createdAt: T0, updatedAt: T0 };

export const regions: Region[] = [
  { id: 'r-east', name: '东区', code: 'E', ...stamp },
  { id: 'r-west', name: '西区', ...stamp },
];

export const buildings: Building[] = [
  { id: 'b-teach', name: '教学楼一', kind: 'classroom', regionId: 'r-east', floors: 4, ...stamp },
  { id: 'b-dorm', name: '男生宿舍', kind: 'dormitory', regionId: 'r-east', floors: 6, ...stamp },
  { id: 'b-office', name: '行政楼', kind: 'office', regionId: 'r-west', floors: 3, ...stamp },
];

export function unit(id: string, overrides: Partial<Unit> = {}): Unit {
  return { id, name: `Unit ${id}`, kind: 'class', regionId: 'r-east', buildingId: 'b-teach', status: 'normal', statusHistory: [], ...stamp, ...overrides };
}

export function person(id: string, overrides: Partial<Person> = {}): Person {
  return { id, name: `Person ${id}`, kind: 'student', boarding: 'boarder', presence: 'onCampus', unitId: 'u-32', ...stamp, ...overrides };
}

export const units: Unit[] = [
  unit('u-32', { name: '高三(2)班', dormitoryId: 'b-dorm' }),
  unit('u-33', { name: '高三(3)班' }),
  unit('u-guard', { name: 'Security team', kind: 'staffTeam', regionId: 'r-west', buildingId: 'b-office' }),
];

export function context(overrides: Partial<ImportContext> = {}): ImportContext {
  let n = 0;
  return { now: NOW, by: 'admin-1', newId: () => `gen-${++n}`, ...overrides };
}
