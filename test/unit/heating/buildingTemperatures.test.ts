import { describe, expect, it } from 'vitest';
import { buildingTemperatures } from '../../../shared/heating/buildingTemperatures.js';
import { indexReadings } from '../../../shared/heating/readingIndex.js';
import { reading } from './fixtures.js';

const spaces = [
  { roomId: 'a1', buildingId: 'A' },
  { roomId: 'a2', buildingId: 'A' },
  { roomId: 'b1', buildingId: 'B' },
  { roomId: 'x', buildingId: undefined },
];

describe('temperature per building', () => {
  const index = indexReadings([
    reading('a1', '2024-01-10T08:00:00+08:00', 20),
    reading('a2', '2024-01-10T09:00:00+08:00', 16),
    reading('a2', '2024-01-10T11:00:00+08:00', 18),
    reading('x', '2024-01-10T10:00:00+08:00', 21),
  ]);
  const series = buildingTemperatures(spaces, index, ['2024-01-10T10:00:00+08:00', '2024-01-10T14:00:00+08:00', '2024-01-10T14:01:00+08:00'], 6);

  it('averages the latest fresh reading of each room, with the coldest room beside it', () => {
    const a = series.find((s) => s.buildingId === 'A')!;
    expect(a.points[0]).toEqual({ at: '2024-01-10T10:00:00+08:00', meanCelsius: 18, minCelsius: 16, rooms: 2 });
    // At 14:00 a1's 08:00 reading is exactly 6 h old and still counts; a2 has been read again since.
    expect(a.points[1]).toMatchObject({ meanCelsius: 19, minCelsius: 18, rooms: 2 });
    // A minute later a1's reading is stale and drops out rather than dragging the mean.
    expect(a.points[2]).toMatchObject({ meanCelsius: 18, minCelsius: 18, rooms: 1 });
  });

  it('gives no temperature, rather than zero, to a building without fresh readings', () => {
    const b = series.find((s) => s.buildingId === 'B')!;
    expect(b.points.map((p) => p.meanCelsius)).toEqual([null, null, null]);
  });

  it('gathers spaces without a building under null, in order of first appearance', () => {
    expect(series.map((s) => s.buildingId)).toEqual(['A', 'B', null]);
    expect(series[2]!.points[0]).toMatchObject({ meanCelsius: 21, rooms: 1 });
  });
});
