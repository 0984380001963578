import type { Id } from '../common/fields.js';
import type { HeatingSettings, Room, RoomKind } from './schema.js';

/** A room with its effective minimum and occupants resolved: what coverage is judged on. */
export interface HeatedSpace {
  roomId: Id;
  name: string;
  kind: RoomKind;
  buildingId: Id | undefined;
  /** Empty when occupants were entered rather than derived. */
  unitIds: readonly Id[];
  occupants: number;
  minCelsius: number;
}

type MinimumSettings = Pick<HeatingSettings, 'classroomMinCelsius' | 'dormitoryMinCelsius'>;

/** The room's own minimum, else the rule's default for its kind (roomSchema guarantees one of them exists). */
export function minCelsiusFor(room: Pick<Room, 'kind' | 'minCelsius'>, settings: MinimumSettings): number {
  if (room.minCelsius !== undefined) return room.minCelsius;
  switch (room.kind) {
    case 'classroom':
      return settings.classroomMinCelsius;
    case 'dormitory':
      return settings.dormitoryMinCelsius;
    default:
      throw new Error(`room of kind ${room.kind} has no minimum temperature`);
  }
}

/**
 * Occupants now: the linked units' on-campus headcount (a unit missing from the map counts 0, e.g. one deleted
 * since it was linked), or the entered count.
 */
export function occupantsOf(room: Pick<Room, 'occupancy'>, onCampusByUnit: ReadonlyMap<Id, number>): number {
  if (room.occupancy.source === 'entered') return room.occupancy.count;
  let n = 0;
  for (const unitId of room.occupancy.unitIds) n += onCampusByUnit.get(unitId) ?? 0;
  return n;
}

export function heatedSpaces(
  rooms: readonly Room[],
  onCampusByUnit: ReadonlyMap<Id, number>,
  settings: MinimumSettings,
): HeatedSpace[] {
  return rooms.map((room) => ({
    roomId: room.id,
    name: room.name,
    kind: room.kind,
    buildingId: room.buildingId,
    unitIds: room.occupancy.source === 'units' ? room.occupancy.unitIds : [],
    occupants: occupantsOf(room, onCampusByUnit),
    minCelsius: minCelsiusFor(room, settings),
  }));
}
