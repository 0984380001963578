import type { IsoDateTime } from '../common/fields.js';
import { latestTimedReadingAt } from './readingIndex.js';
import type { ReadingIndex, TimedReading } from './readingIndex.js';
import type { Reading } from './schema.js';
import type { HeatedSpace } from './spaces.js';

/** R9: covered at or above the minimum, a gap below it; unknown without a fresh reading, never counted as covered. */
export type CoverageStatus = 'covered' | 'gap' | 'unknown';

export interface SpaceCoverage extends HeatedSpace {
  status: CoverageStatus;
  /** The last reading at or before the instant, stale or not, so a stale space can say when it was last read. */
  latest: Reading | null;
}

export interface Tally {
  spaces: number;
  occupants: number;
}

export interface StatusShares {
  covered: number;
  gap: number;
  unknown: number;
}

export interface CoverageSummary {
  at: IsoDateTime;
  /** Occupied spaces only: an empty room need not be warm. */
  total: Tally;
  covered: Tally;
  gap: Tally;
  unknown: Tally;
  /** Shares of the occupied spaces; null when none is occupied. */
  byCount: StatusShares | null;
  /** Shares of their occupants (someone linked to a classroom and a dormitory counts in both). */
  byOccupants: StatusShares | null;
}

export interface Coverage extends CoverageSummary {
  spaces: SpaceCoverage[];
}

const HOUR_MS = 3_600_000;

function instantMs(at: IsoDateTime): number {
  const ms = Date.parse(at);
  if (Number.isNaN(ms)) throw new RangeError(`not a date-time: ${at}`);
  return ms;
}

/** A reading exactly `maxAge` old is still fresh ("not older than"). */
export function statusOf(minCelsius: number, latest: TimedReading | undefined, atMs: number, maxAgeMs: number): CoverageStatus {
  if (!latest || atMs - latest.atMs > maxAgeMs) return 'unknown';
  return latest.reading.celsius >= minCelsius ? 'covered' : 'gap';
}

function judge(spaces: readonly HeatedSpace[], index: ReadingIndex, atMs: number, maxAgeHours: number): SpaceCoverage[] {
  const maxAgeMs = maxAgeHours * HOUR_MS;
  const judged: SpaceCoverage[] = [];
  for (const space of spaces) {
    if (space.occupants <= 0) continue;
    const latest = latestTimedReadingAt(index, space.roomId, atMs);
    judged.push({ ...space, status: statusOf(space.minCelsius, latest, atMs, maxAgeMs), latest: latest?.reading ?? null });
  }
  return judged;
}

type Tallies = Record<CoverageStatus, Tally>;

const emptyTallies = (): Tallies => ({
  covered: { spaces: 0, occupants: 0 },
  gap: { spaces: 0, occupants: 0 },
  unknown: { spaces: 0, occupants: 0 },
});

function shares(covered: number, gap: number, unknown: number): StatusShares | null {
  const total = covered + gap + unknown;
  return total === 0 ? null : { covered: covered / total, gap: gap / total, unknown: unknown / total };
}

function summarize(at: IsoDateTime, judged: readonly SpaceCoverage[]): CoverageSummary {
  const tally = emptyTallies();
  for (const s of judged) {
    tally[s.status].spaces += 1;
    tally[s.status].occupants += s.occupants;
  }
  return summaryOf(at, tally);
}

function summaryOf(at: IsoDateTime, { covered, gap, unknown }: Tallies): CoverageSummary {
  return {
    at,
    total: { spaces: covered.spaces + gap.spaces + unknown.spaces, occupants: covered.occupants + gap.occupants + unknown.occupants },
    covered,
    gap,
    unknown,
    byCount: shares(covered.spaces, gap.spaces, unknown.spaces),
    byOccupants: shares(covered.occupants, gap.occupants, unknown.occupants),
  };
}

/** Coverage of the occupied spaces at one instant, judged on the readings taken up to then. */
export function coverageAt(
  spaces: readonly HeatedSpace[],
  index: ReadingIndex,
  at: IsoDateTime,
  maxAgeHours: number,
): Coverage {
  const judged = judge(spaces, index, instantMs(at), maxAgeHours);
  return { ...summarize(at, judged), spaces: judged };
}

/**
 * Coverage at each instant, for the chart. Occupants are today's: headcounts are not kept historically, so a series
 * reflects who is on campus now. Tallies only: a week hourly on a large campus is some 70,000 judgements.
 */
export function coverageSeries(
  spaces: readonly HeatedSpace[],
  index: ReadingIndex,
  instants: readonly IsoDateTime[],
  maxAgeHours: number,
): CoverageSummary[] {
  const occupied = spaces.filter((s) => s.occupants > 0);
  const maxAgeMs = maxAgeHours * HOUR_MS;
  return instants.map((at) => {
    const atMs = instantMs(at);
    const tally = emptyTallies();
    for (const space of occupied) {
      const status = statusOf(space.minCelsius, latestTimedReadingAt(index, space.roomId, atMs), atMs, maxAgeMs);
      tally[status].spaces += 1;
      tally[status].occupants += space.occupants;
    }
    return summaryOf(at, tally);
  });
}

const MAX_INSTANTS = 10_000;

/** Instants from `from` to `to` inclusive, `stepMinutes` apart, in UTC (`Z`): a chart axis, e.g. hourly over 7 days. */
export function instantsEvery(from: IsoDateTime, to: IsoDateTime, stepMinutes: number): IsoDateTime[] {
  if (!(stepMinutes > 0)) throw new RangeError('stepMinutes must be more than 0');
  const start = instantMs(from);
  const end = instantMs(to);
  const stepMs = stepMinutes * 60_000;
  if ((end - start) / stepMs >= MAX_INSTANTS) throw new RangeError(`more than ${MAX_INSTANTS} instants`);
  const instants: IsoDateTime[] = [];
  for (let t = start; t <= end; t += stepMs) instants.push(new Date(t).toISOString());
  return instants;
}

export interface ColdSpace extends SpaceCoverage {
  latest: Reading;
  /** Reading minus minimum: negative is a gap. */
  marginCelsius: number;
}

/**
 * Spaces with a fresh reading, coldest relative to their own minimum first (a canteen at 15 °C with a 14 °C minimum
 * is warmer, for this purpose, than a dormitory at 17 °C); ties go to the space with more people in it.
 */
export function coldestSpaces(coverage: Coverage, limit: number): ColdSpace[] {
  const cold: ColdSpace[] = [];
  for (const s of coverage.spaces) {
    if (s.status !== 'unknown' && s.latest) cold.push({ ...s, latest: s.latest, marginCelsius: s.latest.celsius - s.minCelsius });
  }
  cold.sort((a, b) => a.marginCelsius - b.marginCelsius || b.occupants - a.occupants || a.name.localeCompare(b.name));
  return cold.slice(0, Math.max(0, limit));
}
