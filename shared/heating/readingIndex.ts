import type { Id } from '../common/fields.js';
import type { Reading } from './schema.js';

interface RoomHistory {
  /** Epoch milliseconds, ascending, parallel to `readings`. */
  times: number[];
  readings: Reading[];
}

/** Readings per room in time order, so "latest reading at an instant" is a binary search, not a scan. */
export type ReadingIndex = ReadonlyMap<Id, RoomHistory>;

export function indexReadings(readings: readonly Reading[]): ReadingIndex {
  const byRoom = new Map<Id, { at: number; reading: Reading }[]>();
  for (const reading of readings) {
    let list = byRoom.get(reading.roomId);
    if (!list) byRoom.set(reading.roomId, (list = []));
    list.push({ at: Date.parse(reading.at), reading });
  }
  const index = new Map<Id, RoomHistory>();
  for (const [roomId, list] of byRoom) {
    // Stable sort: of two readings at the same instant, the one stored later wins, as a correction would.
    list.sort((a, b) => a.at - b.at);
    index.set(roomId, { times: list.map((e) => e.at), readings: list.map((e) => e.reading) });
  }
  return index;
}

export interface TimedReading {
  reading: Reading;
  /** Its `at` in epoch milliseconds, so loops over many instants never parse a date again. */
  atMs: number;
}

/** The room's last reading taken at or before `atMs`; readings after it did not exist yet at that instant. */
export function latestTimedReadingAt(index: ReadingIndex, roomId: Id, atMs: number): TimedReading | undefined {
  const history = index.get(roomId);
  if (!history) return undefined;
  let lo = 0;
  let hi = history.times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (history.times[mid]! <= atMs) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? undefined : { reading: history.readings[lo - 1]!, atMs: history.times[lo - 1]! };
}

export function latestReadingAt(index: ReadingIndex, roomId: Id, atMs: number): Reading | undefined {
  return latestTimedReadingAt(index, roomId, atMs)?.reading;
}
