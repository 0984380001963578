import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../shared/campus/csv.js';
import { exportPeopleCsv, exportUnitsCsv } from '../../../shared/campus/export.js';
import { applyImport, previewPeopleImport, previewUnitsImport } from '../../../shared/campus/import.js';
import type { ImportError } from '../../../shared/campus/import.js';
import type { Person, Unit } from '../../../shared/campus/schema.js';
import { changeUnitStatus } from '../../../shared/campus/status.js';
import { NOW, T0, buildings, context, person, regions, unit, units } from './fixture.js';

const PEOPLE_HEADER = 'id,name,kind,staffRoleId,boarding,presence,unitId,phone,idNumber';
const UNITS_HEADER = 'id,name,kind,regionId,buildingId,dormitoryId,status,statusSince,statusReason';

function previewPeople(csv: string, existing: Person[] = [], staffRoleIds?: ReadonlySet<string>) {
  return previewPeopleImport(parseCsv(csv), { units, people: existing }, { ...context(), staffRoleIds });
}

function previewUnits(csv: string, existing: Unit[] = units) {
  return previewUnitsImport(parseCsv(csv), { regions, buildings, units: existing }, context());
}

const lines = (...rows: string[]) => rows.join('\r\n') + '\r\n';
const where = (errors: ImportError[]) => errors.map((e) => [e.line, e.field]);

describe('people import: valid rows', () => {
  it('creates people from columns in any order, with a BOM, Chinese names and loose enum case', () => {
    const preview = previewPeople(
      '\uFEFF' + lines('unitId,presence,name,kind,boarding', 'u-32,onCampus,张三,student,boarder', 'u-33,ATHOME, 李四 ,Student,day'),
    );
    expect(preview.errors).toEqual([]);
    expect(preview.toCreate).toEqual([
      { line: 2, record: { id: 'gen-1', name: '张三', kind: 'student', boarding: 'boarder', presence: 'onCampus', unitId: 'u-32', createdAt: NOW, updatedAt: NOW } },
      { line: 3, record: { id: 'gen-2', name: '李四', kind: 'student', boarding: 'day', presence: 'atHome', unitId: 'u-33', createdAt: NOW, updatedAt: NOW } },
    ]);
  });

  it('never hands out a generated id that the file or the campus already uses', () => {
    const preview = previewPeople(lines('id,name,kind,presence,unitId', ',甲,teacher,onCampus,u-32', 'gen-2,乙,teacher,onCampus,u-32'), [
      person('gen-1'),
    ]);
    expect(preview.toCreate.map((c) => c.record.id)).toEqual(['gen-3', 'gen-2']);
  });

  it('updates by id: an empty cell clears, a column left out keeps, an identical row is unchanged', () => {
    const existing = [
      person('p1', { phone: '13800000001', idNumber: '110101200501010011' }),
      person('p2', { phone: '13800000002' }),
      person('p3', { phone: '13800000003' }),
    ];
    const preview = previewPeople(
      lines('id,name,kind,boarding,presence,unitId,phone', 'p1,Person p1,student,boarder,atHome,u-32,13800000001', 'p2,Person p2,student,boarder,onCampus,u-32,', 'p3,Person p3,student,boarder,onCampus,u-32,13800000003'),
      existing,
    );
    expect(preview.errors).toEqual([]);
    expect(preview.unchanged).toBe(1);
    expect(preview.toCreate).toEqual([]);
    expect(preview.toUpdate).toEqual([
      { line: 2, before: existing[0], after: { ...existing[0], presence: 'atHome', updatedAt: NOW } },
      { line: 3, before: existing[1], after: { id: 'p2', name: 'Person p2', kind: 'student', boarding: 'boarder', presence: 'onCampus', unitId: 'u-32', createdAt: T0, updatedAt: NOW } },
    ]);
    // idNumber was not a column, so p1 keeps it.
    expect(preview.toUpdate[0]?.after.idNumber).toBe('110101200501010011');
  });
});

