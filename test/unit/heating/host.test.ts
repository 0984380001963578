import { formatISO, subHours, subMinutes } from 'date-fns';
import { afterEach, describe, expect, it } from 'vitest';
import type { UnitView } from '../../../shared/campus/views.js';
import type { ApiResult } from '../../../shared/contract/define.js';
import type {
  BuildingTemperatures,
  CoverageNow,
  CoverageSeries,
  HeatingRooms,
  ImportRefusal,
  OutdoorImportPreview,
  ReadingsImportPreview,
} from '../../../shared/heating/contract.js';
import type { FuelStatus } from '../../../shared/heating/fuelStatus.js';
import type { Room } from '../../../shared/heating/schema.js';
import type { Settings } from '../../../shared/settings/schema.js';
import { testHost, type TestHost } from '../../helpers/host.js';

const NOW = new Date('2026-11-23T10:00:00+08:00');
const iso = (d: Date) => formatISO(d);
const hoursAgo = (h: number) => iso(subHours(NOW, h));

let t: TestHost;
afterEach(() => t?.host.close());

async function host(): Promise<TestHost> {
  t = await testHost({ clock: () => NOW });
  return t;
}


/** A classroom with an entered headcount: no campus needed, and the rule's 18 °C minimum applies. */
async function classroom(id: string, occupants = 40): Promise<Room> {
  return t.ok<Room>('heating.rooms.create', { id, name: `Room ${id}`, kind: 'classroom', occupancy: { source: 'entered', count: occupants } }, t.admin);
}

const coverage = (at?: string) => t.ok<CoverageNow>('heating.coverage', at ? { at } : {}, t.admin);
const statusOf = async (roomId: string, at?: string) => {
  const c = await coverage(at);
  return [...c.coldest, ...c.unknownSpaces].find((s) => s.roomId === roomId)?.status;
};
const auditTotal = async () => (await t.ok<{ total: number }>('audit.list', { limit: 1 }, t.admin)).total;
/** The newest audit entry's outcome: a refused write leaves exactly this trace and nothing else. */
const lastOutcome = async () => (await t.ok<{ entries: { outcome: string }[] }>('audit.list', { limit: 1 }, t.admin)).entries[0]?.outcome;

function failure(res: ApiResult<unknown>) {
  expect(res.ok).toBe(false);
  if (res.ok) throw new Error('expected a failure');
  return res.error;
}

