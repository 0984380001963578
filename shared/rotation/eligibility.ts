import type { IsoDate, IsoDateTime } from '../common/fields.js';
import { dateOf, shiftDate } from '../supplies/days.js';
import type {
  Certificate,
  ContactDeclaration,
  EligibilityReason,
  EligibilityResult,
  RiskArea,
  RotationSettings,
  TravelStay,
} from './schema.js';
import { HOUR_MS, instant, isoOf } from './time.js';

/*
 * R2 for one subject and one entry instant.
 *
 * The look-back window is the `lookBackDays` calendar days that end with the entry day (in the offset the entry time
 * is written in, which the host writes in the campus's offset): stays, contacts and risk areas are declared by the
 * day, so they are judged by the day. With 14 days and entry on the 15th, the window is the 2nd–15th: a stay ending
 * on the 1st (exactly 14 days before) is outside, one ending on the 2nd is inside.
 *
 * The NAT is judged by the instant, since its validity is counted in hours: a negative sampled in
 * [entry − natValidityHours, entry] passes, both ends included.
 *
 * A positive sampled in the window fails even when a negative follows it: one later negative does not clear a recent
 * infection (false negatives are common while it resolves), and clearing a recovered person is a medical decision
 * that R2 does not give to the scheduler.
 */

export interface RiskAreaIndex {
  /** The areas listed under this name once normalized; several may share a name with different in-force periods. */
  areasNamed(name: string): readonly RiskArea[];
}

export interface EligibilityEvidence {
  contacts: readonly ContactDeclaration[];
  stays: readonly TravelStay[];
  certificates: readonly Certificate[];
}

export interface EligibilityContext {
  riskAreas: RiskAreaIndex;
  settings: Pick<RotationSettings, 'lookBackDays' | 'natValidityHours'>;
  checkedAt: IsoDateTime;
}

/** Case, width, spacing and punctuation vary between how a place is typed and how the risk list names it. */
export function normalizePlace(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
}

const NO_AREAS: readonly RiskArea[] = [];

export function indexRiskAreas(areas: readonly RiskArea[]): RiskAreaIndex {
  const byName = new Map<string, RiskArea[]>();
  for (const area of areas) {
    const key = normalizePlace(area.name);
    const list = byName.get(key);
    if (list) list.push(area);
    else byName.set(key, [area]);
  }
  return { areasNamed: (name) => byName.get(normalizePlace(name)) ?? NO_AREAS };
}

export function checkEligibility(evidence: EligibilityEvidence, entryAt: IsoDateTime, context: EligibilityContext): EligibilityResult {
  return checkInWindow(evidence, entryAt, lookBackWindow(dateOf(entryAt), context.settings.lookBackDays), context);
}

export interface EligibilityRequest {
  subjectId: string;
  contacts: readonly ContactDeclaration[];
  entryAt: IsoDateTime;
}

export interface EligibilityRecords {
  stays: readonly TravelStay[];
  certificates: readonly Certificate[];
  riskAreas: readonly RiskArea[];
}

/** Checks many subjects against the stored collections: one pass to group them, one index of the risk areas. */
export function checkEligibilityMany(
  requests: readonly EligibilityRequest[],
  records: EligibilityRecords,
  settings: EligibilityContext['settings'],
  checkedAt: IsoDateTime,
): EligibilityResult[] {
  const context: EligibilityContext = { riskAreas: indexRiskAreas(records.riskAreas), settings, checkedAt };
  const stays = groupBySubject(records.stays);
  const certificates = groupBySubject(records.certificates);
  // Requests share a few entry days, and calendar arithmetic costs more than a whole check's comparisons.
  const windows = new Map<IsoDate, DayWindow>();
  return requests.map((r) => {
    const entryDay = dateOf(r.entryAt);
    let window = windows.get(entryDay);
    if (!window) {
      window = lookBackWindow(entryDay, settings.lookBackDays);
      windows.set(entryDay, window);
    }
    const evidence = { contacts: r.contacts, stays: stays.get(r.subjectId) ?? [], certificates: certificates.get(r.subjectId) ?? [] };
    return checkInWindow(evidence, r.entryAt, window, context);
  });
}

interface DayWindow {
  first: IsoDate;
  last: IsoDate;
}

function lookBackWindow(entryDay: IsoDate, lookBackDays: number): DayWindow {
  return { first: shiftDate(entryDay, 1 - lookBackDays), last: entryDay };
}

