import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../shared/campus/csv.js';
import { importOutdoorRows } from '../../../shared/heating/outdoorImport.js';
import { importReadingRows } from '../../../shared/heating/readingsImport.js';

const rooms = [
  { id: 'c-301', name: 'Classroom 301' },
  { id: 'd-a-101', name: 'Room 101' },
  { id: 'd-b-101', name: 'Room 101' },
];

function csv(...lines: string[]) {
  return parseCsv(lines.join('\n'));
}

describe('readings import', () => {
  it('accepts rooms by id or name and normalizes times to ISO 8601', () => {
    const result = importReadingRows(
      csv(
        'room,at,celsius',
        'c-301,2024-01-10T08:00:00+08:00,18',
        ' classroom 301 ,2024-01-10 09:15, 17.5',
        'd-a-101,2024-01-10 09:20 +0800,-0.5',
      ),
      { rooms, defaultOffset: '+08:00' },
    );
    expect(result.errors).toEqual([]);
    expect(result.valid).toEqual([
      { line: 2, value: { roomId: 'c-301', at: '2024-01-10T08:00:00+08:00', celsius: 18 } },
      { line: 3, value: { roomId: 'c-301', at: '2024-01-10T09:15:00+08:00', celsius: 17.5 } },
      { line: 4, value: { roomId: 'd-a-101', at: '2024-01-10T09:20:00+08:00', celsius: -0.5 } },
    ]);
  });

  it('reports unknown and ambiguous rooms, bad times and bad temperatures by line and field', () => {
    const result = importReadingRows(
      csv(
        'room,at,celsius',
        'Gym,2024-01-10T08:00:00+08:00,18',
        'Room 101,2024-01-10T08:00:00+08:00,18',
        'c-301,2024-01-10 08:00,18',
        'c-301,10/01/2024 08:00,18',
        'c-301,2024-01-10T25:00:00+08:00,18',
        'c-301,2024-01-10T08:00:00+08:00,"18,5"',
        'c-301,2024-01-10T08:00:00+08:00,65',
        'c-301,,',
        'c-301,2024-01-10T09:00:00+08:00,19',
        ',2024-01-10T09:00:00+08:00,19',
      ),
      { rooms },
    );
    expect(result.valid).toEqual([{ line: 10, value: { roomId: 'c-301', at: '2024-01-10T09:00:00+08:00', celsius: 19 } }]);
    expect(result.errors).toEqual([
      { line: 2, field: 'room', reason: 'unknown room "Gym"' },
      { line: 3, field: 'room', reason: 'names 2 rooms; use the room id' },
      { line: 4, field: 'at', reason: 'has no UTC offset (such as +08:00)' },
      { line: 5, field: 'at', reason: 'must be a date and time such as 2024-01-10T08:00:00+08:00' },
      { line: 6, field: 'at', reason: 'must be an ISO 8601 date-time with offset' },
      { line: 7, field: 'celsius', reason: 'must be a number such as 18.5' },
      { line: 8, field: 'celsius', reason: 'must be at most 60 °C' },
      { line: 9, field: 'at', reason: 'must be a date and time such as 2024-01-10T08:00:00+08:00' },
      { line: 9, field: 'celsius', reason: 'must be a number such as 18.5' },
      { line: 11, field: 'room', reason: 'must not be empty' },
    ]);
  });

  it('refuses a header with a missing or unknown column without reading the rows', () => {
    const result = importReadingRows(csv('room,temperature', 'c-301,18'), { rooms });
    expect(result.valid).toEqual([]);
    expect(result.errors).toEqual([
      { line: 1, field: 'temperature', reason: 'unknown column; the columns are room, at, celsius' },
      { line: 1, field: 'at', reason: 'column is missing' },
      { line: 1, field: 'celsius', reason: 'column is missing' },
    ]);
  });

  it('keeps the parser’s errors and still reads the well-formed rows', () => {
    const result = importReadingRows(
      csv('room,at,celsius', 'c-301,2024-01-10T08:00:00+08:00', 'c-301,2024-01-10T09:00:00+08:00,18'),
      { rooms },
    );
    expect(result.valid.map((r) => r.line)).toEqual([3]);
    expect(result.errors).toEqual([{ line: 2, field: null, reason: 'has 2 fields but the header has 3' }]);
  });

  it('refuses a second reading of one room at the same instant, however the time is written', () => {
    const result = importReadingRows(
      csv('room,at,celsius', 'c-301,2024-01-10T08:00:00+08:00,18', 'c-301,2024-01-10T00:00:00Z,19'),
      { rooms },
    );
    expect(result.valid.map((r) => r.line)).toEqual([2]);
    expect(result.errors).toEqual([{ line: 3, field: 'at', reason: 'repeats line 2 (same room, same time)' }]);
  });
});

describe('outdoor import', () => {
  it('checks dates and means, and refuses a repeated date', () => {
    const result = importOutdoorRows(
      csv('date,meanCelsius', '2024-01-10,-3.5', '2024-02-30,1', '2024-01-11,cold', '2024-01-10,-2'),
    );
    expect(result.valid).toEqual([{ line: 2, value: { date: '2024-01-10', meanCelsius: -3.5 } }]);
    expect(result.errors).toEqual([
      { line: 3, field: 'date', reason: 'must be a date YYYY-MM-DD' },
      { line: 4, field: 'meanCelsius', reason: 'must be a number such as 18.5' },
      { line: 5, field: 'date', reason: 'repeats line 2' },
    ]);
  });
});
