import { subDays } from 'date-fns';
import { PREVIEW_CHANGES_SHOWN } from '../../../shared/campus/contract.js';
import { parseCsv, type CsvTable } from '../../../shared/campus/csv.js';
import { headcountsByUnit } from '../../../shared/campus/headcount.js';
import { mergePatch } from '../../../shared/campus/schema.js';
import type { CoreDoc } from '../../../shared/db/schema.js';
import { buildingTemperatures } from '../../../shared/heating/buildingTemperatures.js';
import type { heatingContract, ImportCheck, SpaceView } from '../../../shared/heating/contract.js';
import { coldestSpaces, coverageAt, coverageSeries, instantsEvery } from '../../../shared/heating/coverage.js';
import type { SpaceCoverage } from '../../../shared/heating/coverage.js';
import { addDaysToDate, degreeDays } from '../../../shared/heating/degreeDays.js';
import { dailyIssued, fuelStatus } from '../../../shared/heating/fuelStatus.js';
import { importOutdoorRows } from '../../../shared/heating/outdoorImport.js';
import { indexReadings, latestReadingAt } from '../../../shared/heating/readingIndex.js';
import type { ReadingIndex } from '../../../shared/heating/readingIndex.js';
import { importReadingRows } from '../../../shared/heating/readingsImport.js';
import type { RowImport } from '../../../shared/heating/rowImport.js';
import { roomSchema } from '../../../shared/heating/schema.js';
import type { Outdoor, Reading, ReadingInput, Room } from '../../../shared/heating/schema.js';
import { heatedSpaces, minCelsiusFor } from '../../../shared/heating/spaces.js';
import type { HeatedSpace } from '../../../shared/heating/spaces.js';
import { stockByItem } from '../../../shared/supplies/stock.js';
import { stamp, type Handlers, type ServiceContext } from '../context.js';
import { fieldError, importRefusal, notFound, parseRecord } from '../errors.js';

/*
 * Heating handlers. Occupants are derived from the campus on every read (people on campus in each linked unit), so
 * coverage follows who is here today. Checks that depend on the document run inside the write, against the document
 * the write changes.
 */

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** How far back "latest reading" looks for a stale space, so it can say when it was last read. */
const LATEST_LOOKBACK_DAYS = 31;
/** Clocks of the machines that enter a time drift a little; anything later than this is a typo or a guess. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;
const MAX_SERIES_DAYS = 92;
const MAX_SERIES_POINTS = 2000;
/** Fuel history the rate is fitted on, and the part of it the chart shows. */
const FIT_WINDOW_DAYS = 90;
const HISTORY_SHOWN_DAYS = 30;
/** The degree-day chart by default: the last two months and whatever forecast has been entered for the next two weeks. */
const DEGREE_DAYS_BACK = 60;
const DEGREE_DAYS_AHEAD = 14;



const iso = (ms: number) => new Date(ms).toISOString();
const today = (ctx: ServiceContext) => ctx.nowIso().slice(0, 10);

function notInFuture(ctx: ServiceContext, at: string, field: string): void {
  if (Date.parse(at) > ctx.now().getTime() + FUTURE_TOLERANCE_MS) throw fieldError(field, 'must not be in the future');
}

function findRoom(rooms: readonly Room[], id: string, field = 'id'): Room {
  const room = rooms.find((r) => r.id === id);
  if (!room) throw notFound('Room', id, field);
  return room;
}

const sameName = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;

/** Readings may be imported by room name, so names must tell rooms apart; links must point at the campus as it is. */
function roomChecks(room: Room, doc: CoreDoc): void {
  const clash = doc.rooms.find((r) => r.id !== room.id && sameName(r.name, room.name));
  if (clash) throw fieldError('name', `another room is already named "${clash.name}"`, 'conflict');
  if (room.buildingId !== undefined && !doc.buildings.some((b) => b.id === room.buildingId)) {
    throw notFound('Building', room.buildingId, 'buildingId');
  }
  if (room.occupancy.source === 'units') {
    const unitIds = new Set(doc.units.map((u) => u.id));
    room.occupancy.unitIds.forEach((id, i) => {
      if (!unitIds.has(id)) throw notFound('Unit', id, `occupancy.unitIds.${i}`);
    });
  }
}

