import type { CsvTable } from '../campus/csv.js';
import type { Id } from '../common/fields.js';
import { isoDateTimeSchema } from '../common/fields.js';
import { checkCell, checkNumberCell, previewRows } from './rowImport.js';
import type { Checked, RowImport } from './rowImport.js';
import { indoorCelsiusSchema, readingCsvRowSchema } from './schema.js';
import type { ReadingInput, Room } from './schema.js';

export interface ReadingsImportContext {
  rooms: readonly Pick<Room, 'id' | 'name'>[];
  /** UTC offset for times written without one, e.g. "+08:00": thermometer and logger exports rarely carry one. */
  defaultOffset?: string;
  /** Epoch milliseconds after which a reading cannot have been taken yet (now, plus a little for clock skew). */
  notAfterMs?: number;
}

/** A room by id, else by name ignoring case; a name two rooms share is refused rather than guessed. */
function roomResolver(rooms: ReadingsImportContext['rooms']): (text: string) => Checked<Id> {
  const ids = new Set(rooms.map((r) => r.id));
  const byName = new Map<string, Id[]>();
  for (const r of rooms) {
    const key = r.name.trim().toLowerCase();
    byName.set(key, [...(byName.get(key) ?? []), r.id]);
  }
  return (text) => {
    if (text === '') return { ok: false, reason: 'must not be empty' };
    if (ids.has(text)) return { ok: true, value: text };
    const matches = byName.get(text.toLowerCase()) ?? [];
    if (matches.length === 1) return { ok: true, value: matches[0]! };
    if (matches.length > 1) return { ok: false, reason: `names ${matches.length} rooms; use the room id` };
    return { ok: false, reason: `unknown room "${text}"` };
  };
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;

/** Accepts the spellings spreadsheets produce ("2024-01-10 08:00", "+0800") and returns strict ISO 8601. */
function checkTimeCell(text: string, defaultOffset: string | undefined): Checked<string> {
  const m = DATE_TIME.exec(text);
  if (!m) return { ok: false, reason: 'must be a date and time such as 2024-01-10T08:00:00+08:00' };
  const [, date, hoursMinutes, seconds, offset] = m;
  const zone = offset ?? defaultOffset;
  if (zone === undefined) return { ok: false, reason: 'has no UTC offset (such as +08:00)' };
  const normalizedZone = zone === 'Z' ? zone : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  return checkCell(isoDateTimeSchema, `${date}T${hoursMinutes}${seconds ?? ':00'}${normalizedZone}`);
}

/**
 * Checks a parsed CSV file of readings (columns room, at, celsius) and turns the good rows into readings, for the
 * import preview. A row reading the same room at the same instant as an earlier row is refused: one is a mistake.
 */
export function importReadingRows(table: CsvTable, context: ReadingsImportContext): RowImport<ReadingInput> {
  const resolveRoom = roomResolver(context.rooms);
  const firstLineOf = new Map<string, number>();
  return previewRows(table, readingCsvRowSchema, (cells, line, fail) => {
    const room = resolveRoom(cells.room);
    if (!room.ok) fail('room', room.reason);
    const at = checkTimeCell(cells.at, context.defaultOffset);
    if (!at.ok) fail('at', at.reason);
    const celsius = checkNumberCell(cells.celsius, indoorCelsiusSchema);
    if (!celsius.ok) fail('celsius', celsius.reason);
    if (!room.ok || !at.ok || !celsius.ok) return undefined;
    if (context.notAfterMs !== undefined && Date.parse(at.value) > context.notAfterMs) {
      fail('at', 'must not be in the future');
      return undefined;
    }

    const key = `${room.value}\u0000${Date.parse(at.value)}`;
    const earlier = firstLineOf.get(key);
    if (earlier !== undefined) {
      fail('at', `repeats line ${earlier} (same room, same time)`);
      return undefined;
    }
    firstLineOf.set(key, line);
    return { roomId: room.value, at: at.value, celsius: celsius.value };
  });
}
