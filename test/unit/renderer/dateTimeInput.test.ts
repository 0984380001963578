import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromDateTimeInput, toDateTimeInput } from '../../../renderer/src/ui/dateTimeInput.js';

/* The campus's own zone, where UTC and local time differ: a helper that slipped to UTC would show 8 hours off. */
const zone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'Asia/Shanghai';
});
afterAll(() => {
  process.env.TZ = zone;
});

describe('datetime-local input values', () => {
  it('shows an instant in local time, to the minute unless seconds are asked for', () => {
    const at = new Date('2026-11-23T01:05:42.900Z');
    expect(toDateTimeInput(at)).toBe('2026-11-23T09:05');
    expect(toDateTimeInput(at, { seconds: true })).toBe('2026-11-23T09:05:42');
    // The host's ISO strings, whatever their offset, show the same local minute.
    expect(toDateTimeInput('2026-11-23T01:05:42Z')).toBe('2026-11-23T09:05');
    expect(toDateTimeInput('2026-11-22T20:05:00-05:00')).toBe('2026-11-23T09:05');
    // Just before midnight UTC is already the next day here.
    expect(toDateTimeInput('2026-11-22T23:59:00Z')).toBe('2026-11-23T07:59');
  });

  it('sends what the input holds as ISO with the local offset, keeping seconds when the input has them', () => {
    expect(fromDateTimeInput('2026-11-23T09:05')).toBe('2026-11-23T09:05:00+08:00');
    expect(fromDateTimeInput('2026-11-23T09:05:42')).toBe('2026-11-23T09:05:42+08:00');
    expect(fromDateTimeInput('2026-11-23T00:00')).toBe('2026-11-23T00:00:00+08:00');
    expect(Date.parse(fromDateTimeInput(toDateTimeInput(new Date('2026-11-23T01:05:42Z'))))).toBe(Date.parse('2026-11-23T01:05:00Z'));
  });

  it('passes what is not a time on unchanged, for the host to name the field', () => {
    expect(fromDateTimeInput('')).toBe('');
    expect(fromDateTimeInput('2026-13-40T25:00')).toBe('2026-13-40T25:00');
  });
});
