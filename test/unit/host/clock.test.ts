import { describe, expect, it } from 'vitest';
import { clockFromArgs, systemClock, TestClock } from '../../../main/host/clock.js';
import { argValue } from '../../../main/host/paths.js';

const fromArgs = (argv: string[]) => clockFromArgs(argv, (name) => argValue(argv, name));

describe('the host clock', () => {
  it('runs on from a given instant, or stands still when frozen, and moves when told', () => {
    let real = 1_000_000;
    const running = new TestClock(new Date('2026-12-01T08:00:00+08:00'), false, () => real);
    real += 60_000;
    expect(running.now().toISOString()).toBe('2026-12-01T00:01:00.000Z');
    running.advance(24 * 3_600_000);
    expect(running.now().toISOString()).toBe('2026-12-02T00:01:00.000Z');

    const frozen = new TestClock(new Date('2026-12-01T08:00:00+08:00'), true, () => real);
    real += 60_000;
    expect(frozen.now().toISOString()).toBe('2026-12-01T00:00:00.000Z');
    frozen.set(new Date('2026-12-03T00:00:00Z'));
    expect(frozen.now().toISOString()).toBe('2026-12-03T00:00:00.000Z');
    expect(frozen.test).toEqual({ frozen: true });
  });

  it('takes --now only beside --test-clock, and says how to write a bad one', () => {
    expect(fromArgs([])).toBe(systemClock);
    expect(() => fromArgs(['--now', '2026-12-01T08:00+08:00'])).toThrow(/--test-clock/);
    expect(() => fromArgs(['--test-clock', '--now', 'tomorrow'])).toThrow(/2026-12-01T08:00\+08:00/);
    const clock = fromArgs(['--test-clock', '--now', '2026-12-01T08:00+08:00', '--frozen-clock']);
    expect(clock.now().toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(clock.test).toEqual({ frozen: true });
  });
});