describe('heating coverage through the API', () => {
  it('counts a reading exactly at the minimum as covered, and 0.1 °C below as a gap', async () => {
    await host();
    await classroom('a');
    await t.ok('heating.readings.enter', { roomId: 'a', at: hoursAgo(1), celsius: 18 }, t.admin);
    let c = await coverage();
    expect(c.covered).toEqual({ spaces: 1, occupants: 40 });
    expect(c.byCount).toEqual({ covered: 1, gap: 0, unknown: 0 });

    await t.ok('heating.readings.enter', { roomId: 'a', at: hoursAgo(0.5), celsius: 17.9 }, t.admin);
    c = await coverage();
    expect(c.gap).toEqual({ spaces: 1, occupants: 40 });
    expect(c.coldest[0]).toMatchObject({ roomId: 'a', status: 'gap', minCelsius: 18 });
    expect(c.coldest[0]!.marginCelsius).toBeCloseTo(-0.1, 9);
  });

  it('follows an edited rule minimum for rooms without their own', async () => {
    await host();
    await classroom('a');
    await t.ok('heating.readings.enter', { roomId: 'a', at: hoursAgo(1), celsius: 18 }, t.admin);
    const settings = await t.ok<Settings>('settings.get', {}, t.admin);
    await t.ok('settings.update', { heating: { ...settings.heating, classroomMinCelsius: 18.5 } }, t.admin);
    expect(await statusOf('a')).toBe('gap');
  });

  it('treats a reading older than the allowed age as unknown, never as covered; exactly the age is still fresh', async () => {
    await host();
    await classroom('a');
    await t.ok('heating.readings.enter', { roomId: 'a', at: hoursAgo(6), celsius: 21 }, t.admin);
    expect(await statusOf('a')).toBe('covered');
    const oneMinuteLater = iso(subMinutes(NOW, -1));
    const c = await coverage(oneMinuteLater);
    expect(c.unknown).toEqual({ spaces: 1, occupants: 40 });
    expect(c.covered.spaces).toBe(0);
    expect(c.byOccupants).toEqual({ covered: 0, gap: 0, unknown: 1 });
    // The stale space still says when it was last read.
    expect(c.unknownSpaces[0]).toMatchObject({ roomId: 'a', status: 'unknown', latest: { celsius: 21 }, marginCelsius: null });
  });

  it('weights coverage by occupants and leaves empty rooms out', async () => {
    await host();
    await classroom('big', 45);
    await classroom('small', 5);
    await classroom('empty', 0);
    await t.ok('heating.readings.round', { at: hoursAgo(1), readings: [{ roomId: 'big', celsius: 19 }, { roomId: 'small', celsius: 15 }, { roomId: 'empty', celsius: 5 }] }, t.admin);
    const c = await coverage();
    expect(c.total).toEqual({ spaces: 2, occupants: 50 });
    expect(c.byCount).toEqual({ covered: 0.5, gap: 0.5, unknown: 0 });
    expect(c.byOccupants).toEqual({ covered: 0.9, gap: 0.1, unknown: 0 });
    expect(c.unoccupied).toBe(1);
  });

  it('refuses a reading in the future (beyond clock drift) and for a room that does not exist', async () => {
    await host();
    await classroom('a');
    expect(failure(await t.call('heating.readings.enter', { roomId: 'a', at: iso(subMinutes(NOW, -6)), celsius: 20 }, t.admin))).toMatchObject({ kind: 'invalid_input', field: 'at' });
    await t.ok('heating.readings.enter', { roomId: 'a', at: iso(subMinutes(NOW, -4)), celsius: 20 }, t.admin);
    expect(failure(await t.call('heating.readings.enter', { roomId: 'nope', at: hoursAgo(1), celsius: 20 }, t.admin))).toMatchObject({ kind: 'not_found', field: 'roomId' });
    expect(failure(await t.call('heating.readings.enter', { roomId: 'a', at: hoursAgo(1), celsius: 95 }, t.admin))).toMatchObject({ kind: 'invalid_input', field: 'celsius' });
  });
});

describe('a round of readings', () => {
  it('stores every reading of the round at its one time, and counts those below minimum', async () => {
    await host();
    for (const id of ['a', 'b', 'c']) await classroom(id);
    const at = hoursAgo(0.25);
    const result = await t.ok('heating.readings.round', { at, readings: [{ roomId: 'a', celsius: 20.5 }, { roomId: 'b', celsius: 16 }, { roomId: 'c', celsius: 17.9 }] }, t.admin);
    expect(result).toEqual({ added: 3, below: 2 });
    const c = await coverage();
    expect(c.gap.spaces).toBe(2);
    expect(c.coldest.map((s) => s.roomId)).toEqual(['b', 'c', 'a']);
    expect(c.coldest.every((s) => s.latest?.at === at)).toBe(true);
  });

  it('stores nothing when one room of the round is unknown, and names that entry', async () => {
    await host();
    await classroom('a');
    const before = await auditTotal();
    const err = failure(await t.call('heating.readings.round', { at: hoursAgo(1), readings: [{ roomId: 'a', celsius: 20 }, { roomId: 'ghost', celsius: 20 }] }, t.admin));
    expect(err).toMatchObject({ kind: 'not_found', field: 'readings.1.roomId' });
    expect(await statusOf('a')).toBe('unknown');
    expect(await auditTotal()).toBe(before + 1);
    expect(await lastOutcome()).toBe('refused');
  });

  it('refuses a room twice in one round', async () => {
    await host();
    await classroom('a');
    const err = failure(await t.call('heating.readings.round', { at: hoursAgo(1), readings: [{ roomId: 'a', celsius: 20 }, { roomId: 'a', celsius: 21 }] }, t.admin));
    expect(err).toMatchObject({ kind: 'invalid_input', field: 'readings.1.roomId' });
  });
});

