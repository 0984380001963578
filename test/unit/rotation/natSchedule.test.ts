import { describe, expect, it } from 'vitest';
import { buildNatSchedule } from '../../../shared/rotation/natSchedule.js';
import type { NatPerson, NatScheduleInput } from '../../../shared/rotation/natSchedule.js';
import { DEFAULT_ROTATION_SETTINGS } from '../../../shared/rotation/schema.js';

const units = [
  { id: 'u-b', regionId: 'north' },
  { id: 'u-a', regionId: 'south' },
  { id: 'u-c', regionId: 'north' },
];

function person(id: string, unitId: string, presence: NatPerson['presence'] = 'onCampus'): NatPerson {
  return { id, unitId, presence };
}

function schedule(today: string, extra: Partial<NatScheduleInput> = {}) {
  return buildNatSchedule({
    people: [person('p1', 'u-a')],
    units,
    rounds: [{ personIds: ['p1'], testedAt: '2024-05-01T08:00:00+08:00' }],
    certificates: [],
    settings: DEFAULT_ROTATION_SETTINGS,
    today,
    ...extra,
  });
}

describe('NAT every 3 days (R5)', () => {
  it('is due on the third day after the test and overdue from the day after', () => {
    expect(schedule('2024-05-04').people).toEqual([
      {
        personId: 'p1',
        unitId: 'u-a',
        regionId: 'south',
        lastTestedAt: '2024-05-01T08:00:00+08:00',
        lastTestedOn: '2024-05-01',
        dueOn: '2024-05-04',
        overdue: false,
        daysOverdue: 0,
      },
    ]);
    expect(schedule('2024-05-05').people[0]).toMatchObject({ overdue: true, daysOverdue: 1 });
    expect(schedule('2024-05-09').people[0]).toMatchObject({ overdue: true, daysOverdue: 5 });
  });

  it('follows the configured interval', () => {
    const settings = { ...DEFAULT_ROTATION_SETTINGS, natIntervalDays: 2 };
    expect(schedule('2024-05-03', { settings }).people[0]).toMatchObject({ dueOn: '2024-05-03', overdue: false });
    expect(schedule('2024-05-04', { settings }).people[0]).toMatchObject({ overdue: true, daysOverdue: 1 });
  });

  it('takes the test date as written, in the campus offset', () => {
    const rounds = [{ personIds: ['p1'], testedAt: '2024-05-02T01:00:00+08:00' }];
    expect(schedule('2024-05-05', { rounds }).people[0]).toMatchObject({ lastTestedOn: '2024-05-02', dueOn: '2024-05-05', overdue: false });
  });

  it('uses the latest test from rounds and certificates, whatever the result, and only for the people sampled', () => {
    const result = schedule('2024-05-06', {
      people: [person('p1', 'u-a'), person('p2', 'u-a')],
      rounds: [
        { personIds: ['p1', 'p2'], testedAt: '2024-05-01T08:00:00+08:00' },
        { personIds: ['p2'], testedAt: '2024-05-03T08:00:00+08:00' },
      ],
      certificates: [
        { subjectId: 'p1', sampledAt: '2024-05-04T07:00:00Z' },
        { subjectId: 'p2', sampledAt: '2024-05-02T08:00:00+08:00' },
      ],
    });
    expect(result.people.map((s) => [s.personId, s.lastTestedAt, s.overdue])).toEqual([
      ['p1', '2024-05-04T07:00:00Z', false],
      ['p2', '2024-05-03T08:00:00+08:00', false],
    ]);
  });

  it('lists never-tested people as overdue first, then by days overdue, and leaves out people not on campus', () => {
    const result = schedule('2024-05-10', {
      people: [person('p1', 'u-a'), person('p2', 'u-b'), person('p3', 'u-b'), person('home', 'u-b', 'atHome')],
      rounds: [
        { personIds: ['p1', 'home'], testedAt: '2024-05-05T08:00:00+08:00' },
        { personIds: ['p3'], testedAt: '2024-05-01T08:00:00+08:00' },
      ],
    });
    expect(result.overdue.map((s) => [s.personId, s.daysOverdue])).toEqual([
      ['p2', null],
      ['p3', 6],
      ['p1', 2],
    ]);
    expect(result.people.map((s) => s.personId)).toEqual(['p1', 'p2', 'p3']);
  });

  it('groups by region and unit in the order of the units, with counts, and unknown units last', () => {
    const result = schedule('2024-05-10', {
      people: [person('p1', 'u-a'), person('p2', 'u-c'), person('p3', 'u-b'), person('p4', 'u-gone')],
      rounds: [{ personIds: ['p1', 'p2'], testedAt: '2024-05-09T08:00:00+08:00' }],
    });
    expect(
      result.regions.map((r) => ({ region: r.regionId, overdue: r.overdueCount, units: r.units.map((u) => [u.unitId, u.people.map((p) => p.personId), u.overdueCount]) })),
    ).toEqual([
      { region: 'north', overdue: 1, units: [['u-b', ['p3'], 1], ['u-c', ['p2'], 0]] },
      { region: 'south', overdue: 0, units: [['u-a', ['p1'], 0]] },
      { region: null, overdue: 1, units: [['u-gone', ['p4'], 1]] },
    ]);
  });
});
