import { describe, expect, it } from 'vitest';
import { checkAddRotation, computeCoverage, roleMinimum } from '../../../shared/rotation/coverage.js';
import type { CoverageInput, CoveragePerson, CoverageRotation } from '../../../shared/rotation/coverage.js';
import { DEFAULT_ROTATION_SETTINGS } from '../../../shared/rotation/schema.js';
import { staffRole } from './fixtures.js';

const NOW = '2024-05-15T06:00:00+08:00';
const security = staffRole('security', 'security', 3);
const canteen = staffRole('canteen', 'canteen', 5, 3);

function guards(n: number, roleId = 'security'): CoveragePerson[] {
  return Array.from({ length: n }, (_, i) => ({ id: `${roleId}-${i + 1}`, staffRoleId: roleId, presence: 'onCampus' }));
}

function swap(id: string, handover: string, leave: string, extra: Partial<CoverageRotation> = {}): CoverageRotation {
  return {
    id,
    roleId: 'security',
    outgoingPersonId: 'security-1',
    plannedHandoverAt: handover,
    plannedLeaveAt: leave,
    status: 'approved',
    ...extra,
  };
}

function input(rotations: CoverageRotation[], people = guards(3), extra: Partial<CoverageInput> = {}): CoverageInput {
  return { roles: [security, canteen], people, rotations, settings: DEFAULT_ROTATION_SETTINGS, from: NOW, ...extra };
}

describe('roleMinimum', () => {
  it('defaults security to 100 % of its posts, rounded up for a lower share, and keeps a stated minimum', () => {
    expect(roleMinimum(security, DEFAULT_ROTATION_SETTINGS)).toBe(3);
    expect(roleMinimum(security, { securityMinPercent: 50 })).toBe(2);
    expect(roleMinimum(canteen, DEFAULT_ROTATION_SETTINGS)).toBe(3);
  });
});

describe('adding a rotation (R4)', () => {
  it('refuses a swap where the outgoing guard leaves one minute before the incoming one enters, naming role and moment', () => {
    const result = checkAddRotation(input([]), swap('r1', '2024-05-16T10:00:00+08:00', '2024-05-16T09:59:00+08:00'));
    expect(result).toMatchObject({
      ok: false,
      refusal: { code: 'below_minimum', roleId: 'security', roleName: 'security', at: '2024-05-16T01:59:00.000Z', count: 2, minimum: 3, rotationIds: ['r1'] },
    });
  });

  it('accepts a handover in the same minute and one where the outgoing guard leaves later', () => {
    const same = checkAddRotation(input([]), swap('r1', '2024-05-16T10:00:00+08:00', '2024-05-16T10:00:00+08:00'));
    expect(same.ok && same.coverage.steps.map((s) => s.count)).toEqual([3, 3]);
    const later = checkAddRotation(input([]), swap('r1', '2024-05-16T10:00:00+08:00', '2024-05-16T10:30:00+08:00'));
    expect(later.ok && later.coverage.steps.map((s) => [s.at, s.count])).toEqual([
      ['2024-05-14T22:00:00.000Z', 3],
      ['2024-05-16T02:00:00.000Z', 4],
      ['2024-05-16T02:30:00.000Z', 3],
    ]);
  });

  it('compares instants across offsets: leaving at 02:00Z is the same minute as entering at 10:00+08:00', () => {
    expect(checkAddRotation(input([]), swap('r1', '2024-05-16T10:00:00+08:00', '2024-05-16T02:00:00Z')).ok).toBe(true);
    expect(checkAddRotation(input([]), swap('r1', '2024-05-16T10:00:00+08:00', '2024-05-16T01:59:00Z')).ok).toBe(false);
  });

  it('accepts a gap in a role that stays at or above its minimum', () => {
    const people = guards(4, 'canteen');
    const rotation = swap('r1', '2024-05-16T10:00:00+08:00', '2024-05-16T08:00:00+08:00', { roleId: 'canteen', outgoingPersonId: 'canteen-1' });
    const result = checkAddRotation(input([], people), rotation);
    expect(result.ok && result.coverage.lowest).toBe(3);
  });

  it('refuses a second gap that overlaps a planned one, though each alone would be fine', () => {
    const people = guards(4, 'canteen');
    const first = swap('r1', '2024-05-16T10:00:00+08:00', '2024-05-16T08:00:00+08:00', { roleId: 'canteen', outgoingPersonId: 'canteen-1' });
    const second = swap('r2', '2024-05-16T12:00:00+08:00', '2024-05-16T09:00:00+08:00', { roleId: 'canteen', outgoingPersonId: 'canteen-2' });
    expect(checkAddRotation(input([], people), second).ok).toBe(true);
    expect(checkAddRotation(input([first], people), second)).toMatchObject({
      ok: false,
      refusal: { code: 'below_minimum', roleId: 'canteen', at: '2024-05-16T01:00:00.000Z', count: 2, rotationIds: ['r2'] },
    });
  });

  it('lets a role already below its minimum take a gap-free swap, but not a gap', () => {
    const short = guards(2);
    expect(checkAddRotation(input([], short), swap('r1', '2024-05-16T10:00:00+08:00', '2024-05-16T10:00:00+08:00')).ok).toBe(true);
    expect(checkAddRotation(input([], short), swap('r1', '2024-05-16T10:00:00+08:00', '2024-05-16T09:59:00+08:00')).ok).toBe(false);
  });

  it('refuses a gap that runs past the horizon because the entry lies beyond it', () => {
    const result = checkAddRotation(input([]), swap('r1', '2024-06-30T10:00:00+08:00', '2024-05-20T10:00:00+08:00'));
    expect(result).toMatchObject({ ok: false, refusal: { code: 'below_minimum', at: '2024-05-20T02:00:00.000Z' } });
  });

  it('treats moves planned in the past and not yet done as due now', () => {
    const result = checkAddRotation(input([]), swap('r1', '2024-05-15T07:00:00+08:00', '2024-05-14T10:00:00+08:00'));
    expect(result).toMatchObject({ ok: false, refusal: { code: 'below_minimum', at: '2024-05-14T22:00:00.000Z', count: 2 } });
  });

  it('refuses an outgoing person who is not on campus in that role, or who already leaves in another rotation', () => {
    const away: CoveragePerson[] = [{ id: 'security-1', staffRoleId: 'security', presence: 'atHome' }, ...guards(3).slice(1)];
    const rotation = swap('r2', '2024-05-16T10:00:00+08:00', '2024-05-16T10:00:00+08:00');
    expect(checkAddRotation(input([], away), rotation)).toMatchObject({ ok: false, refusal: { code: 'outgoing_not_on_campus' } });
    expect(checkAddRotation(input([], guards(3, 'canteen')), { ...rotation, outgoingPersonId: 'canteen-1' })).toMatchObject({
      ok: false,
      refusal: { code: 'outgoing_not_on_campus' },
    });
    const planned = swap('r1', '2024-05-17T10:00:00+08:00', '2024-05-17T10:00:00+08:00');
    expect(checkAddRotation(input([planned]), rotation)).toMatchObject({ ok: false, refusal: { code: 'outgoing_already_leaving', rotationId: 'r1' } });
    expect(checkAddRotation(input([], guards(3)), { ...rotation, roleId: 'nope' })).toMatchObject({ ok: false, refusal: { code: 'unknown_role' } });
  });

  it('re-validates a rotation already in the set without counting it twice', () => {
    const rotation = swap('r1', '2024-05-16T10:00:00+08:00', '2024-05-16T10:00:00+08:00');
    expect(checkAddRotation(input([rotation]), rotation).ok).toBe(true);
  });
});

