import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CsvExport, ImportCommitResult, ImportPreviewResult } from '../../../shared/campus/contract.js';
import type { PeoplePage } from '../../../shared/campus/peopleQuery.js';
import type { Building, Person, Region, Unit } from '../../../shared/campus/schema.js';
import type { CampusSummary, RegionView, UnitDetail, UnitView } from '../../../shared/campus/views.js';
import type { ApiResult } from '../../../shared/contract/define.js';
import { testHost, type TestHost } from '../../helpers/host.js';

let t: TestHost;
afterEach(() => t?.host.close());

const NOW = new Date('2022-11-05T09:30:00+08:00');
/** The hosts' clock; a test moves it to see the times the host records. */
let now = NOW;
beforeEach(() => {
  now = NOW;
});
const clock = () => now;

/** A small campus built through the API: one region, a classroom building and a dormitory, two classes. */
async function smallCampus() {
  t = await testHost({ clock });
  const region = await t.ok<Region>('campus.regions.create', { id: 'r-east', name: '东区', code: 'E' }, t.admin);
  await t.ok<Building>('campus.buildings.create', { id: 'b-teach', name: '教学楼', kind: 'classroom', regionId: region.id, floors: 4 }, t.admin);
  await t.ok<Building>('campus.buildings.create', { id: 'b-dorm', name: '宿舍楼', kind: 'dormitory', regionId: region.id, floors: 6 }, t.admin);
  for (const [id, name] of [['u-71', '初一(1)班'], ['u-72', '初一(2)班']] as const) {
    await t.ok<Unit>('campus.units.create', { id, name, kind: 'class', regionId: region.id, buildingId: 'b-teach', dormitoryId: 'b-dorm' }, t.admin);
  }
  return region;
}

const student = (id: string, unitId: string, presence: 'onCampus' | 'atHome', extra: Record<string, unknown> = {}) => ({
  id,
  name: `学生${id}`,
  kind: 'student',
  boarding: presence === 'onCampus' ? 'boarder' : 'day',
  presence,
  unitId,
  ...extra,
});


const unitOf = async (id: string) => (await t.ok<UnitView[]>('campus.units.list', {}, t.admin)).find((u) => u.id === id)!;
const error = (res: ApiResult<unknown>) => (res.ok ? undefined : res.error);

describe('derived headcounts through the API', () => {
  it('counts a unit’s people on campus, follows moves and presence changes, and never takes a headcount as input', async () => {
    await smallCampus();
    await t.ok('campus.people.create', student('s1', 'u-71', 'onCampus'), t.admin);
    await t.ok('campus.people.create', student('s2', 'u-71', 'onCampus'), t.admin);
    await t.ok('campus.people.create', student('s3', 'u-71', 'atHome'), t.admin);
    await t.ok('campus.people.create', { id: 't1', name: '王老师', kind: 'teacher', presence: 'onCampus', unitId: 'u-72' }, t.admin);

    let u71 = await unitOf('u-71');
    expect(u71.headcount.total).toEqual({ onCampus: 2, atHome: 1 });
    expect(u71.headcount.byKind.student).toEqual({ onCampus: 2, atHome: 1 });

    // A boarder goes home: the headcount drops by one without anyone typing a number.
    await t.ok('campus.people.update', { id: 's1', presence: 'atHome' }, t.admin);
    u71 = await unitOf('u-71');
    expect(u71.headcount.total).toEqual({ onCampus: 1, atHome: 2 });
    // A move between units moves the count.
    await t.ok('campus.people.update', { id: 's2', unitId: 'u-72' }, t.admin);
    expect((await unitOf('u-71')).headcount.total.onCampus).toBe(0);
    const u72 = await unitOf('u-72');
    expect(u72.headcount.total.onCampus).toBe(2);
    expect(u72.headcount.byKind.teacher).toEqual({ onCampus: 1, atHome: 0 });

    const [region] = await t.ok<RegionView[]>('campus.regions.list', {}, t.admin);
    expect(region!.headcount.total).toEqual({ onCampus: 2, atHome: 2 });
    expect(region!.units).toBe(2);
    const summary = await t.ok<CampusSummary>('campus.summary', {}, t.admin);
    expect(summary.headcount.total).toEqual({ onCampus: 2, atHome: 2 });

    // There is no headcount field to write.
    expect(error(await t.call('campus.units.update', { id: 'u-71', headcount: 40 }, t.admin))).toMatchObject({ kind: 'invalid_input' });
  });

  it('counts the demo campus’s regions to the sum of their units', async () => {
    t = await testHost({ clock });
    await t.ok('demo.load', {}, t.admin);
    const units = await t.ok<UnitView[]>('campus.units.list', {}, t.admin);
    const regions = await t.ok<RegionView[]>('campus.regions.list', {}, t.admin);
    for (const r of regions) {
      const sum = units.filter((u) => u.regionId === r.id).reduce((n, u) => n + u.headcount.total.onCampus, 0);
      expect(r.headcount.total.onCampus).toBe(sum);
    }
    const summary = await t.ok<CampusSummary>('campus.summary', {}, t.admin);
    expect(summary.headcount.total.onCampus).toBe(regions.reduce((n, r) => n + r.headcount.total.onCampus, 0));
  });
});

