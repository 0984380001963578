import type { Reading, Room } from '../../../shared/heating/schema.js';

const STAMP = '2024-01-01T00:00:00+08:00';

export function room(id: string, fields: Partial<Omit<Room, 'id'>> = {}): Room {
  return {
    id,
    createdAt: STAMP,
    updatedAt: STAMP,
    name: `Room ${id}`,
    kind: 'classroom',
    occupancy: { source: 'entered', count: 40 },
    ...fields,
  };
}

let seq = 0;
export function reading(roomId: string, at: string, celsius: number): Reading {
  seq += 1;
  return { id: `r${seq}`, createdAt: at, updatedAt: at, roomId, at, celsius, by: 'u1' };
}