describe('people import: every bad row with its line and field', () => {
  it('missing name', () => {
    const preview = previewPeople(lines('name,kind,boarding,presence,unitId', '张三,student,day,atHome,u-32', ' ,student,day,atHome,u-32'));
    expect(preview.errors).toEqual([{ line: 3, field: 'name', reason: 'is required' }]);
    expect(preview.toCreate.map((c) => c.line)).toEqual([2]);
  });

  it('unknown unit', () => {
    const preview = previewPeople(lines('name,kind,presence,unitId', '王老师,teacher,onCampus,u-99'));
    expect(preview.errors).toEqual([{ line: 2, field: 'unitId', reason: 'unknown unit "u-99"' }]);
  });

  it('bad enum values, one error per field', () => {
    const preview = previewPeople(lines('name,kind,boarding,presence,unitId', '甲,pupil,day,onCampus,u-32', '乙,student,weekly,away,u-32'));
    expect(where(preview.errors)).toEqual([
      [2, 'kind'],
      [3, 'boarding'],
      [3, 'presence'],
    ]);
    expect(preview.errors[0]?.reason).toMatch(/student/);
  });

  it('duplicate id within the file, reported on the later line, physical lines counted through quoted line breaks', () => {
    const preview = previewPeople(
      lines(PEOPLE_HEADER, 'p1,"张\n三",teacher,,,onCampus,u-32,,', 'p2,李四,teacher,,,onCampus,u-32,,', 'p1,王五,teacher,,,onCampus,u-32,,'),
    );
    expect(preview.errors).toEqual([{ line: 5, field: 'id', reason: 'duplicate id "p1": also on line 2' }]);
    expect(preview.toCreate.map((c) => c.record.id)).toEqual(['p1', 'p2']);
  });

  it('an id that is not a valid id', () => {
    const preview = previewPeople(lines('id,name,kind,presence,unitId', 'p 1,甲,teacher,onCampus,u-32'));
    expect(where(preview.errors)).toEqual([[2, 'id']]);
  });

  it('duplicate ID number, against another row and against an existing person not being updated', () => {
    const existing = [person('p1', { idNumber: '11010120050101001X' })];
    const preview = previewPeople(
      lines(
        'name,kind,boarding,presence,unitId,idNumber',
        '甲,student,day,atHome,u-32,11010120050101001x',
        '乙,student,day,atHome,u-32,220101200501010022',
        '丙,student,day,atHome,u-32,２２０１０１２００５０１０１００２２',
      ),
      existing,
    );
    expect(preview.errors).toEqual([
      { line: 2, field: 'idNumber', reason: 'duplicate ID number: also existing person "p1"' },
      { line: 3, field: 'idNumber', reason: 'duplicate ID number: also line 4' },
      { line: 4, field: 'idNumber', reason: 'duplicate ID number: also line 3' },
    ]);
    expect(preview.toCreate).toEqual([]);
  });

  it('no duplicate when two people swap ID numbers in one file', () => {
    const existing = [person('p1', { idNumber: 'A1' }), person('p2', { idNumber: 'B2' })];
    const preview = previewPeople(lines('id,name,kind,presence,unitId,idNumber,boarding', 'p1,甲,student,onCampus,u-32,B2,day', 'p2,乙,student,onCampus,u-32,A1,day'), existing);
    expect(preview.errors).toEqual([]);
    expect(preview.toUpdate).toHaveLength(2);
  });

  it('fields that do not fit the kind of person', () => {
    const preview = previewPeople(
      lines('name,kind,staffRoleId,boarding,presence,unitId', '甲,teacher,,boarder,onCampus,u-32', '乙,student,guard,day,atHome,u-32', '丙,student,,,atHome,u-32'),
    );
    expect(preview.errors).toEqual([
      { line: 2, field: 'boarding', reason: 'applies to students only' },
      { line: 3, field: 'staffRoleId', reason: 'only staff have a staff role' },
      { line: 4, field: 'boarding', reason: 'is required for a student (boarder or day)' },
    ]);
  });

  it('unknown staff role, when the roles are known', () => {
    const csv = lines('name,kind,staffRoleId,presence,unitId', '保安甲,staff,guard,onCampus,u-guard', '保安乙,staff,gaurd,onCampus,u-guard');
    expect(previewPeople(csv, [], new Set(['guard', 'cook'])).errors).toEqual([{ line: 3, field: 'staffRoleId', reason: 'unknown staff role "gaurd"' }]);
    expect(previewPeople(csv).errors).toEqual([]);
  });

  it('bad phone', () => {
    const preview = previewPeople(lines('name,kind,presence,unitId,phone', '甲,teacher,onCampus,u-32,call me'));
    expect(where(preview.errors)).toEqual([[2, 'phone']]);
  });

  it('unknown or missing columns are reported on the header line and no row is read', () => {
    const preview = previewPeople(lines('\n' + 'name,kind,presense,unitId', '甲,teacher,onCampus,u-32'));
    expect(where(preview.errors)).toEqual([
      [2, 'presense'],
      [2, 'presence'],
    ]);
    expect(preview.toCreate).toEqual([]);
  });

  it('malformed CSV rows are errors of the whole row', () => {
    const preview = previewPeople(lines('name,kind,presence,unitId', '"甲,teacher,onCampus,u-32', '乙,teacher,onCampus,u-32'));
    expect(preview.errors).toEqual([{ line: 2, field: null, reason: 'a quoted field is never closed' }]);
  });
});