describe('unit status through the API', () => {
  it('records who and when for each change, newest first, and flags the unit in the summary', async () => {
    await smallCampus();
    now = new Date('2022-11-05T10:00:00+08:00');
    await t.ok('campus.units.setStatus', { unitId: 'u-71', to: 'observation', reason: '同餐区出现发热' }, t.admin);
    now = new Date('2022-11-05T14:00:00+08:00');
    const detail = await t.ok<UnitDetail>('campus.units.setStatus', { unitId: 'u-71', to: 'isolated', reason: '  fever case confirmed  ' }, t.admin);
    expect(detail.status).toBe('isolated');
    expect(detail.history.map((h) => [h.from, h.to, h.reason, h.byName])).toEqual([
      ['observation', 'isolated', 'fever case confirmed', 'Admin 管理员'],
      ['normal', 'observation', '同餐区出现发热', 'Admin 管理员'],
    ]);
    expect(Date.parse(detail.history[0]!.at)).toBe(now.getTime());
    expect(detail.nextStatuses).toEqual(['normal']);
    const summary = await t.ok<CampusSummary>('campus.summary', {}, t.admin);
    expect(summary.unitsByStatus).toEqual({ normal: 1, observation: 0, isolated: 1 });
    expect(summary.flagged).toMatchObject([{ id: 'u-71', status: 'isolated', reason: 'fever case confirmed' }]);
    const audit = await t.ok<{ entries: { summary: string }[] }>('audit.list', {}, t.admin);
    expect(audit.entries[0]!.summary).toBe('unit 初一(1)班 isolated: fever case confirmed');
  });

  it('refuses an illegal transition, a no-op and a missing reason, and changes nothing', async () => {
    await smallCampus();
    await t.ok('campus.units.setStatus', { unitId: 'u-71', to: 'isolated', reason: 'case' }, t.admin);
    expect(error(await t.call('campus.units.setStatus', { unitId: 'u-71', to: 'observation', reason: 'step down' }, t.admin))).toMatchObject({
      kind: 'rule_violation',
      field: 'to',
      details: { code: 'illegal_transition', allowed: ['normal'] },
    });
    expect(error(await t.call('campus.units.setStatus', { unitId: 'u-71', to: 'isolated', reason: 'again' }, t.admin))).toMatchObject({
      kind: 'rule_violation',
      field: 'to',
      details: { code: 'same_status' },
    });
    expect(error(await t.call('campus.units.setStatus', { unitId: 'u-71', to: 'normal', reason: '   ' }, t.admin))).toMatchObject({
      kind: 'invalid_input',
      field: 'reason',
    });
    expect(error(await t.call('campus.units.setStatus', { unitId: 'u-99', to: 'normal', reason: 'x' }, t.admin))).toMatchObject({ kind: 'not_found' });
    const detail = await t.ok<UnitDetail>('campus.units.get', { id: 'u-71' }, t.admin);
    expect(detail.status).toBe('isolated');
    expect(detail.history).toHaveLength(1);
    // Release is the one way out of isolation.
    expect((await t.ok<UnitDetail>('campus.units.setStatus', { unitId: 'u-71', to: 'normal', reason: 'released' }, t.admin)).status).toBe('normal');
  });
});

const PEOPLE_HEADER = 'id,name,kind,boarding,presence,unitId,idNumber';