function onCampusByUnit(doc: CoreDoc): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [unitId, headcount] of headcountsByUnit(doc.units, doc.people)) counts.set(unitId, headcount.total.onCampus);
  return counts;
}

const spacesOf = (doc: CoreDoc): HeatedSpace[] => heatedSpaces(doc.rooms, onCampusByUnit(doc), doc.settings.heating);

/** Readings taken in [fromMs, toMs] (both inclusive), indexed by room. */
async function readingIndex(ctx: ServiceContext, fromMs: number, toMs: number): Promise<ReadingIndex> {
  return indexReadings(await ctx.store.journal('readings').range(iso(fromMs), iso(toMs + 1)));
}

function names(doc: CoreDoc) {
  const buildings = new Map(doc.buildings.map((b) => [b.id, b.name]));
  const units = new Map(doc.units.map((u) => [u.id, u.name]));
  return {
    building: (id: string | undefined) => (id === undefined ? null : (buildings.get(id) ?? id)),
    units: (ids: readonly string[]) => ids.map((id) => units.get(id) ?? id),
  };
}

function spaceView(s: SpaceCoverage, name: ReturnType<typeof names>): SpaceView {
  return {
    roomId: s.roomId,
    name: s.name,
    kind: s.kind,
    buildingId: s.buildingId ?? null,
    buildingName: name.building(s.buildingId),
    unitNames: name.units(s.unitIds),
    occupants: s.occupants,
    minCelsius: s.minCelsius,
    status: s.status,
    latest: s.latest && { at: s.latest.at, celsius: s.latest.celsius },
    marginCelsius: s.status === 'unknown' || !s.latest ? null : s.latest.celsius - s.minCelsius,
  };
}

/** A chart window: [from, to] defaulting to the last 7 days up to now, on instants aligned to the step, ending at `to`. */
function seriesInstants(ctx: ServiceContext, input: { from?: string | undefined; to?: string | undefined; stepMinutes: number }): string[] {
  const toMs = input.to === undefined ? ctx.now().getTime() : Date.parse(input.to);
  const fromMs = input.from === undefined ? toMs - 7 * DAY_MS : Date.parse(input.from);
  if (fromMs >= toMs) throw fieldError('from', 'must be before to');
  if (toMs - fromMs > MAX_SERIES_DAYS * DAY_MS) throw fieldError('from', `must be at most ${MAX_SERIES_DAYS} days before to`);
  const stepMs = input.stepMinutes * 60_000;
  if ((toMs - fromMs) / stepMs > MAX_SERIES_POINTS) throw fieldError('stepMinutes', `gives more than ${MAX_SERIES_POINTS} points; use a longer step`);
  // Whole steps read well on an axis; the last point is `to` itself, so the chart ends where "now" does.
  const first = Math.ceil(fromMs / stepMs) * stepMs;
  const instants = first <= toMs ? instantsEvery(iso(first), iso(toMs), input.stepMinutes) : [];
  if (instants.length === 0 || Date.parse(instants.at(-1)!) !== toMs) instants.push(iso(toMs));
  return instants;
}

function fileRows(table: CsvTable): number {
  return table.rows.length + new Set(table.errors.filter((e) => e.line !== table.headerLine).map((e) => e.line)).size;
}

function check<T, Row>(table: CsvTable, result: RowImport<T>, row: (line: number, value: T) => Row): ImportCheck<Row> {
  return {
    rows: fileRows(table),
    valid: result.valid.length,
    errors: result.errors,
    changes: result.valid.slice(0, PREVIEW_CHANGES_SHOWN).map((v) => row(v.line, v.value)),
    changesTruncated: result.valid.length > PREVIEW_CHANGES_SHOWN,
  };
}


function readingRows(ctx: ServiceContext, doc: CoreDoc, input: { csv: string; defaultOffset?: string | undefined }) {
  const table = parseCsv(input.csv);
  const result = importReadingRows(table, {
    rooms: doc.rooms,
    notAfterMs: ctx.now().getTime() + FUTURE_TOLERANCE_MS,
    ...(input.defaultOffset === undefined ? {} : { defaultOffset: input.defaultOffset }),
  });
  return { table, result };
}

