import type { Id, IsoDateTime } from '../common/fields.js';
import { latestTimedReadingAt } from './readingIndex.js';
import type { ReadingIndex } from './readingIndex.js';
import type { HeatedSpace } from './spaces.js';

export interface BuildingTemperaturePoint {
  at: IsoDateTime;
  /** Mean of the building's rooms that had a fresh reading then; null when none had. */
  meanCelsius: number | null;
  /** Its coldest such room: a building can average warm while one floor is cold. */
  minCelsius: number | null;
  /** Rooms the point is made of. */
  rooms: number;
}

export interface BuildingTemperatureSeries {
  /** Null gathers the spaces that belong to no building. */
  buildingId: Id | null;
  points: BuildingTemperaturePoint[];
}

const HOUR_MS = 3_600_000;

/**
 * Indoor temperature per building at each instant, from each room's latest reading that is still fresh then, the
 * same reading coverage judges by: a chart of raw readings would zig-zag with the order rooms were walked in. Every
 * room counts, occupied or not. Buildings come in order of first appearance in `spaces`.
 */
export function buildingTemperatures(
  spaces: readonly Pick<HeatedSpace, 'roomId' | 'buildingId'>[],
  index: ReadingIndex,
  instants: readonly IsoDateTime[],
  maxAgeHours: number,
): BuildingTemperatureSeries[] {
  const maxAgeMs = maxAgeHours * HOUR_MS;
  const byBuilding = new Map<Id | null, Id[]>();
  for (const s of spaces) {
    const key = s.buildingId ?? null;
    byBuilding.set(key, [...(byBuilding.get(key) ?? []), s.roomId]);
  }
  const instantsMs = instants.map((at) => Date.parse(at));
  return [...byBuilding].map(([buildingId, roomIds]) => ({
    buildingId,
    points: instants.map((at, i) => {
      const atMs = instantsMs[i]!;
      let sum = 0;
      let n = 0;
      let min = Number.POSITIVE_INFINITY;
      for (const roomId of roomIds) {
        const latest = latestTimedReadingAt(index, roomId, atMs);
        if (!latest || atMs - latest.atMs > maxAgeMs) continue;
        sum += latest.reading.celsius;
        n += 1;
        min = Math.min(min, latest.reading.celsius);
      }
      return { at, meanCelsius: n === 0 ? null : sum / n, minCelsius: n === 0 ? null : min, rooms: n };
    }),
  }));
}
