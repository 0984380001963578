import { addDays, addHours, addMinutes, format, formatISO, startOfDay, startOfHour } from 'date-fns';
import type { Person } from '../campus/schema.js';
import { seededRandom } from '../common/random.js';
import type { CoreDoc } from '../db/schema.js';
import { checkEligibility, indexRiskAreas } from '../rotation/eligibility.js';
import { DEFAULT_ROTATION_SETTINGS } from '../rotation/schema.js';
import type {
  Candidate,
  Certificate,
  ContactDeclaration,
  EligibilityResult,
  NatRound,
  RiskArea,
  Rotation,
  RotationStatus,
  StaffRole,
  StaffRoleKind,
  TravelStay,
} from '../rotation/schema.js';
import type { DemoCampus } from './campus.js';
import { DEMO_STAFF } from './campus.js';
import type { DemoContext } from './context.js';
import { chineseName } from './names.js';

/*
 * The rotation demo: the staff roles the demo campus's staff already carry, a dated risk-area list, candidates who pass
 * and who fail R2 for each reason, rotations in every state, and NAT rounds that leave some units and people overdue.
 * Everything is relative to `now`, so a request filed today finds certificates that are still valid. Its own random
 * stream keeps the other modules' demo data as it was.
 */

export type DemoRotation = Pick<CoreDoc, 'people' | 'roles' | 'candidates' | 'certificates' | 'travel' | 'riskAreas' | 'natRounds' | 'rotations'>;

const ROLE_SETUP: Record<(typeof DEMO_STAFF)[number]['roleId'], { kind: StaffRoleKind; zh: string; min?: number }> = {
  'role-management': { kind: 'management', zh: '管理', min: 8 },
  'role-teaching-assistant': { kind: 'teachingAssistant', zh: '助教', min: 14 },
  'role-canteen': { kind: 'canteen', zh: '食堂', min: 30 },
  'role-cleaning': { kind: 'cleaning', zh: '保洁', min: 18 },
  // No minimum of its own: the rule's default, 100 % of its posts, applies.
  'role-security': { kind: 'security', zh: '安保' },
  'role-medical': { kind: 'medical', zh: '医务', min: 6 },
  'role-maintenance': { kind: 'maintenance', zh: '维修', min: 10 },
};

const INSTITUTION = '天津市第一中心医院';
/** Every how many units one is left overdue for its NAT round. */
const OVERDUE_UNIT_EVERY = 15;
/** Every how many units one member missed the latest round. */
const MISSED_MEMBER_EVERY = 7;

interface CandidatePlan {
  roleId: string;
  /** Negative hours: sampled that long before now. */
  certificates?: { hoursAgo: number; result?: Certificate['result'] }[];
  stays?: { place: string; fromDay: number; toDay?: number }[];
  contacts?: { kind: ContactDeclaration['kind']; day: number }[];
}

/** Place names as the risk list writes them; a stay's place is matched after normalizing both. */
const PLACES = {
  chaoyang: '北京市朝阳区',
  haizhu: '广州市海珠区',
  gaocheng: '石家庄市藁城区',
  jinshui: '郑州市金水区',
  xincheng: '呼和浩特市新城区',
  pudong: '上海市浦东新区',
  hexi: '天津市河西区',
  nankai: '天津市南开区',
  heping: '天津市和平区',
};

