import { describe, expect, it } from 'vitest';
import { UNIT_STATUSES, unitSchema } from '../../../shared/campus/schema.js';
import type { UnitStatus } from '../../../shared/campus/schema.js';
import { changeUnitStatus, isLegalTransition } from '../../../shared/campus/status.js';
import { NOW, unit } from './fixture.js';

const request = (to: UnitStatus, overrides: Partial<{ reason: string; at: string; by: string }> = {}) => ({
  to,
  reason: 'confirmed case in the class',
  at: NOW,
  by: 'admin-1',
  ...overrides,
});


describe('unit status transitions', () => {
  const legal: [UnitStatus, UnitStatus][] = [
    ['normal', 'observation'],
    ['normal', 'isolated'],
    ['observation', 'isolated'],
    ['observation', 'normal'],
    ['isolated', 'normal'],
  ];

  it('allows exactly the documented moves', () => {
    for (const from of UNIT_STATUSES) {
      for (const to of UNIT_STATUSES) {
        const expected = legal.some(([f, t]) => f === from && t === to);
        expect(isLegalTransition(from, to), `${from} → ${to}`).toBe(expected);
      }
    }
  });

  it('walks the full cycle, returning each entry and keeping a valid history', () => {
    let u = unit('u1');
    const steps: [UnitStatus, string][] = [
      ['observation', '2022-11-02T08:00:00+08:00'],
      ['isolated', '2022-11-03T08:00:00+08:00'],
      ['normal', '2022-11-10T08:00:00+08:00'],
    ];
    for (const [to, at] of steps) {
      const result = changeUnitStatus(u, request(to, { at, reason: `  to ${to}  ` }));
      if (!result.ok) throw new Error(result.refusal.message);
      expect(result.entry).toEqual({ from: u.status, to, at, by: 'admin-1', reason: `to ${to}` });
      expect(result.unit.statusHistory.at(-1)).toBe(result.entry);
      expect(result.unit.updatedAt).toBe(at);
      u = result.unit;
    }
    expect(u.status).toBe('normal');
    expect(u.statusHistory.map((c) => c.to)).toEqual(['observation', 'isolated', 'normal']);
    expect(unitSchema.safeParse(u).success).toBe(true);
  });

  it('isolates a normal unit directly and does not mutate the input', () => {
    const before = unit('u1');
    const result = changeUnitStatus(before, request('isolated'));
    expect(result.ok).toBe(true);
    expect(before.status).toBe('normal');
    expect(before.statusHistory).toEqual([]);
  });

  it('refuses isolated → observation with the allowed moves', () => {
    const isolated = changeUnitStatus(unit('u1'), request('isolated', { at: '2022-11-02T08:00:00+08:00' }));
    if (!isolated.ok) throw new Error('setup');
    const result = changeUnitStatus(isolated.unit, request('observation'));
    expect(result).toMatchObject({ ok: false, refusal: { code: 'illegal_transition', from: 'isolated', to: 'observation', allowed: ['normal'] } });
  });

  it('refuses a change to the current status', () => {
    expect(changeUnitStatus(unit('u1'), request('normal'))).toMatchObject({ ok: false, refusal: { code: 'same_status' } });
  });

  it('requires a reason', () => {
    for (const reason of ['', '   ']) {
      expect(changeUnitStatus(unit('u1'), request('observation', { reason }))).toMatchObject({ ok: false, refusal: { code: 'reason_required' } });
    }
  });

  it('requires a time with offset and a user', () => {
    expect(changeUnitStatus(unit('u1'), request('observation', { at: '2022-11-05T09:30:00' }))).toMatchObject({
      ok: false,
      refusal: { code: 'invalid_time' },
    });
    expect(changeUnitStatus(unit('u1'), request('observation', { by: '' }))).toMatchObject({ ok: false, refusal: { code: 'invalid_user' } });
  });

  it('refuses a change dated before the last one, comparing instants across offsets', () => {
    const observed = changeUnitStatus(unit('u1'), request('observation', { at: '2022-11-02T08:00:00+08:00' }));
    if (!observed.ok) throw new Error('setup');
    // 00:00Z is 08:00+08:00: the same instant is allowed, one minute earlier is not.
    expect(changeUnitStatus(observed.unit, request('isolated', { at: '2022-11-02T00:00:00Z' })).ok).toBe(true);
    expect(changeUnitStatus(observed.unit, request('isolated', { at: '2022-11-01T23:59:00Z' }))).toMatchObject({
      ok: false,
      refusal: { code: 'time_before_last_change', lastAt: '2022-11-02T08:00:00+08:00' },
    });
  });
});
