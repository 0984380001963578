import type { Building, Person, Region, Unit } from '../campus/schema.js';
import { intBetween } from '../common/random.js';
import { chineseName } from './names.js';
import type { DemoContext } from './context.js';

export interface DemoShape {
  gradesPerRegion: number;
  classesPerGrade: number;
  studentsPerClass: [number, number];
  boarderShare: number;
  canteens: number;
}

/** Staff roles of the demo and how many of each work on site. Ids match the roles the rotation demo creates. */
export const DEMO_STAFF = [
  { roleId: 'role-management', name: 'Management', count: 12 },
  { roleId: 'role-teaching-assistant', name: 'Teaching assistants', count: 20 },
  { roleId: 'role-canteen', name: 'Canteen', count: 36 },
  { roleId: 'role-cleaning', name: 'Cleaning', count: 24 },
  { roleId: 'role-security', name: 'Security', count: 18 },
  { roleId: 'role-medical', name: 'Medical', count: 8 },
  { roleId: 'role-maintenance', name: 'Maintenance', count: 14 },
] as const;

export interface DemoCampus {
  regions: Region[];
  buildings: Building[];
  units: Unit[];
  people: Person[];
}

const REGIONS = [
  { id: 'region-junior', name: 'Junior section 初中部', code: 'J', grades: [7, 8, 9] },
  { id: 'region-senior', name: 'Senior section 高中部', code: 'S', grades: [10, 11, 12] },
  { id: 'region-services', name: 'Staff & services 后勤区', code: 'X', grades: [] as number[] },
] as const;

/** Three regions: two teaching sections with their classes, teachers and dormitories, and one for staff and services. */
export function demoCampus(ctx: DemoContext, shape: DemoShape): DemoCampus {
  const { rand, rec } = ctx;
  const regions: Region[] = REGIONS.map((r) => rec({ id: r.id, name: r.name, code: r.code }));
  const buildings: Building[] = [];
  const units: Unit[] = [];
  const people: Person[] = [];
  const addPerson = (fields: Omit<Person, 'id' | 'createdAt' | 'updatedAt' | 'name'>) => {
    people.push(rec({ id: `person-${people.length + 1}`, name: chineseName(rand), ...fields }));
  };

  for (const r of REGIONS.slice(0, 2)) {
    const teaching = rec({ id: `bldg-${r.code}-teaching`, name: `${r.code} teaching building 教学楼`, kind: 'classroom' as const, regionId: r.id, floors: 5 });
    const dorm = rec({ id: `bldg-${r.code}-dorm`, name: `${r.code} dormitory 宿舍楼`, kind: 'dormitory' as const, regionId: r.id, floors: 6 });
    buildings.push(teaching, dorm);
    for (const grade of r.grades.slice(0, shape.gradesPerRegion)) {
      for (let c = 1; c <= shape.classesPerGrade; c++) {
        const unit: Unit = rec({ id: `unit-${grade}-${c}`, name: `Class ${grade}-${c}`, kind: 'class' as const, regionId: r.id, buildingId: teaching.id, dormitoryId: dorm.id, status: 'normal' as const, statusHistory: [] });
        units.push(unit);
        const size = intBetween(rand, ...shape.studentsPerClass);
        for (let s = 0; s < size; s++) {
          const boarding = rand() < shape.boarderShare ? 'boarder' : 'day';
          addPerson({ kind: 'student', boarding, presence: boarding === 'boarder' ? 'onCampus' : 'atHome', unitId: unit.id });
        }
      }
      const teachers: Unit = rec({ id: `unit-teachers-${grade}`, name: `Grade ${grade} teachers`, kind: 'staffTeam' as const, regionId: r.id, buildingId: teaching.id, status: 'normal' as const, statusHistory: [] });
      units.push(teachers);
      for (let t = 0; t < Math.ceil(shape.classesPerGrade * 1.4); t++) addPerson({ kind: 'teacher', presence: 'onCampus', unitId: teachers.id });
    }
  }

  const services = REGIONS[2];
  const office = rec({ id: 'bldg-office', name: 'Administration 行政楼', kind: 'office' as const, regionId: services.id, floors: 4 });
  const staffDorm = rec({ id: 'bldg-staff-dorm', name: 'Staff dormitory 教工宿舍', kind: 'dormitory' as const, regionId: services.id, floors: 3 });
  const gate = rec({ id: 'bldg-gate', name: 'Main gate 校门', kind: 'gate' as const, regionId: services.id, floors: 1 });
  buildings.push(office, staffDorm, gate);
  for (let c = 1; c <= shape.canteens; c++) {
    // Canteens alternate between the two teaching sections, so each section has one near it.
    const region = REGIONS[(c - 1) % 2]!;
    buildings.push(rec({ id: `bldg-canteen-${c}`, name: `Canteen ${c} 食堂${c}`, kind: 'canteen' as const, regionId: region.id, floors: 2 }));
  }
  for (const staff of DEMO_STAFF) {
    const unit: Unit = rec({ id: `unit-${staff.roleId.slice(5)}`, name: `${staff.name} team`, kind: 'staffTeam' as const, regionId: services.id, buildingId: office.id, dormitoryId: staffDorm.id, status: 'normal' as const, statusHistory: [] });
    units.push(unit);
    for (let s = 0; s < staff.count; s++) addPerson({ kind: 'staff', staffRoleId: staff.roleId, presence: 'onCampus', unitId: unit.id });
  }
  return { regions, buildings, units, people };
}