const CANDIDATES: CandidatePlan[] = [
  /* 01 */ { roleId: 'role-security', certificates: [{ hoursAgo: 5 }], stays: [{ place: PLACES.hexi, fromDay: -400 }] },
  /* 02 */ { roleId: 'role-canteen', certificates: [{ hoursAgo: 72 }, { hoursAgo: 8 }], stays: [{ place: PLACES.nankai, fromDay: -900 }] },
  /* 03 */ { roleId: 'role-cleaning', certificates: [{ hoursAgo: 3 }], stays: [{ place: PLACES.heping, fromDay: -300 }] },
  /* 04 */ { roleId: 'role-medical', certificates: [{ hoursAgo: 6 }], stays: [{ place: PLACES.hexi, fromDay: -700 }] },
  /* 05: stayed in a key risk area in force at the time */
  { roleId: 'role-canteen', certificates: [{ hoursAgo: 4 }], stays: [{ place: PLACES.chaoyang, fromDay: -9, toDay: -5 }, { place: PLACES.nankai, fromDay: -4 }] },
  /* 06: declared a close contact */
  { roleId: 'role-security', certificates: [{ hoursAgo: 4 }], contacts: [{ kind: 'closeContact', day: -5 }], stays: [{ place: PLACES.heping, fromDay: -200 }] },
  /* 07: the only negative is too old */
  { roleId: 'role-maintenance', certificates: [{ hoursAgo: 40 }], stays: [{ place: PLACES.hexi, fromDay: -100 }] },
  /* 08: a recent positive, then a negative */
  { roleId: 'role-teaching-assistant', certificates: [{ hoursAgo: 72, result: 'positive' }, { hoursAgo: 5 }], stays: [{ place: PLACES.nankai, fromDay: -500 }] },
  /* 09: the area was listed only after the stay, so it does not count */
  { roleId: 'role-cleaning', certificates: [{ hoursAgo: 7 }], stays: [{ place: PLACES.jinshui, fromDay: -10, toDay: -6 }, { place: PLACES.hexi, fromDay: -5 }] },
  /* 10: no certificate yet */
  { roleId: 'role-maintenance', stays: [{ place: PLACES.heping, fromDay: -60 }] },
  /* 11: entered yesterday */
  { roleId: 'role-management', certificates: [{ hoursAgo: 30 }], stays: [{ place: PLACES.hexi, fromDay: -800 }] },
  /* 12: entered five days ago; the rotation is complete */
  { roleId: 'role-security', certificates: [{ hoursAgo: 5 * 24 + 6 }], stays: [{ place: PLACES.nankai, fromDay: -365 }] },
  /* 13: withdrew */
  { roleId: 'role-medical', certificates: [{ hoursAgo: 20 }], stays: [{ place: PLACES.heping, fromDay: -365 }] },
];