/** 300 people across the two classes (person i on line i + 1); with `bad`, three rows are broken in three ways. */
function peopleCsv(bad: boolean): string {
  const lines = [PEOPLE_HEADER];
  for (let i = 1; i <= 300; i++) {
    const unit = i % 2 === 0 ? 'u-72' : 'u-71';
    lines.push(`p${i},学生${i},student,${i % 3 === 0 ? 'day' : 'boarder'},${i % 3 === 0 ? 'atHome' : 'onCampus'},${unit},ID${i}`);
  }
  if (bad) {
    lines[10] = 'p10,学生10,student,boarder,onCampus,u-404,ID10'; // unknown unit
    lines[20] = 'p20,,student,boarder,onCampus,u-72,ID20'; // missing name
    lines[30] = 'p29,学生30,student,boarder,onCampus,u-72,ID30'; // duplicate id (line 30)
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

describe('CSV import through the API', () => {
  it('previews every bad row by line and imports nothing until the file is clean; then imports it all', async () => {
    await smallCampus();
    const csv = peopleCsv(true);
    const preview = await t.ok<ImportPreviewResult>('campus.import.preview', { kind: 'people', csv }, t.admin);
    expect(preview.rows).toBe(300);
    expect(preview.errors.map((e) => [e.line, e.field])).toEqual([
      [11, 'unitId'],
      [21, 'name'],
      [31, 'id'],
    ]);
    expect(preview.errors.map((e) => e.reason)).toEqual(['unknown unit "u-404"', 'is required', 'duplicate id "p29": also on line 30']);
    // Preview writes nothing.
    expect((await t.ok<PeoplePage>('campus.people.query', {}, t.admin)).total).toBe(0);

    const refused = error(await t.call('campus.import.commit', { kind: 'people', csv }, t.admin));
    expect(refused).toMatchObject({ kind: 'rule_violation', field: 'csv', details: { errors: expect.arrayContaining([expect.objectContaining({ line: 11 })]) } });
    expect((await t.ok<PeoplePage>('campus.people.query', {}, t.admin)).total).toBe(0);

    const clean = peopleCsv(false);
    const ok = await t.ok<ImportPreviewResult>('campus.import.preview', { kind: 'people', csv: clean }, t.admin);
    expect(ok).toMatchObject({ rows: 300, create: 300, update: 0, errors: [] });
    expect(await t.ok<ImportCommitResult>('campus.import.commit', { kind: 'people', csv: clean }, t.admin)).toEqual({ kind: 'people', created: 300, updated: 0, unchanged: 0 });
    expect((await unitOf('u-71')).headcount.total).toEqual({ onCampus: 100, atHome: 50 });
    // The same file again changes nothing: every row matches its record.
    expect(await t.ok<ImportCommitResult>('campus.import.commit', { kind: 'people', csv: clean }, t.admin)).toMatchObject({ created: 0, updated: 0, unchanged: 300 });
  });

  it('judges the file again at commit: a preview made stale by a later change cannot be applied', async () => {
    await smallCampus();
    const csv = `${PEOPLE_HEADER}\np1,甲,student,boarder,onCampus,u-72,\np2,乙,teacher,,onCampus,u-71,\n`;
    expect((await t.ok<ImportPreviewResult>('campus.import.preview', { kind: 'people', csv }, t.admin)).errors).toEqual([]);
    await t.ok('campus.units.delete', { id: 'u-72' }, t.admin);
    const refused = error(await t.call('campus.import.commit', { kind: 'people', csv }, t.admin));
    expect(refused).toMatchObject({ kind: 'rule_violation', details: { errors: [{ line: 2, field: 'unitId' }] } });
    // p2 was fine, but all or nothing: it was not written either.
    expect((await t.ok<PeoplePage>('campus.people.query', {}, t.admin)).total).toBe(0);
  });

  it('exports people and units that import back unchanged', async () => {
    t = await testHost({ clock });
    await t.ok('demo.load', {}, t.admin);
    await t.ok('campus.units.setStatus', { unitId: 'unit-7-1', to: 'isolated', reason: '发热病例, "A" 楼' }, t.admin);
    for (const kind of ['people', 'units'] as const) {
      const exported = await t.ok<CsvExport>('campus.export', { kind }, t.admin);
      expect(exported.filename).toBe(`${kind}-2022-11-05.csv`);
      expect(exported.csv.startsWith('\uFEFFid,name,kind')).toBe(true);
      const preview = await t.ok<ImportPreviewResult>('campus.import.preview', { kind, csv: exported.csv }, t.admin);
      expect(preview).toMatchObject({ rows: exported.rows, create: 0, update: 0, unchanged: exported.rows, errors: [] });
    }
  });

  it('imports units with a status change recorded as the importer', async () => {
    await smallCampus();
    const csv = 'id,name,kind,regionId,buildingId,status,statusReason\nu-71,初一(1)班,class,r-east,b-teach,observation,密接排查\nu-73,初一(3)班,class,r-east,b-teach,,\n';
    expect(await t.ok<ImportCommitResult>('campus.import.commit', { kind: 'units', csv }, t.admin)).toMatchObject({ created: 1, updated: 1 });
    const detail = await t.ok<UnitDetail>('campus.units.get', { id: 'u-71' }, t.admin);
    expect(detail).toMatchObject({ status: 'observation', history: [{ reason: '密接排查', byName: 'Admin 管理员' }] });
    // Leaving the dormitory column out kept u-71's dormitory.
    expect(detail.dormitoryId).toBe('b-dorm');
  });
});

describe('edits through the API', () => {
  it('names the field at fault and changes nothing', async () => {
    await smallCampus();
    expect(error(await t.call('campus.people.create', student('s1', 'u-404', 'onCampus'), t.admin))).toMatchObject({ kind: 'invalid_input', field: 'unitId' });
    expect(error(await t.call('campus.people.create', { name: '学生', kind: 'student', presence: 'onCampus', unitId: 'u-71' }, t.admin))).toMatchObject({
      kind: 'invalid_input',
      field: 'boarding',
    });
    expect(error(await t.call('campus.units.create', { name: '初一(1)班', kind: 'class', regionId: 'r-east', buildingId: 'b-teach' }, t.admin))).toMatchObject({
      kind: 'conflict',
      field: 'name',
    });
    expect(error(await t.call('campus.units.create', { name: 'New', kind: 'class', regionId: 'r-east', buildingId: 'b-teach', dormitoryId: 'b-teach' }, t.admin))).toMatchObject({
      kind: 'invalid_input',
      field: 'dormitoryId',
    });
    expect(error(await t.call('campus.regions.create', { id: 'r-east', name: 'Again' }, t.admin))).toMatchObject({ kind: 'conflict', field: 'id' });
    // A teacher patched into a student needs a boarding; the merged record is what is judged.
    await t.ok('campus.people.create', { id: 't1', name: '王老师', kind: 'teacher', presence: 'onCampus', unitId: 'u-72' }, t.admin);
    expect(error(await t.call('campus.people.update', { id: 't1', kind: 'student' }, t.admin))).toMatchObject({ kind: 'invalid_input', field: 'boarding' });
    expect(await t.ok<Person>('campus.people.update', { id: 't1', kind: 'student', boarding: 'day', presence: 'atHome' }, t.admin)).toMatchObject({ kind: 'student', boarding: 'day' });
    // A dormitory in use must stay a dormitory.
    expect(error(await t.call('campus.buildings.update', { id: 'b-dorm', kind: 'office' }, t.admin))).toMatchObject({ kind: 'rule_violation', field: 'kind' });
    expect((await t.ok<PeoplePage>('campus.people.query', {}, t.admin)).total).toBe(1);
    expect(await t.ok<UnitView[]>('campus.units.list', {}, t.admin)).toHaveLength(2);
  });

  it('refuses to delete a unit with people or a region with units, with a message saying what to move', async () => {
    await smallCampus();
    await t.ok('campus.people.create', student('s1', 'u-71', 'atHome'), t.admin);
    const unitRefusal = error(await t.call('campus.units.delete', { id: 'u-71' }, t.admin));
    expect(unitRefusal).toMatchObject({ kind: 'conflict', details: { code: 'unit_has_people', people: 1 } });
    expect(unitRefusal?.message).toBe('Unit "初一(1)班" still has 1 person; move them to another unit first.');
    const regionRefusal = error(await t.call('campus.regions.delete', { id: 'r-east' }, t.admin));
    expect(regionRefusal).toMatchObject({ kind: 'conflict', details: { code: 'region_in_use', units: 2, buildings: 2 } });
    expect(error(await t.call('campus.buildings.delete', { id: 'b-dorm' }, t.admin))).toMatchObject({ kind: 'conflict', details: { code: 'building_in_use', units: 2 } });

    // Once moved, the unit goes.
    await t.ok('campus.people.update', { id: 's1', unitId: 'u-72' }, t.admin);
    expect(await t.ok('campus.units.delete', { id: 'u-71' }, t.admin)).toEqual({ id: 'u-71' });
    expect((await t.ok<UnitView[]>('campus.units.list', {}, t.admin)).map((u) => u.id)).toEqual(['u-72']);
  });
});

describe('roles', () => {
  it('lets every signed-in user read, only administrators edit, and administrators or principals set a status', async () => {
    await smallCampus();
    const logistics = await t.signInAs('logistics');
    const principal = await t.signInAs('principal');

    for (const token of [logistics, principal]) {
      expect((await t.call('campus.units.list', {}, token)).ok).toBe(true);
      expect((await t.call('campus.people.query', {}, token)).ok).toBe(true);
      expect((await t.call('campus.export', { kind: 'people' }, token)).ok).toBe(true);
      expect(error(await t.call('campus.units.create', { name: 'X', kind: 'class', regionId: 'r-east', buildingId: 'b-teach' }, token))).toMatchObject({ kind: 'forbidden' });
      expect(error(await t.call('campus.people.create', student('s9', 'u-71', 'onCampus'), token))).toMatchObject({ kind: 'forbidden' });
      expect(error(await t.call('campus.import.commit', { kind: 'people', csv: peopleCsv(false) }, token))).toMatchObject({ kind: 'forbidden' });
      expect(error(await t.call('campus.regions.delete', { id: 'r-east' }, token))).toMatchObject({ kind: 'forbidden' });
    }
    expect(error(await t.call('campus.units.setStatus', { unitId: 'u-71', to: 'isolated', reason: 'case' }, logistics))).toMatchObject({ kind: 'forbidden' });
    expect((await t.ok<UnitDetail>('campus.units.setStatus', { unitId: 'u-71', to: 'isolated', reason: 'case' }, principal)).history[0]!.byName).toBe('principal');
    expect(error(await t.call('campus.summary', {}))).toMatchObject({ kind: 'unauthenticated' });
  });
});

describe('people query', () => {
  it('filters, searches, sorts and pages without skipping or repeating a row', async () => {
    await smallCampus();
    await t.ok('campus.import.commit', { kind: 'people', csv: peopleCsv(false) }, t.admin);
    await t.ok('campus.units.setStatus', { unitId: 'u-72', to: 'observation', reason: 'check' }, t.admin);

    const all = await t.ok<PeoplePage>('campus.people.query', { sort: 'id', limit: 500 }, t.admin);
    expect(all.total).toBe(300);
    expect(all.rows.slice(0, 3).map((r) => r.id)).toEqual(['p1', 'p2', 'p3']);
    const pages: string[] = [];
    for (let offset = 0; offset < 300; offset += 70) {
      pages.push(...(await t.ok<PeoplePage>('campus.people.query', { sort: 'id', direction: 'desc', offset, limit: 70 }, t.admin)).rows.map((r) => r.id));
    }
    expect(pages).toEqual(all.rows.map((r) => r.id).reverse());

    const home = await t.ok<PeoplePage>('campus.people.query', { unitId: 'u-71', presence: 'atHome' }, t.admin);
    expect(home).toMatchObject({ total: 50, onCampus: 0 });
    const observed = await t.ok<PeoplePage>('campus.people.query', { unitStatus: 'observation', limit: 1 }, t.admin);
    expect(observed).toMatchObject({ total: 150, rows: [{ unitId: 'u-72', unitName: '初一(2)班', unitStatus: 'observation', regionName: '东区' }] });
    // Search ignores case and full-width forms, and matches the unit name too.
    expect((await t.ok<PeoplePage>('campus.people.query', { search: 'ｉｄ１２' }, t.admin)).rows.map((r) => r.id).sort()).toEqual(['p12', 'p120', 'p121', 'p122', 'p123', 'p124', 'p125', 'p126', 'p127', 'p128', 'p129'].sort());
    expect((await t.ok<PeoplePage>('campus.people.query', { search: '初一(2)' }, t.admin)).total).toBe(150);
    expect(error(await t.call('campus.people.query', { limit: 501 }, t.admin))).toMatchObject({ kind: 'invalid_input', field: 'limit' });

    // A write replaces the collection: the next query sees it although the same query was just served.
    await t.ok('campus.people.update', { id: 'p1', presence: 'atHome' }, t.admin);
    expect((await t.ok<PeoplePage>('campus.people.query', { unitId: 'u-71', presence: 'atHome' }, t.admin)).total).toBe(51);
  });
});
