import { addDays, addHours, addMinutes, formatISO } from 'date-fns';
import { seededRandom } from '../../shared/common/random.js';
import { checkEligibilityMany } from '../../shared/rotation/eligibility.js';
import type { EligibilityRequest, EligibilityRecords } from '../../shared/rotation/eligibility.js';
import { DEFAULT_ROTATION_SETTINGS } from '../../shared/rotation/schema.js';
import type { Certificate, RiskArea, TravelStay } from '../../shared/rotation/schema.js';
import { percentile, type Figure } from './figure.js';

/**
 * Issue 5's target: eligibility for 1,000 candidates with 20 stays and 10 certificates each in ≤ 100 ms, measured on
 * the full path the host runs (risk-area index, grouping the collections by subject, every check). Places are drawn
 * from 2,000 names, a tenth of them on a list of 400 dated risk areas, so matching and overlap work really happen.
 */
const CANDIDATES = 1_000;
const STAYS = 20;
const CERTIFICATES = 10;
const PLACES = 2_000;
const RISK_AREAS = 400;
const RUNS = 10;
const ENTRY = new Date('2024-05-15T08:00:00+08:00');
const STAMP = '2024-04-01T00:00:00+08:00';

export async function benchRotation(): Promise<Figure[]> {
  const { requests, records } = syntheticCandidates(20_240_515);
  const run = () => checkEligibilityMany(requests, records, DEFAULT_ROTATION_SETTINGS, STAMP);
  const eligible = run().filter((r) => r.eligible).length; // also the warm-up: the first run pays for JIT compilation
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return [
    { name: 'rotation.eligibility1000x20x10', value: round(percentile(times, 50)), unit: 'ms' },
    { name: 'rotation.eligibility1000x20x10.p95', value: round(percentile(times, 95)), unit: 'ms' },
    { name: 'rotation.eligibility1000x20x10.eligible', value: eligible, unit: 'candidates' },
  ];
}

function syntheticCandidates(seed: number): { requests: EligibilityRequest[]; records: EligibilityRecords } {
  const random = seededRandom(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const day = (offset: number) => formatISO(addDays(ENTRY, offset), { representation: 'date' });
  const meta = (id: string) => ({ id, createdAt: STAMP, updatedAt: STAMP });
  const placeName = (i: number) => `District ${i}, City ${i % 97}`;

  const riskAreas: RiskArea[] = Array.from({ length: RISK_AREAS }, (_, i) => {
    const from = -60 + pick(60);
    return {
      ...meta(`ra-${i}`),
      // Typed differently from the stays' places on purpose: matching goes through normalization.
      name: placeName(pick(PLACES / 10) * 10).toUpperCase(),
      level: i % 3 === 0 ? 'high' : 'medium',
      inForceFrom: day(from),
      ...(random() < 0.5 ? { inForceTo: day(from + 3 + pick(20)) } : {}),
    };
  });
  const stays: TravelStay[] = [];
  const certificates: Certificate[] = [];
  const requests: EligibilityRequest[] = [];
  for (let c = 0; c < CANDIDATES; c++) {
    const subjectId = `cand-${c}`;
    for (let s = 0; s < STAYS; s++) {
      const from = -90 + pick(90);
      stays.push({ ...meta(`st-${c}-${s}`), subjectId, place: placeName(pick(PLACES)), from: day(from), to: day(from + pick(6)) });
    }
    for (let n = 0; n < CERTIFICATES; n++) {
      const sampledAt = formatISO(addMinutes(addHours(ENTRY, -pick(24 * 14)), -pick(60)));
      const result = random() < 0.01 ? 'positive' : 'negative';
      certificates.push({ ...meta(`nat-${c}-${n}`), subjectId, sampledAt, result, institution: 'City Hospital', certificateNo: `NAT${c}${n}` });
    }
    const contacts = random() < 0.05 ? [{ kind: 'closeContact' as const, on: day(-pick(20)) }] : [];
    requests.push({ subjectId, contacts, entryAt: formatISO(ENTRY) });
  }
  return { requests, records: { stays, certificates, riskAreas } };
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