export function demoRotation(ctx: DemoContext, campus: DemoCampus, byUser: string): DemoRotation {
  const { now, rec } = ctx;
  const rand = seededRandom(515);
  const iso = (d: Date) => formatISO(d);
  const hoursFromNow = (h: number) => iso(addMinutes(now, Math.round(h * 60)));
  /** A whole hour at least `h - 1` hours ahead: handovers read better on the hour. */
  const onTheHour = (h: number) => iso(startOfHour(addHours(now, h)));
  const day = (d: number) => format(addDays(now, d), 'yyyy-MM-dd');

  const roles: StaffRole[] = DEMO_STAFF.map((s) => {
    const setup = ROLE_SETUP[s.roleId];
    return rec({ id: s.roleId, name: `${s.name} ${setup.zh}`, kind: setup.kind, posts: s.count, ...(setup.min === undefined ? {} : { minOnCampus: setup.min }) });
  });

  const riskAreas: RiskArea[] = [
    rec({ id: 'risk-chaoyang', name: PLACES.chaoyang, level: 'high' as const, inForceFrom: day(-20) }),
    rec({ id: 'risk-haizhu', name: PLACES.haizhu, level: 'high' as const, inForceFrom: day(-25), inForceTo: day(-2) }),
    rec({ id: 'risk-gaocheng', name: PLACES.gaocheng, level: 'medium' as const, inForceFrom: day(-60), inForceTo: day(-30) }),
    rec({ id: 'risk-jinshui', name: PLACES.jinshui, level: 'medium' as const, inForceFrom: day(-3) }),
    rec({ id: 'risk-xincheng', name: PLACES.xincheng, level: 'high' as const, inForceFrom: day(-12) }),
    rec({ id: 'risk-pudong', name: PLACES.pudong, level: 'medium' as const, inForceFrom: day(-40), inForceTo: day(-20) }),
  ];

  const candidates: Candidate[] = [];
  const certificates: Certificate[] = [];
  const travel: TravelStay[] = [];
  CANDIDATES.forEach((plan, i) => {
    const n = String(i + 1).padStart(2, '0');
    const id = `cand-${n}`;
    candidates.push(
      rec({
        id,
        name: chineseName(rand),
        idNumber: `12010${1 + (i % 6)}19${80 + i}0${1 + (i % 9)}1${n}${i % 10}`,
        roleId: plan.roleId,
        phone: `139 2000 ${String(3100 + i * 17)}`,
        contacts: (plan.contacts ?? []).map((c) => ({ kind: c.kind, on: day(c.day) })),
        attachments: i % 3 === 0 ? [`nat-${id}.pdf`] : [],
      }),
    );
    (plan.certificates ?? []).forEach((c, k) => {
      const sampledAt = hoursFromNow(-c.hoursAgo);
      certificates.push(
        rec({ id: `nat-${id}-${k + 1}`, subjectId: id, sampledAt, result: c.result ?? 'negative', institution: INSTITUTION, certificateNo: `TJ${sampledAt.slice(0, 10).replaceAll('-', '')}${n}${k + 1}` }),
      );
    });
    (plan.stays ?? []).forEach((s, k) => {
      travel.push(rec({ id: `stay-${id}-${k + 1}`, subjectId: id, place: s.place, from: day(s.fromDay), ...(s.toDay === undefined ? {} : { to: day(s.toDay) }) }));
    });
  });

  const riskIndex = indexRiskAreas(riskAreas);
  const check = (candidateId: string, entryAt: string, checkedAt: string): EligibilityResult =>
    checkEligibility(
      {
        contacts: candidates.find((c) => c.id === candidateId)!.contacts,
        stays: travel.filter((s) => s.subjectId === candidateId),
        certificates: certificates.filter((c) => c.subjectId === candidateId),
      },
      entryAt,
      { riskAreas: riskIndex, settings: DEFAULT_ROTATION_SETTINGS, checkedAt },
    );

  // Outgoing staff: one per rotation, the last members of each role, so the ids do not depend on the campus's size.
  const people = [...campus.people];
  const taken = new Set<string>();
  const outgoing = (roleId: string): Person => {
    const person = people.findLast((p) => p.staffRoleId === roleId && p.presence === 'onCampus' && !taken.has(p.id));
    if (!person) throw new Error(`the demo campus has no free ${roleId} staff`);
    taken.add(person.id);
    return person;
  };
  const newPerson = (candidateId: string, from: Person, at: string): Person => {
    const cand = candidates.find((c) => c.id === candidateId)!;
    const person: Person = {
      id: `person-${people.length + 1}`,
      name: cand.name,
      kind: 'staff',
      staffRoleId: cand.roleId,
      presence: 'onCampus',
      unitId: from.unitId,
      phone: cand.phone,
      idNumber: cand.idNumber,
      createdAt: at,
      updatedAt: at,
    };
    people.push(person);
    return person;
  };

  const rotations: Rotation[] = [];
  const rotation = (
    n: number,
    candidateId: string,
    status: RotationStatus,
    times: { createdAt: string; handover: string; leave: string },
    extra: (base: Rotation, from: Person) => Partial<Rotation> = () => ({}),
  ): void => {
    const cand = candidates.find((c) => c.id === candidateId)!;
    const from = outgoing(cand.roleId);
    const base: Rotation = {
      id: `rot-demo-${n}`,
      createdAt: times.createdAt,
      updatedAt: times.createdAt,
      roleId: cand.roleId,
      outgoingPersonId: from.id,
      incomingCandidateId: cand.id,
      plannedHandoverAt: times.handover,
      plannedLeaveAt: times.leave,
      status,
      check: check(cand.id, times.handover, times.createdAt),
    };
    rotations.push({ ...base, ...extra(base, from) });
  };
  const decision = (at: string, outcome: 'approved' | 'rejected', comment: string) => ({ by: byUser, at, decision: outcome, comment });

  const filedAnHourAgo = hoursFromNow(-1);
  // Awaiting the principal: two that can be approved, one that cannot.
  rotation(1, 'cand-01', 'request', { createdAt: filedAnHourAgo, handover: onTheHour(3), leave: onTheHour(3) });
  rotation(2, 'cand-05', 'request', { createdAt: filedAnHourAgo, handover: onTheHour(5), leave: onTheHour(5) });
  rotation(3, 'cand-02', 'request', { createdAt: hoursFromNow(-0.5), handover: onTheHour(6), leave: iso(addMinutes(new Date(onTheHour(6)), 30)) });
  // Approved and planned: the incoming person may enter today.
  const approvedAt = hoursFromNow(-0.75);
  rotation(4, 'cand-03', 'approved', { createdAt: hoursFromNow(-2), handover: onTheHour(4), leave: iso(addHours(new Date(onTheHour(4)), 1)) }, (base) => ({
    status: 'approved',
    check: check(base.incomingCandidateId, base.plannedHandoverAt, approvedAt),
    approval: decision(approvedAt, 'approved', '同意，按计划交接。'),
    updatedAt: approvedAt,
  }));
  rotation(5, 'cand-08', 'rejected', { createdAt: hoursFromNow(-28), handover: onTheHour(12), leave: onTheHour(12) }, () => ({
    approval: decision(hoursFromNow(-26), 'rejected', '核酸阳性记录未满观察期，不予批准。'),
    updatedAt: hoursFromNow(-26),
  }));
  // Entered yesterday; the outgoing person leaves in two hours.
  const enteredYesterday = hoursFromNow(-26);
  rotation(6, 'cand-11', 'entered', { createdAt: hoursFromNow(-50), handover: enteredYesterday, leave: onTheHour(2) }, (base, from) => ({
    approval: decision(hoursFromNow(-48), 'approved', '同意。'),
    entryCheck: check(base.incomingCandidateId, enteredYesterday, enteredYesterday),
    enteredAt: enteredYesterday,
    incomingPersonId: newPerson(base.incomingCandidateId, from, enteredYesterday).id,
    updatedAt: enteredYesterday,
  }));
  // Completed five days ago: the outgoing guard went home an hour after the new one entered.
  const entered5 = hoursFromNow(-5 * 24);
  const left5 = hoursFromNow(-5 * 24 + 1);
  rotation(7, 'cand-12', 'completed', { createdAt: hoursFromNow(-7 * 24), handover: entered5, leave: left5 }, (base, from) => {
    const index = people.indexOf(from);
    people[index] = { ...from, presence: 'atHome', updatedAt: left5 };
    return {
      approval: decision(hoursFromNow(-6 * 24), 'approved', '同意。'),
      entryCheck: check(base.incomingCandidateId, entered5, entered5),
      enteredAt: entered5,
      incomingPersonId: newPerson(base.incomingCandidateId, from, entered5).id,
      leftAt: left5,
      updatedAt: left5,
    };
  });
  const cancelledAt = hoursFromNow(-3);
  rotation(8, 'cand-13', 'cancelled', { createdAt: hoursFromNow(-20), handover: onTheHour(2), leave: onTheHour(2) }, () => ({
    cancellation: { by: byUser, at: cancelledAt, reason: '候选人家中有事，撤回申请。' },
    updatedAt: cancelledAt,
  }));

  return { people, roles, candidates, certificates, travel, riskAreas, natRounds: natRounds(ctx, campus, people), rotations };
}