describe('import is all or nothing', () => {
  const row = (i: number) => `p${i},学生${i},student,,day,atHome,u-3${2 + (i % 2)},,`;

  it('300 rows with 3 bad ones: the preview lists exactly those, nothing applies; fixed, all 300 apply', () => {
    const existing = [person('old-1')];
    const rows = Array.from({ length: 300 }, (_, i) => row(i));
    const bad = [...rows];
    bad[10] = `p10,,student,,day,atHome,u-32,,`;
    bad[150] = `p150,学生150,student,,day,atHome,u-404,,`;
    bad[299] = `p7,学生299,student,,day,atHome,u-32,,`;

    const preview = previewPeople(lines(PEOPLE_HEADER, ...bad), existing);
    expect(where(preview.errors)).toEqual([
      [12, 'name'],
      [152, 'unitId'],
      [301, 'id'],
    ]);
    expect(preview.toCreate).toHaveLength(297);
    const refused = applyImport(existing, preview);
    expect(refused).toEqual({ ok: false, errors: preview.errors });

    const fixed = previewPeople(lines(PEOPLE_HEADER, ...rows), existing);
    const applied = applyImport(existing, fixed);
    if (!applied.ok) throw new Error('expected the fixed file to apply');
    expect(applied.records).toHaveLength(301);
    expect(applied.records[0]).toBe(existing[0]);
    expect(applied.records.at(-1)?.id).toBe('p299');
  });

  it('applies updates in place and appends creations', () => {
    const existing = [person('a'), person('b')];
    const preview = previewPeople(lines('id,name,kind,boarding,presence,unitId', 'b,新名字,student,boarder,onCampus,u-32', 'c,新人,teacher,,onCampus,u-32'), existing);
    const applied = applyImport(existing, preview);
    if (!applied.ok) throw new Error('expected success');
    expect(applied.records.map((p) => [p.id, p.name])).toEqual([
      ['a', 'Person a'],
      ['b', '新名字'],
      ['c', '新人'],
    ]);
  });
});

