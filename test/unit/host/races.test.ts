import { afterEach, describe, expect, it } from 'vitest';
import type { PublicUser } from '../../../shared/system/schema.js';
import { testHost, type TestHost } from '../../helpers/host.js';

let t: TestHost;
afterEach(() => t?.host.close());

/*
 * Dispatch runs each mutating operation whole before the next starts, so a handler's "is this allowed?" check always
 * sees the document it then writes. These are the two races that once got through.
 */
describe('mutations one at a time', () => {
  it('lets exactly one of two concurrent deactivations of the last two administrators through', async () => {
    t = await testHost();
    const second = await t.ok<PublicUser>('users.create', { username: 'admin2', password: 'long enough', displayName: 'Admin 2', role: 'administrator' }, t.admin);
    const users = await t.ok<PublicUser[]>('users.list', {}, t.admin);
    const first = users.find((u) => u.username === 'admin')!;
    const results = await Promise.all([
      t.call('users.setActive', { id: first.id, active: false }, t.admin),
      t.call('users.setActive', { id: second.id, active: false }, t.admin),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const after = await t.host.dispatch({ op: 'users.list', input: {} }, t.admin);
    const list = after.ok ? (after.value as PublicUser[]) : [];
    // Whichever went first, one administrator is still active (the caller may have deactivated themself).
    const check = list.length ? list : await t.ok<PublicUser[]>('users.list', {}, (await t.ok<{ token: string }>('auth.signIn', { username: 'admin2', password: 'long enough' })).token);
    expect(check.filter((u) => u.role === 'administrator' && u.active)).toHaveLength(1);
  });

  it('creates a username once when two requests race for it', async () => {
    t = await testHost();
    const input = { username: 'nurse', password: 'long enough', displayName: 'Nurse', role: 'doctor' };
    const results = await Promise.all([t.call('users.create', input, t.admin), t.call('users.create', input, t.admin)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, error: { kind: 'conflict', field: 'username' } });
    const users = await t.ok<PublicUser[]>('users.list', {}, t.admin);
    expect(users.filter((u) => u.username === 'nurse')).toHaveLength(1);
  });
});