function checkInWindow(evidence: EligibilityEvidence, entryAt: IsoDateTime, window: DayWindow, context: EligibilityContext): EligibilityResult {
  const reasons = [
    ...stayReasons(evidence.stays, context.riskAreas, window),
    ...contactReasons(evidence.contacts, window),
    ...natReasons(evidence.certificates, instant(entryAt), context.settings.natValidityHours, window),
  ];
  return { eligible: reasons.length === 0, reasons, checkedAt: context.checkedAt, entryAt };
}

/* YYYY-MM-DD dates carry no offset, so they order as strings. */
const laterDay = (a: IsoDate, b: IsoDate): IsoDate => (a > b ? a : b);
const earlierDay = (a: IsoDate, b: IsoDate): IsoDate => (a < b ? a : b);

function stayReasons(stays: readonly TravelStay[], index: RiskAreaIndex, window: DayWindow): EligibilityReason[] {
  const reasons: EligibilityReason[] = [];
  for (const stay of stays) {
    const stayTo = stay.to ?? window.last;
    if (stayTo < window.first || stay.from > window.last) continue;
    for (const area of matchingAreas(stay, index)) {
      // The list is dated: only the days the area was in force while the subject was there, inside the window, count.
      const overlapFrom = laterDay(laterDay(stay.from, area.inForceFrom), window.first);
      const overlapTo = earlierDay(earlierDay(stayTo, area.inForceTo ?? window.last), window.last);
      if (overlapFrom > overlapTo) continue;
      reasons.push({
        code: 'risk_area_stay',
        stayId: stay.id,
        place: stay.place,
        riskAreaId: area.id,
        riskAreaName: area.name,
        level: area.level,
        overlapFrom,
        overlapTo,
      });
    }
  }
  return reasons;
}

function matchingAreas(stay: TravelStay, index: RiskAreaIndex): readonly RiskArea[] {
  const byPlace = index.areasNamed(stay.place);
  if (stay.riskAreaName === undefined) return byPlace;
  const byLink = index.areasNamed(stay.riskAreaName);
  return byLink === byPlace ? byPlace : [...new Set([...byPlace, ...byLink])];
}

function contactReasons(contacts: readonly ContactDeclaration[], window: DayWindow): EligibilityReason[] {
  return contacts
    .filter((c) => c.on >= window.first && c.on <= window.last)
    .map((c) => ({ code: 'contact_history', kind: c.kind, on: c.on }));
}

function natReasons(
  certificates: readonly Certificate[],
  entryMs: number,
  validityHours: number,
  window: DayWindow,
): EligibilityReason[] {
  const validFromMs = entryMs - validityHours * HOUR_MS;
  const reasons: EligibilityReason[] = [];
  let hasValidNegative = false;
  let latestBefore: { cert: Certificate; ms: number } | undefined;
  let earliestAfter: { cert: Certificate; ms: number } | undefined;
  for (const cert of certificates) {
    const ms = instant(cert.sampledAt);
    if (cert.result === 'positive') {
      if (ms <= entryMs && dateOf(cert.sampledAt) >= window.first) {
        reasons.push({ code: 'nat_positive', certificateId: cert.id, sampledAt: cert.sampledAt });
      }
    } else if (ms > entryMs) {
      if (!earliestAfter || ms < earliestAfter.ms) earliestAfter = { cert, ms };
    } else if (ms >= validFromMs) {
      hasValidNegative = true;
    } else if (!latestBefore || ms > latestBefore.ms) {
      latestBefore = { cert, ms };
    }
  }
  if (hasValidNegative) return reasons;
  const validFrom = isoOf(validFromMs);
  // The most actionable account of the missing negative: an expired one first, then one taken too late.
  if (latestBefore) {
    reasons.push({ code: 'nat_expired', certificateId: latestBefore.cert.id, sampledAt: latestBefore.cert.sampledAt, validFrom });
  } else if (earliestAfter) {
    reasons.push({ code: 'nat_after_entry', certificateId: earliestAfter.cert.id, sampledAt: earliestAfter.cert.sampledAt, validFrom });
  } else {
    reasons.push({ code: 'nat_missing', validFrom });
  }
  return reasons;
}

/** Records by the candidate or person they are about. */
export function groupBySubject<T extends { subjectId: string }>(records: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const r of records) {
    const list = groups.get(r.subjectId);
    if (list) list.push(r);
    else groups.set(r.subjectId, [r]);
  }
  return groups;
}
