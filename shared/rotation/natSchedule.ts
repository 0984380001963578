import type { Person, Unit } from '../campus/schema.js';
import type { IsoDate, IsoDateTime } from '../common/fields.js';
import { dateOf, daysFrom, shiftDate } from '../supplies/days.js';
import type { Certificate, NatRound, RotationSettings } from './schema.js';
import { instant } from './time.js';

/*
 * R5 by the calendar day: tested on the 1st with a 3-day interval, the next test is due on the 4th, and the person is
 * overdue from the 5th. An hourly reading would list a unit as overdue at 08:30 because yesterday's round ran at
 * 08:20, which nobody planning rounds means by "every 3 days". Dates are taken as written (the host writes times in
 * the campus's offset) and `today` is the campus date.
 *
 * Any sample counts as a test, whatever its result and whether the result is in yet: R5 is about being sampled, and
 * a positive result is a case for R10, not a schedule entry. Outside certificates count too, so a newly entered
 * person's entry NAT is their first test.
 */

export type NatPerson = Pick<Person, 'id' | 'unitId' | 'presence'>;
export type NatUnit = Pick<Unit, 'id' | 'regionId'>;

export interface NatScheduleInput {
  /** Only people on campus are scheduled, so all people may be passed. */
  people: readonly NatPerson[];
  units: readonly NatUnit[];
  rounds: readonly Pick<NatRound, 'personIds' | 'testedAt'>[];
  certificates: readonly Pick<Certificate, 'subjectId' | 'sampledAt'>[];
  settings: Pick<RotationSettings, 'natIntervalDays'>;
  today: IsoDate;
}

export interface PersonNatStatus {
  personId: string;
  unitId: string;
  /** Null when the unit is not among the given units. */
  regionId: string | null;
  /** Null: never tested, which is overdue with no count of days. */
  lastTestedAt: IsoDateTime | null;
  lastTestedOn: IsoDate | null;
  dueOn: IsoDate | null;
  overdue: boolean;
  daysOverdue: number | null;
}

export interface UnitNatGroup {
  unitId: string;
  people: PersonNatStatus[];
  overdueCount: number;
}

export interface RegionNatGroup {
  regionId: string | null;
  units: UnitNatGroup[];
  overdueCount: number;
}

export interface NatSchedule {
  today: IsoDate;
  intervalDays: number;
  people: PersonNatStatus[];
  /** Never tested first, then the most days overdue. */
  overdue: PersonNatStatus[];
  /** In the order of the given units; units of no known region last. */
  regions: RegionNatGroup[];
}

export function buildNatSchedule(input: NatScheduleInput): NatSchedule {
  const onCampus = input.people.filter((p) => p.presence === 'onCampus');
  const lastTest = latestTests(input, new Set(onCampus.map((p) => p.id)));
  const regionOfUnit = new Map(input.units.map((u) => [u.id, u.regionId]));
  const intervalDays = input.settings.natIntervalDays;
  const people = onCampus.map((p) => personStatus(p, lastTest.get(p.id)?.at ?? null, regionOfUnit.get(p.unitId) ?? null, intervalDays, input.today));
  const overdue = people.filter((s) => s.overdue).sort((a, b) => overdueRank(b) - overdueRank(a));
  return { today: input.today, intervalDays, people, overdue, regions: groupByRegion(people, input.units) };
}

function overdueRank(s: PersonNatStatus): number {
  return s.daysOverdue ?? Number.MAX_SAFE_INTEGER;
}

function latestTests(input: NatScheduleInput, ids: ReadonlySet<string>): Map<string, { at: IsoDateTime; ms: number }> {
  const latest = new Map<string, { at: IsoDateTime; ms: number }>();
  const record = (personId: string, at: IsoDateTime): void => {
    if (!ids.has(personId)) return;
    const ms = instant(at);
    const current = latest.get(personId);
    if (!current || ms > current.ms) latest.set(personId, { at, ms });
  };
  for (const round of input.rounds) for (const id of round.personIds) record(id, round.testedAt);
  for (const cert of input.certificates) record(cert.subjectId, cert.sampledAt);
  return latest;
}

function personStatus(
  person: NatPerson,
  lastTestedAt: IsoDateTime | null,
  regionId: string | null,
  intervalDays: number,
  today: IsoDate,
): PersonNatStatus {
  const base = { personId: person.id, unitId: person.unitId, regionId };
  if (lastTestedAt === null) {
    return { ...base, lastTestedAt, lastTestedOn: null, dueOn: null, overdue: true, daysOverdue: null };
  }
  const lastTestedOn = dateOf(lastTestedAt);
  const dueOn = shiftDate(lastTestedOn, intervalDays);
  const daysOverdue = Math.max(0, daysFrom(dueOn, today));
  return { ...base, lastTestedAt, lastTestedOn, dueOn, overdue: daysOverdue > 0, daysOverdue };
}

function groupByRegion(people: readonly PersonNatStatus[], units: readonly NatUnit[]): RegionNatGroup[] {
  const byUnit = new Map<string, PersonNatStatus[]>();
  for (const s of people) {
    const list = byUnit.get(s.unitId);
    if (list) list.push(s);
    else byUnit.set(s.unitId, [s]);
  }
  const regions = new Map<string | null, UnitNatGroup[]>();
  const addUnit = (regionId: string | null, unitId: string, members: PersonNatStatus[]): void => {
    const group = { unitId, people: members, overdueCount: members.filter((s) => s.overdue).length };
    const list = regions.get(regionId);
    if (list) list.push(group);
    else regions.set(regionId, [group]);
  };
  for (const unit of units) {
    const members = byUnit.get(unit.id);
    if (!members) continue;
    addUnit(unit.regionId, unit.id, members);
    byUnit.delete(unit.id);
  }
  for (const [unitId, members] of byUnit) addUnit(null, unitId, members);
  return [...regions].map(([regionId, unitGroups]) => ({
    regionId,
    units: unitGroups,
    overdueCount: unitGroups.reduce((n, u) => n + u.overdueCount, 0),
  }));
}