describe('CSV import of readings', () => {
  const at = '2026-11-23T08:00';

  it('previews good rows and every error, then refuses the whole file while any row is bad', async () => {
    await host();
    await classroom('a');
    await classroom('b');
    const csv = `room,at,celsius\nRoom a,${at},19.5\nb,${at},17\nRoom z,${at},18\nb,${at},abc\n`;
    const preview = await t.ok<ReadingsImportPreview>('heating.readings.importPreview', { csv, defaultOffset: '+08:00' }, t.admin);
    expect(preview).toMatchObject({ rows: 4, valid: 2, rooms: 2, changesTruncated: false });
    expect(preview.changes.map((r) => [r.line, r.roomName, r.celsius])).toEqual([[2, 'Room a', 19.5], [3, 'Room b', 17]]);
    expect(preview.errors.map((e) => [e.line, e.field])).toEqual([[4, 'room'], [5, 'celsius']]);
    expect(preview.from).toBe('2026-11-23T00:00:00.000Z');

    const before = await auditTotal();
    const err = failure(await t.call('heating.readings.import', { csv, defaultOffset: '+08:00' }, t.admin));
    expect(err).toMatchObject({ kind: 'rule_violation', field: 'csv' });
    expect((err.details as ImportRefusal).errors).toHaveLength(2);
    expect(await statusOf('a')).toBe('unknown');
    expect(await statusOf('b')).toBe('unknown');
    expect(await auditTotal()).toBe(before + 1);
    expect(await lastOutcome()).toBe('refused');

    const fixed = `room,at,celsius\nRoom a,${at},19.5\nb,${at},17\n`;
    expect(await t.ok('heating.readings.import', { csv: fixed, defaultOffset: '+08:00' }, t.admin)).toEqual({ added: 2, rooms: 2 });
    expect(await statusOf('a')).toBe('covered');
    expect(await statusOf('b')).toBe('gap');
  });

  it('refuses times without an offset when none is given, and readings in the future', async () => {
    await host();
    await classroom('a');
    const csv = `room,at,celsius\na,${at},19.5\na,2026-11-23T11:00:00+08:00,19\n`;
    const preview = await t.ok<ReadingsImportPreview>('heating.readings.importPreview', { csv }, t.admin);
    expect(preview.errors.map((e) => [e.line, e.field, e.reason])).toEqual([
      [2, 'at', 'has no UTC offset (such as +08:00)'],
      [3, 'at', 'must not be in the future'],
    ]);
  });
});

describe('outdoor means', () => {
  it('sets one mean per date, a second entry replacing the first', async () => {
    await host();
    expect(await t.ok('heating.outdoor.enter', { date: '2026-11-22', meanCelsius: -2 }, t.admin)).toEqual({ date: '2026-11-22', meanCelsius: -2, replaced: null });
    expect(await t.ok('heating.outdoor.enter', { date: '2026-11-22', meanCelsius: -3.5 }, t.admin)).toMatchObject({ replaced: -2 });
    const dd = await t.ok<{ days: { date: string; hdd: number }[] }>('heating.degreeDays', {}, t.admin);
    expect(dd.days).toEqual([{ date: '2026-11-22', meanCelsius: -3.5, hdd: 21.5 }]);
  });

  it('imports daily means all or nothing, and previews which dates it replaces', async () => {
    await host();
    await t.ok('heating.outdoor.enter', { date: '2026-11-20', meanCelsius: 1 }, t.admin);
    const bad = 'date,meanCelsius\n2026-11-20,-1\n2026-11-21,cold\n';
    const preview = await t.ok<OutdoorImportPreview>('heating.outdoor.importPreview', { csv: bad }, t.admin);
    expect(preview).toMatchObject({ rows: 2, valid: 1, replacing: 1, changes: [{ line: 2, date: '2026-11-20', meanCelsius: -1, replaces: 1 }] });
    expect(failure(await t.call('heating.outdoor.import', { csv: bad }, t.admin))).toMatchObject({ kind: 'rule_violation', field: 'csv' });
    const good = 'date,meanCelsius\n2026-11-20,-1\n2026-11-21,-4\n';
    expect(await t.ok('heating.outdoor.import', { csv: good }, t.admin)).toEqual({ added: 1, replaced: 1 });
    const dd = await t.ok<{ days: { date: string; hdd: number }[] }>('heating.degreeDays', {}, t.admin);
    expect(dd.days.map((d) => [d.date, d.hdd])).toEqual([['2026-11-20', 19], ['2026-11-21', 22]]);
  });
});