/**
 * Two rounds per unit, three days apart, the latest one to three days ago (so none is due yet); every fifteenth unit
 * is two rounds late, and in every seventh one member missed the latest round.
 */
function natRounds(ctx: DemoContext, campus: DemoCampus, people: readonly Person[]): NatRound[] {
  const byUnit = new Map<string, string[]>();
  // People who entered through a rotation have their entry certificate as their first test.
  const original = new Set(campus.people.map((p) => p.id));
  for (const p of people) {
    if (p.presence !== 'onCampus' || !original.has(p.id)) continue;
    const list = byUnit.get(p.unitId);
    if (list) list.push(p.id);
    else byUnit.set(p.unitId, [p.id]);
  }
  const at = (daysAgo: number) => formatISO(addMinutes(startOfDay(addDays(ctx.now, -daysAgo)), 7 * 60 + 30));
  const rounds: NatRound[] = [];
  campus.units.forEach((unit, i) => {
    const members = byUnit.get(unit.id);
    if (!members) return;
    const latest = i % OVERDUE_UNIT_EVERY === OVERDUE_UNIT_EVERY - 1 ? 4 + (i % 2) : 1 + (i % 3);
    const missed = i % MISSED_MEMBER_EVERY === 3 && members.length > 1 ? members.slice(0, -1) : members;
    rounds.push(ctx.rec({ id: `natr-${unit.id}-1`, unitId: unit.id, personIds: members, testedAt: at(latest + 3), results: [] }));
    rounds.push(ctx.rec({ id: `natr-${unit.id}-2`, unitId: unit.id, personIds: missed, testedAt: at(latest), results: [] }));
  });
  return rounds;
}
