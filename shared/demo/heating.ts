import { formatISO, subDays, subHours } from 'date-fns';
import type { Building, Unit } from '../campus/schema.js';
import { heatingSettingsSchema } from '../heating/schema.js';
import type { HeatingSettings, Outdoor, Reading, Room } from '../heating/schema.js';
import type { DemoContext } from './context.js';

export interface DemoHeating {
  rooms: Room[];
  readings: Reading[];
  outdoor: Outdoor[];
  /** Coal burnt on a day: the demo's fuel issues follow degree-days, so the fitted rate is meaningful. */
  fuelPerDay: (day: Date) => number;
}

const COAL_KG_PER_DEGREE_DAY = 260;
const HISTORY_DAYS = 60;
/** A week, so the coverage chart's default window is full. */
const READING_DAYS = 7;
const READING_EVERY_HOURS = 3;

/** A northern-China late November: a mean around 0 °C that drifts colder, with day-to-day weather. */
function outdoorMean(rand: () => number, daysAgo: number): number {
  return Math.round((4 - (HISTORY_DAYS - daysAgo) * 0.12 + (rand() - 0.5) * 6) * 10) / 10;
}

/**
 * Classrooms, one heated space per dormitory floor, canteens and offices. Two spaces run cold, so the coverage view
 * has gaps to show; readings every three hours over the last week, entered by the given user. Names carry both
 * languages, as the demo's buildings do.
 */
export function demoHeating(ctx: DemoContext, buildings: Building[], units: Unit[], byUser: string): DemoHeating {
  const { rand, rec, now } = ctx;
  const rooms: Room[] = [];
  for (const unit of units.filter((u) => u.kind === 'class')) {
    rooms.push(rec({ id: `room-${unit.id.slice(5)}`, name: `${unit.name} classroom 教室`, kind: 'classroom', buildingId: unit.buildingId, occupancy: { source: 'units', unitIds: [unit.id] } }));
  }
  for (const dorm of buildings.filter((b) => b.kind === 'dormitory')) {
    const sleepers = units.filter((u) => u.dormitoryId === dorm.id);
    const perFloor = Math.ceil(sleepers.length / dorm.floors);
    for (let f = 0; f < dorm.floors; f++) {
      const floorUnits = sleepers.slice(f * perFloor, (f + 1) * perFloor).map((u) => u.id);
      const [first, ...rest] = floorUnits;
      if (first === undefined) continue;
      rooms.push(rec({ id: `room-${dorm.id.slice(5)}-f${f + 1}`, name: `${dorm.name} ${f + 1}F`, kind: 'dormitory', buildingId: dorm.id, occupancy: { source: 'units', unitIds: [first, ...rest] } }));
    }
  }
  for (const b of buildings) {
    if (b.kind !== 'canteen' && b.kind !== 'office') continue;
    rooms.push(rec({ id: `room-${b.id.slice(5)}`, name: b.name, kind: b.kind, buildingId: b.id, occupancy: { source: 'entered', count: b.kind === 'office' ? 40 : 30 }, minCelsius: 16 }));
  }

  const cold = new Set([rooms[3]?.id, rooms.find((r) => r.kind === 'dormitory')?.id]);
  const readings: Reading[] = [];
  for (const room of rooms) {
    for (let h = READING_DAYS * 24; h >= 0; h -= READING_EVERY_HOURS) {
      const base = cold.has(room.id) && h < 24 ? 15.5 : 19.5;
      const taken = subHours(now, h + rand());
      // Rooms are coolest before dawn and warmest mid-afternoon; the swing and the noise keep a warm room above 18 °C
      // and a cold one below 16 °C, so the demo's gaps are exactly the two cold spaces.
      const swing = -0.7 * Math.cos((2 * Math.PI * (taken.getHours() - 15)) / 24);
      const celsius = Math.round((base + swing + (rand() - 0.5)) * 10) / 10;
      const at = formatISO(taken);
      readings.push(rec({ id: `rd-${room.id.slice(5)}-${h}`, roomId: room.id, at, celsius, by: byUser }));
    }
  }
  readings.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));

  const outdoor: Outdoor[] = [];
  const means = new Map<string, number>();
  for (let d = HISTORY_DAYS; d >= 1; d--) {
    const date = formatISO(subDays(now, d), { representation: 'date' });
    const meanCelsius = outdoorMean(rand, d);
    means.set(date, meanCelsius);
    outdoor.push(rec({ id: `out-${date}`, date, meanCelsius }));
  }
  const fuelPerDay = (day: Date) => {
    const mean = means.get(formatISO(day, { representation: 'date' })) ?? 0;
    return Math.max(0, 18 - mean) * COAL_KG_PER_DEGREE_DAY * (0.92 + rand() * 0.16);
  };
  return { rooms, readings, outdoor, fuelPerDay };
}

/** The demo burns coal from its supplies; the other heating rules keep their defaults. */
export function demoHeatingSettings(fuelItemId: string): HeatingSettings {
  return heatingSettingsSchema.parse({ fuelKind: 'coal', fuelItemId });
}