describe('coverage timeline (R4)', () => {
  it('reports the first moment and role below minimum over the whole plan', () => {
    const rotations = [
      swap('late', '2024-05-20T10:00:00+08:00', '2024-05-20T09:00:00+08:00', { outgoingPersonId: 'security-2' }),
      swap('early', '2024-05-17T10:00:00+08:00', '2024-05-17T09:59:00+08:00'),
    ];
    const report = computeCoverage(input(rotations, [...guards(3), ...guards(3, 'canteen')]));
    expect(report.firstBreach).toEqual({
      roleId: 'security',
      roleName: 'security',
      at: '2024-05-17T01:59:00.000Z',
      count: 2,
      minimum: 3,
      rotationIds: ['early'],
    });
    expect(report.roles.find((r) => r.roleId === 'canteen')).toMatchObject({ minimum: 3, lowest: 3, breach: null });
    expect(report).toMatchObject({ from: '2024-05-14T22:00:00.000Z', to: '2024-05-28T22:00:00.000Z' });
  });

  it('reports a role short from the start', () => {
    expect(computeCoverage(input([], guards(2))).firstBreach).toMatchObject({ roleId: 'security', at: '2024-05-14T22:00:00.000Z', count: 2 });
  });

  it('counts only the departure of an entered rotation and ignores requests and finished ones', () => {
    const entered = swap('e', '2024-05-15T05:00:00+08:00', '2024-05-16T09:00:00+08:00', { status: 'entered' });
    const others = (['request', 'rejected', 'cancelled', 'completed'] as const).map((status, i) =>
      swap(`x${i}`, '2024-05-16T10:00:00+08:00', '2024-05-16T08:00:00+08:00', { status, outgoingPersonId: 'security-2' }),
    );
    const security4 = computeCoverage(input([entered, ...others], guards(4))).roles[0];
    expect(security4?.steps.map((s) => [s.at, s.count, s.rotationIds])).toEqual([
      ['2024-05-14T22:00:00.000Z', 4, []],
      ['2024-05-16T01:00:00.000Z', 3, ['e']],
    ]);
  });

  it('ignores moves after the horizon and honours a shorter one', () => {
    const rotation = swap('r1', '2024-05-20T10:00:00+08:00', '2024-05-20T09:00:00+08:00');
    const people = [...guards(3), ...guards(3, 'canteen')];
    expect(computeCoverage(input([rotation], people, { horizonDays: 3 })).firstBreach).toBeNull();
    expect(computeCoverage(input([rotation], people)).firstBreach).toMatchObject({ roleId: 'security', at: '2024-05-20T01:00:00.000Z' });
  });
});