describe('who may do what', () => {
  it('lets logistics record readings but not change rooms; a principal only reads', async () => {
    await host();
    await classroom('a');
    const logistics = await t.signInAs('logistics');
    const principal = await t.signInAs('principal');
    await t.ok('heating.readings.enter', { roomId: 'a', at: hoursAgo(1), celsius: 19 }, logistics);
    await t.ok('heating.outdoor.enter', { date: '2026-11-22', meanCelsius: 0 }, logistics);
    expect(failure(await t.call('heating.rooms.create', { name: 'Lab', kind: 'classroom', occupancy: { source: 'entered', count: 3 } }, logistics)).kind).toBe('forbidden');

    const before = await auditTotal();
    for (const [op, input] of [
      ['heating.readings.enter', { roomId: 'a', at: hoursAgo(0.5), celsius: 12 }],
      ['heating.readings.round', { at: hoursAgo(0.5), readings: [{ roomId: 'a', celsius: 12 }] }],
      ['heating.readings.import', { csv: `room,at,celsius\na,${hoursAgo(0.5)},12\n` }],
      ['heating.outdoor.enter', { date: '2026-11-22', meanCelsius: 9 }],
    ] as const) {
      expect(failure(await t.call(op, input, principal)).kind).toBe('forbidden');
    }
    // Refusals are audited, but nothing changed: the room is still as logistics read it.
    expect(await auditTotal()).toBeGreaterThan(before);
    const c = await t.ok<CoverageNow>('heating.coverage', {}, principal);
    expect(c.coldest[0]).toMatchObject({ roomId: 'a', latest: { celsius: 19 } });
    expect(failure(await t.call('heating.coverage', {})).kind).toBe('unauthenticated');
  });
});

describe('rooms', () => {
  it('checks names, links and minimums, and deletes without touching the readings history', async () => {
    await host();
    await classroom('a');
    expect(failure(await t.call('heating.rooms.create', { name: 'room A', kind: 'classroom', occupancy: { source: 'entered', count: 1 } }, t.admin))).toMatchObject({ kind: 'conflict', field: 'name' });
    expect(failure(await t.call('heating.rooms.create', { name: 'Office', kind: 'office', occupancy: { source: 'entered', count: 1 } }, t.admin))).toMatchObject({ kind: 'invalid_input', field: 'minCelsius' });
    expect(failure(await t.call('heating.rooms.create', { name: 'Dorm', kind: 'dormitory', occupancy: { source: 'units', unitIds: ['unit-x'] } }, t.admin))).toMatchObject({ kind: 'not_found', field: 'occupancy.unitIds.0' });
    expect(failure(await t.call('heating.rooms.create', { name: 'Dorm', kind: 'dormitory', buildingId: 'bld-x', occupancy: { source: 'entered', count: 1 } }, t.admin))).toMatchObject({ kind: 'not_found', field: 'buildingId' });

    const office = await t.ok<Room>('heating.rooms.create', { name: 'Office', kind: 'office', minCelsius: 16, occupancy: { source: 'entered', count: 4 } }, t.admin);
    // Clearing an office's own minimum would leave it with none.
    expect(failure(await t.call('heating.rooms.update', { id: office.id, minCelsius: null }, t.admin))).toMatchObject({ field: 'minCelsius' });
    const updated = await t.ok<Room>('heating.rooms.update', { id: 'a', minCelsius: 20 }, t.admin);
    expect(updated.minCelsius).toBe(20);
    const list = await t.ok<HeatingRooms>('heating.rooms.list', {}, t.admin);
    expect(list.rooms.find((r) => r.id === 'a')).toMatchObject({ effectiveMinCelsius: 20, occupants: 40, latest: null });

    expect(await t.ok('heating.rooms.delete', { id: office.id }, t.admin)).toEqual({ id: office.id });
    expect(failure(await t.call('heating.rooms.delete', { id: office.id }, t.admin)).kind).toBe('not_found');
  });
});