describe('units import', () => {
  it('creates a unit with its initial status as a recorded change', () => {
    const preview = previewUnits(lines(UNITS_HEADER, 'u-41,高一(1)班,class,r-east,b-teach,b-dorm,Isolated,2022-11-04T20:00:00+08:00,确诊病例'));
    expect(preview.errors).toEqual([]);
    expect(preview.toCreate[0]?.record).toEqual({
      id: 'u-41',
      name: '高一(1)班',
      kind: 'class',
      regionId: 'r-east',
      buildingId: 'b-teach',
      dormitoryId: 'b-dorm',
      status: 'isolated',
      statusHistory: [{ from: 'normal', to: 'isolated', at: '2022-11-04T20:00:00+08:00', by: 'admin-1', reason: '确诊病例' }],
      createdAt: NOW,
      updatedAt: NOW,
    });
  });

  it('unknown region, unknown building, a dormitory that is not one', () => {
    const preview = previewUnits(lines(UNITS_HEADER, ',甲班,class,r-north,b-teach,,,,', ',乙班,class,r-east,b-lab,b-office,,,'));
    expect(preview.errors).toEqual([
      { line: 2, field: 'regionId', reason: 'unknown region "r-north"' },
      { line: 3, field: 'buildingId', reason: 'unknown building "b-lab"' },
      { line: 3, field: 'dormitoryId', reason: 'building "行政楼" is a office, not a dormitory' },
    ]);
  });

  it('bad date, bad status, missing reason', () => {
    const preview = previewUnits(
      lines(UNITS_HEADER, 'u-32,高三(2)班,class,r-east,b-teach,b-dorm,observation,2022-11-04 08:00,密接', 'u-33,高三(3)班,class,r-east,b-teach,,quarantine,,', 'u-guard,Security team,staffTeam,r-west,b-office,,isolated,,'),
    );
    expect(where(preview.errors)).toEqual([
      [2, 'statusSince'],
      [3, 'status'],
      [4, 'statusReason'],
    ]);
    expect(preview.errors[0]?.reason).toMatch(/not a date-time with offset/);
  });

  it('an illegal transition and a change dated before the last one are refused', () => {
    const isolated = changeUnitStatus(units[0]!, { to: 'isolated', reason: '确诊', at: '2022-11-03T08:00:00+08:00', by: 'admin-1' });
    if (!isolated.ok) throw new Error('setup');
    const existing = [isolated.unit, units[1]!, units[2]!];
    const preview = previewUnits(
      lines(UNITS_HEADER, 'u-32,高三(2)班,class,r-east,b-teach,b-dorm,observation,,解除', 'u-32,高三(2)班,class,r-east,b-teach,b-dorm,normal,2022-11-02T08:00:00+08:00,解除'),
      existing,
    );
    // The second row repeats u-32, so it is a duplicate id; tried on its own it is dated before the isolation.
    expect(where(preview.errors)).toEqual([
      [2, 'status'],
      [3, 'id'],
    ]);
    const early = previewUnits(lines(UNITS_HEADER, 'u-32,高三(2)班,class,r-east,b-teach,b-dorm,normal,2022-11-02T08:00:00+08:00,解除'), existing);
    expect(where(early.errors)).toEqual([[2, 'statusSince']]);
  });

  it('duplicate unit name, also in full-width form', () => {
    const preview = previewUnits(lines('name,kind,regionId,buildingId', '高三(2)班,class,r-east,b-teach', '高一（１）班,class,r-east,b-teach', '高一(1)班,class,r-east,b-teach'));
    expect(preview.errors).toEqual([
      { line: 2, field: 'name', reason: 'duplicate unit name: also existing unit "u-32"' },
      { line: 3, field: 'name', reason: 'duplicate unit name: also line 4' },
      { line: 4, field: 'name', reason: 'duplicate unit name: also line 3' },
    ]);
  });
});

describe('export → import round trip', () => {
  const tricky = [
    person('p1', { name: '王, "小明"', phone: '+86 138-0000-0001', idNumber: '11010120050101001X' }),
    person('p2', { name: '李\n四', kind: 'teacher', boarding: undefined, presence: 'atHome' }),
    person('p3', { name: 'Guard', kind: 'staff', boarding: undefined, staffRoleId: 'guard', unitId: 'u-guard' }),
  ];

  it('people: unchanged against the same campus, identical records on an empty one', () => {
    const csv = exportPeopleCsv(tricky);
    const same = previewPeople(csv, tricky);
    expect(same).toEqual({ toCreate: [], toUpdate: [], unchanged: 3, errors: [] });
    const fresh = previewPeople(csv);
    expect(fresh.errors).toEqual([]);
    expect(fresh.toCreate.map((c) => c.record)).toEqual(tricky.map((p) => ({ ...p, createdAt: NOW, updatedAt: NOW })));
  });

  it('units: unchanged against the same campus; the current status and its last change carry over', () => {
    const observed = changeUnitStatus(unit('u-9', { name: '高二(9)班' }), { to: 'observation', reason: '共用餐区', at: '2022-11-02T08:00:00+08:00', by: 'u1' });
    const isolated = observed.ok && changeUnitStatus(observed.unit, { to: 'isolated', reason: '确诊, "一例"', at: '2022-11-03T08:00:00+08:00', by: 'u1' });
    if (!isolated || !isolated.ok) throw new Error('setup');
    const all = [...units, isolated.unit];
    const csv = exportUnitsCsv(all);
    expect(previewUnits(csv, all)).toEqual({ toCreate: [], toUpdate: [], unchanged: 4, errors: [] });

    const fresh = previewUnits(csv, []);
    expect(fresh.errors).toEqual([]);
    const reimported = fresh.toCreate.at(-1)?.record;
    expect(reimported?.status).toBe('isolated');
    expect(reimported?.statusHistory).toEqual([{ from: 'normal', to: 'isolated', at: '2022-11-03T08:00:00+08:00', by: 'admin-1', reason: '确诊, "一例"' }]);
    expect(fresh.toCreate.slice(0, 3).map((c) => c.record)).toEqual(units.map((u) => ({ ...u, createdAt: NOW, updatedAt: NOW })));
  });
});
