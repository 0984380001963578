import { describe, expect, it } from 'vitest';
import { buildingCreateSchema, mergePatch, personCreateSchema, personSchema, personUpdateSchema, unitSchema } from '../../../shared/campus/schema.js';
import { NOW, person, unit } from './fixture.js';

describe('campus schemas', () => {
  it('name the field at fault', () => {
    const result = buildingCreateSchema.safeParse({ name: '教学楼', kind: 'library', regionId: 'r1', floors: 0 });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['kind', 'floors']);
  });

  it('take an optional id on create', () => {
    expect(personCreateSchema.safeParse({ name: '张三', kind: 'teacher', presence: 'onCampus', unitId: 'u1' }).success).toBe(true);
  });

  it('enforce which fields belong to which kind of person', () => {
    expect(personSchema.safeParse(person('p', { kind: 'staff', boarding: undefined, staffRoleId: 'guard' })).success).toBe(true);
    const issues = personSchema.safeParse(person('p', { kind: 'teacher', staffRoleId: 'guard' })).error?.issues;
    expect(issues?.map((i) => i.path[0])).toEqual(['staffRoleId', 'boarding']);
  });

  it('require a unit history that chains from normal to the current status', () => {
    const at = '2022-11-02T08:00:00+08:00';
    const history = [
      { from: 'normal', to: 'observation', at, by: 'a', reason: 'r' },
      { from: 'observation', to: 'isolated', at: '2022-11-02T00:00:00Z', by: 'a', reason: 'r' },
    ] as const;
    expect(unitSchema.safeParse(unit('u', { status: 'isolated', statusHistory: [...history] })).success).toBe(true);
    expect(unitSchema.safeParse(unit('u', { status: 'observation', statusHistory: [...history] })).error?.issues[0]?.path).toEqual(['status']);
    const gap = [history[0], { ...history[1], from: 'normal' as const }];
    expect(unitSchema.safeParse(unit('u', { status: 'isolated', statusHistory: gap })).error?.issues[0]?.path).toEqual(['statusHistory', 1, 'from']);
    const backwards = [history[0], { ...history[1], at: '2022-11-01T23:59:00Z' }];
    expect(unitSchema.safeParse(unit('u', { status: 'isolated', statusHistory: backwards })).error?.issues[0]?.path).toEqual(['statusHistory', 1, 'at']);
  });

  it('merge an update patch: absent keeps, null clears, id and createdAt stay', () => {
    const before = person('p', { phone: '13800000000', idNumber: 'X1' });
    const patch = personUpdateSchema.parse({ id: 'p', phone: null, presence: 'atHome' });
    const after = mergePatch(before, patch, NOW);
    expect(after).toEqual({ ...before, phone: undefined, presence: 'atHome', updatedAt: NOW });
    expect('phone' in after).toBe(false);
    expect(personSchema.safeParse(after).success).toBe(true);
  });
});