describe('on the demo campus', () => {
  it('derives occupants from the people on campus in the linked units, and lists who is in the coldest spaces', async () => {
    await host();
    await t.ok('demo.load', {}, t.admin);
    const c = await coverage();
    // The demo runs two spaces cold over the last day.
    expect(c.gap.spaces).toBe(2);
    expect(c.unknown.spaces).toBe(0);
    const [coldest] = c.coldest;
    expect(coldest!.status).toBe('gap');
    expect(coldest!.unitNames.length).toBeGreaterThan(0);
    const units = await t.ok<UnitView[]>('campus.units.list', {}, t.admin);
    const onCampus = units.filter((u) => coldest!.unitNames.includes(u.name)).reduce((n, u) => n + u.headcount.total.onCampus, 0);
    expect(coldest!.occupants).toBe(onCampus);
    expect(c.byOccupants!.covered).toBeGreaterThan(0.9);
  });

  it('fits the coal rate the demo burns (260 kg per degree-day) and says how long the stock lasts', async () => {
    await host();
    await t.ok('demo.load', {}, t.admin);
    const settings = await t.ok<Settings>('settings.get', {}, t.admin);
    expect(settings.heating).toMatchObject({ fuelKind: 'coal', fuelItemId: 'item-coal' });
    const fuel = await t.ok<FuelStatus>('heating.fuel', {}, t.admin);
    if (!fuel.applicable) throw new Error('coal is applicable');
    expect(fuel.problem).toBeNull();
    expect(fuel.rate.source).toBe('fitted');
    if (fuel.rate.source !== 'fitted') return;
    expect(fuel.rate.perDegreeDay).toBeGreaterThan(260 * 0.97);
    expect(fuel.rate.perDegreeDay).toBeLessThan(260 * 1.03);
    expect(fuel.rate.heatingDays).toBe(30);
    expect(fuel.quality).toBe('good');
    expect(fuel.stock!.available).toBeGreaterThan(0);
    expect(fuel.cover!.daysOfCover).toBeGreaterThan(5);
    expect(fuel.cover!.runOutDate).not.toBeNull();
    // Projected use is the fitted rate times the recent average degree-days, day after day until the stock is gone.
    const first = fuel.cover!.projection[0]!;
    expect(first.use).toBeCloseTo(fuel.rate.perDegreeDay * fuel.averageHdd!, 6);
    expect(fuel.cover!.projection.at(-1)!.remaining).toBe(0);
  });

  it('reports district heat as having no stock to run out of', async () => {
    await host();
    const settings = await t.ok<Settings>('settings.get', {}, t.admin);
    expect(settings.heating.fuelKind).toBe('district');
    expect(await t.ok('heating.fuel', {}, t.admin)).toEqual({ kind: 'district', applicable: false });
  });

  it('draws coverage and building temperatures hourly over the last week, ending now', async () => {
    await host();
    await t.ok('demo.load', {}, t.admin);
    const series = await t.ok<CoverageSeries>('heating.coverageSeries', {}, t.admin);
    expect(series.points.length).toBe(7 * 24 + 1);
    expect(series.points.at(-1)!.at).toBe(NOW.toISOString());
    // The demo's readings go back a week: ten days ago every space was unknown, never counted as covered.
    const older = await t.ok<CoverageSeries>('heating.coverageSeries', { from: hoursAgo(240), to: hoursAgo(200) }, t.admin);
    expect(older.points[0]!.byCount).toEqual({ covered: 0, gap: 0, unknown: 1 });
    expect(older.points[0]!.byOccupants).toEqual({ covered: 0, gap: 0, unknown: 1 });
    const temps = await t.ok<BuildingTemperatures>('heating.buildingTemperatures', {}, t.admin);
    const dorm = temps.buildings.find((b) => b.name?.startsWith('J dormitory'));
    expect(dorm!.points.at(-1)!.meanCelsius).toBeGreaterThan(15);
    expect(failure(await t.call('heating.coverageSeries', { from: '2026-01-01T00:00:00Z' }, t.admin))).toMatchObject({ field: 'from' });
    expect(failure(await t.call('heating.coverageSeries', { from: hoursAgo(24 * 90), stepMinutes: 10 }, t.admin))).toMatchObject({ field: 'stepMinutes' });
  });
});