function outdoorRows(input: { csv: string }) {
  const table = parseCsv(input.csv);
  return { table, result: importOutdoorRows(table) };
}

/** Sets one date's mean in the list, replacing an earlier one for that date. */
function upsertOutdoor(list: readonly Outdoor[], ctx: ServiceContext, value: { date: string; meanCelsius: number }): Outdoor[] {
  const existing = list.find((o) => o.date === value.date);
  if (!existing) return [...list, stamp(ctx, 'out', value)];
  const updated = { ...existing, meanCelsius: value.meanCelsius, updatedAt: ctx.nowIso() };
  return list.map((o) => (o === existing ? updated : o));
}

const celsius = (c: number) => `${c} °C`;

function newReading(ctx: ServiceContext, input: ReadingInput): Reading {
  return stamp(ctx, 'rd', { roomId: input.roomId, at: input.at, celsius: input.celsius, by: ctx.user?.id ?? 'unknown' });
}

export function heatingHandlers(): Handlers<typeof heatingContract> {
  return {
    'heating.rooms.list': async (_input, ctx) => {
      const doc = ctx.store.doc;
      const now = ctx.now().getTime();
      const index = await readingIndex(ctx, now - LATEST_LOOKBACK_DAYS * DAY_MS, now);
      const onCampus = onCampusByUnit(doc);
      const name = names(doc);
      const spaces = new Map(heatedSpaces(doc.rooms, onCampus, doc.settings.heating).map((s) => [s.roomId, s]));
      return {
        rooms: doc.rooms.map((room) => {
          const space = spaces.get(room.id)!;
          const latest = latestReadingAt(index, room.id, now);
          return {
            ...room,
            buildingName: name.building(room.buildingId),
            unitNames: name.units(space.unitIds),
            occupants: space.occupants,
            effectiveMinCelsius: space.minCelsius,
            latest: latest ? { at: latest.at, celsius: latest.celsius } : null,
          };
        }),
        buildings: doc.buildings.map((b) => ({ id: b.id, name: b.name, kind: b.kind })),
        units: doc.units.map((u) => ({ id: u.id, name: u.name, onCampus: onCampus.get(u.id) ?? 0 })),
      };
    },

    'heating.rooms.create': (input, ctx) =>
      ctx.write(
        (r) => `heated space ${r.name} created`,
        (tx) => {
          if (input.id !== undefined && tx.doc.rooms.some((r) => r.id === input.id)) {
            throw fieldError('id', `the id "${input.id}" is already in use`, 'conflict');
          }
          const room = parseRecord(roomSchema, stamp(ctx, 'room', input));
          roomChecks(room, tx.doc);
          tx.doc.rooms = [...tx.doc.rooms, room];
          return room;
        },
      ),

    'heating.rooms.update': (input, ctx) =>
      ctx.write(
        (r) => `heated space ${r.name} updated`,
        (tx) => {
          const room = parseRecord(roomSchema, mergePatch(findRoom(tx.doc.rooms, input.id), input, ctx.nowIso()));
          roomChecks(room, tx.doc);
          tx.doc.rooms = tx.doc.rooms.map((r) => (r.id === room.id ? room : r));
          return room;
        },
      ),

    // Its readings stay in the journal: they are history, and the audit entry says whose room they were.
    'heating.rooms.delete': async (input, ctx) => {
      const room = await ctx.write<Room>(
        (r) => `heated space ${r.name} (${r.id}) deleted`,
        (tx) => {
          const found = findRoom(tx.doc.rooms, input.id);
          tx.doc.rooms = tx.doc.rooms.filter((r) => r.id !== found.id);
          return found;
        },
      );
      return { id: room.id };
    },

    'heating.readings.enter': (input, ctx) => {
      notInFuture(ctx, input.at, 'at');
      return ctx.write(
        (r) => `reading ${celsius(r.celsius)} in ${findRoom(ctx.store.doc.rooms, r.roomId).name} at ${r.at}`,
        (tx) => {
          findRoom(tx.doc.rooms, input.roomId, 'roomId');
          const reading = newReading(ctx, input);
          tx.append('readings', reading);
          return reading;
        },
      );
    },

    'heating.readings.round': (input, ctx) => {
      notInFuture(ctx, input.at, 'at');
      return ctx.write(
        (r) => `reading round at ${input.at}: ${r.added} room(s), ${r.below} below minimum`,
        (tx) => {
          const settings = tx.doc.settings.heating;
          let below = 0;
          const readings = input.readings.map((entry, i) => {
            const room = findRoom(tx.doc.rooms, entry.roomId, `readings.${i}.roomId`);
            if (entry.celsius < minCelsiusFor(room, settings)) below += 1;
            return newReading(ctx, { roomId: room.id, at: input.at, celsius: entry.celsius });
          });
          for (const reading of readings) tx.append('readings', reading);
          return { added: readings.length, below };
        },
      );
    },

    'heating.readings.importPreview': (input, ctx) => {
      const doc = ctx.store.doc;
      const { table, result } = readingRows(ctx, doc, input);
      const roomNames = new Map(doc.rooms.map((r) => [r.id, r.name]));
      let from: number | null = null;
      let to: number | null = null;
      for (const { value } of result.valid) {
        const t = Date.parse(value.at);
        from = from === null ? t : Math.min(from, t);
        to = to === null ? t : Math.max(to, t);
      }
      return {
        ...check(table, result, (line, v) => ({ line, roomId: v.roomId, roomName: roomNames.get(v.roomId) ?? v.roomId, at: v.at, celsius: v.celsius })),
        rooms: new Set(result.valid.map((v) => v.value.roomId)).size,
        from: from === null ? null : iso(from),
        to: to === null ? null : iso(to),
      };
    },

    'heating.readings.import': async (input, ctx) => {
      let imported = { added: 0, rooms: 0 };
      await ctx.write(
        () => `${imported.added} reading(s) imported from CSV for ${imported.rooms} room(s)`,
        (tx) => {
          // The preview the user saw may be stale: the file is judged again against the rooms as they are now.
          const { result } = readingRows(ctx, tx.doc, input);
          if (result.errors.length > 0) throw importRefusal(result.errors);
          for (const { value } of result.valid) tx.append('readings', newReading(ctx, value));
          imported = { added: result.valid.length, rooms: new Set(result.valid.map((v) => v.value.roomId)).size };
        },
      );
      return imported;
    },

    'heating.outdoor.enter': (input, ctx) =>
      ctx.write(
        (r) => `outdoor mean for ${r.date} set to ${celsius(r.meanCelsius)}${r.replaced === null ? '' : ` (was ${celsius(r.replaced)})`}`,
        (tx) => {
          const replaced = tx.doc.outdoor.find((o) => o.date === input.date)?.meanCelsius ?? null;
          tx.doc.outdoor = upsertOutdoor(tx.doc.outdoor, ctx, input);
          return { date: input.date, meanCelsius: input.meanCelsius, replaced };
        },
      ),

    'heating.outdoor.importPreview': (input, ctx) => {
      const { table, result } = outdoorRows(input);
      const existing = new Map(ctx.store.doc.outdoor.map((o) => [o.date, o.meanCelsius]));
      return {
        ...check(table, result, (line, v) => ({ line, date: v.date, meanCelsius: v.meanCelsius, replaces: existing.get(v.date) ?? null })),
        replacing: result.valid.filter((v) => existing.has(v.value.date)).length,
      };
    },

    'heating.outdoor.import': async (input, ctx) => {
      let imported = { added: 0, replaced: 0 };
      await ctx.write(
        () => `outdoor means imported from CSV: ${imported.added} added, ${imported.replaced} replaced`,
        (tx) => {
          const { result } = outdoorRows(input);
          if (result.errors.length > 0) throw importRefusal(result.errors);
          const known = new Set(tx.doc.outdoor.map((o) => o.date));
          let outdoor = tx.doc.outdoor;
          for (const { value } of result.valid) outdoor = upsertOutdoor(outdoor, ctx, value);
          tx.doc.outdoor = outdoor;
          const replaced = result.valid.filter((v) => known.has(v.value.date)).length;
          imported = { added: result.valid.length - replaced, replaced };
        },
      );
      return imported;
    },

    'heating.coverage': async (input, ctx) => {
      const doc = ctx.store.doc;
      const at = input.at ?? ctx.nowIso();
      const atMs = Date.parse(at);
      const maxAgeHours = doc.settings.heating.readingMaxAgeHours;
      const index = await readingIndex(ctx, atMs - Math.max(LATEST_LOOKBACK_DAYS * DAY_MS, maxAgeHours * HOUR_MS), atMs);
      const coverage = coverageAt(spacesOf(doc), index, at, maxAgeHours);
      const name = names(doc);
      const { spaces, ...summary } = coverage;
      return {
        ...summary,
        maxAgeHours,
        coldest: coldestSpaces(coverage, input.coldest).map((s) => spaceView(s, name)),
        unknownSpaces: spaces
          .filter((s) => s.status === 'unknown')
          .sort((a, b) => b.occupants - a.occupants || a.name.localeCompare(b.name))
          .map((s) => spaceView(s, name)),
        unoccupied: doc.rooms.length - spaces.length,
      };
    },

    'heating.coverageSeries': async (input, ctx) => {
      const doc = ctx.store.doc;
      const instants = seriesInstants(ctx, input);
      const maxAgeHours = doc.settings.heating.readingMaxAgeHours;
      const index = await readingIndex(ctx, Date.parse(instants[0]!) - maxAgeHours * HOUR_MS, Date.parse(instants.at(-1)!));
      return { maxAgeHours, points: coverageSeries(spacesOf(doc), index, instants, maxAgeHours) };
    },

    'heating.buildingTemperatures': async (input, ctx) => {
      const doc = ctx.store.doc;
      const { classroomMinCelsius, dormitoryMinCelsius, readingMaxAgeHours: maxAgeHours } = doc.settings.heating;
      const instants = seriesInstants(ctx, input);
      const index = await readingIndex(ctx, Date.parse(instants[0]!) - maxAgeHours * HOUR_MS, Date.parse(instants.at(-1)!));
      const rooms = doc.rooms.map((r) => ({ roomId: r.id, buildingId: r.buildingId }));
      const name = names(doc);
      return {
        maxAgeHours,
        buildings: buildingTemperatures(rooms, index, instants, maxAgeHours).map((b) => ({
          ...b,
          name: b.buildingId === null ? null : name.building(b.buildingId),
        })),
        classroomMinCelsius,
        dormitoryMinCelsius,
      };
    },

    'heating.degreeDays': (input, ctx) => {
      const doc = ctx.store.doc;
      const day = today(ctx);
      const from = input.from ?? addDaysToDate(day, -DEGREE_DAYS_BACK);
      const to = input.to ?? addDaysToDate(day, DEGREE_DAYS_AHEAD);
      if (from > to) throw fieldError('from', 'must not be after to');
      const baseCelsius = doc.settings.heating.hddBaseCelsius;
      return { baseCelsius, today: day, days: degreeDays(doc.outdoor.filter((o) => o.date >= from && o.date <= to), baseCelsius) };
    },

    'heating.fuel': async (_input, ctx) => {
      const doc = ctx.store.doc;
      const settings = doc.settings.heating;
      const day = today(ctx);
      const item = settings.fuelItemId === undefined ? undefined : doc.items.find((i) => i.id === settings.fuelItemId);
      let stock;
      let dailyFuel: ReturnType<typeof dailyIssued> = [];
      if (item && settings.fuelKind !== 'district') {
        const lots = doc.lots.filter((l) => l.itemId === item.id);
        // A lot's balance needs every movement since it was received; the fit needs the last FIT_WINDOW_DAYS.
        const fitFromMs = subDays(ctx.now(), FIT_WINDOW_DAYS + 1).getTime();
        const fromMs = Math.min(fitFromMs, ...lots.map((l) => Date.parse(l.receivedAt)));
        const movements = (await ctx.store.journal('movements').range(iso(fromMs))).filter((m) => m.itemId === item.id);
        stock = stockByItem([item], lots, movements, day)[0];
        const fitFrom = addDaysToDate(day, -FIT_WINDOW_DAYS);
        dailyFuel = dailyIssued(movements, item.id).filter((d) => d.date >= fitFrom);
      }
      return fuelStatus({ settings, today: day, item, stock, dailyFuel, outdoor: doc.outdoor, historyDays: HISTORY_SHOWN_DAYS });
    },
  };
}
