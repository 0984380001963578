import { afterEach, describe, expect, it } from 'vitest';
import { testHost, type TestHost } from '../../helpers/host.js';

let t: TestHost;
afterEach(() => t?.host.close());

describe('dispatch', () => {
  it('refuses an unknown operation with a typed error', async () => {
    t = await testHost();
    expect(await t.call('campus.nuke', {}, t.admin)).toEqual({
      ok: false,
      error: {
        kind: 'unknown_operation',
        code: 'operation.unknown',
        params: { op: 'campus.nuke' },
        message: 'This version of Cordon does not know the request campus.nuke',
      },
    });
    expect(await t.call('toString', {}, t.admin)).toMatchObject({ ok: false, error: { kind: 'unknown_operation' } });
  });

  it('refuses bad input naming the field, and changes nothing', async () => {
    t = await testHost();
    const before = await t.ok<unknown[]>('users.list', {}, t.admin);
    const res = await t.call('users.create', { username: 'lu', password: 'short', displayName: 'Lu', role: 'logistics' }, t.admin);
    expect(res).toMatchObject({ ok: false, error: { kind: 'invalid_input', field: 'password', message: expect.stringContaining('password') } });
    const wrongRole = await t.call('users.create', { username: 'lu', password: 'long enough', displayName: 'Lu', role: 'janitor' }, t.admin);
    expect(wrongRole).toMatchObject({ ok: false, error: { kind: 'invalid_input', field: 'role' } });
    expect(await t.ok<unknown[]>('users.list', {}, t.admin)).toEqual(before);
  });

  it('refuses a caller without a session, and one whose role is not allowed, and audits the refusal', async () => {
    t = await testHost();
    expect(await t.call('users.list', {})).toMatchObject({ ok: false, error: { kind: 'unauthenticated' } });
    await t.ok('users.create', { username: 'lu', password: 'long enough', displayName: 'Lu', role: 'logistics' }, t.admin);
    const { token } = await t.ok<{ token: string }>('auth.signIn', { username: 'lu', password: 'long enough' });
    const res = await t.call('users.create', { username: 'x2', password: 'long enough', displayName: 'X', role: 'administrator' }, token);
    expect(res).toMatchObject({ ok: false, error: { kind: 'forbidden', message: expect.stringContaining('administrator') } });
    const audit = await t.ok<{ entries: { op: string; outcome: string; username: string | null }[] }>('audit.list', {}, t.admin);
    expect(audit.entries[0]).toMatchObject({ op: 'users.create', outcome: 'denied', username: 'lu' });
  });

  it('signs in with the right password only, and signs out', async () => {
    t = await testHost();
    expect(await t.call('auth.signIn', { username: 'admin', password: 'wrong horse' })).toMatchObject({ ok: false, error: { kind: 'unauthenticated', field: 'password' } });
    expect(await t.call('auth.signIn', { username: 'nobody', password: 'wrong horse' })).toMatchObject({ ok: false, error: { kind: 'unauthenticated' } });
    const { token } = await t.ok<{ token: string }>('auth.signIn', { username: 'ADMIN', password: 'correct horse' });
    expect((await t.ok<{ user: { username: string } }>('system.status', {}, token)).user.username).toBe('admin');
    await t.ok('auth.signOut', {}, token);
    expect(await t.call('users.list', {}, token)).toMatchObject({ ok: false, error: { kind: 'unauthenticated' } });
  });

  it('runs first-run setup once only', async () => {
    t = await testHost({ setup: false });
    expect(await t.ok('system.status')).toMatchObject({ needsSetup: true, user: null, store: { kind: 'ok' } });
    await t.ok('system.setup', { username: 'root', password: 'long enough', displayName: 'Root', campusName: 'Campus' });
    expect(await t.call('system.setup', { username: 'evil', password: 'long enough', displayName: 'E', campusName: 'C' })).toMatchObject({ ok: false, error: { kind: 'conflict' } });
    expect(await t.ok('system.status')).toMatchObject({ needsSetup: false, campusName: 'Campus' });
  });

  it('never returns or logs a password hash', async () => {
    t = await testHost();
    const users = await t.ok<Record<string, unknown>[]>('users.list', {}, t.admin);
    expect(users[0]).not.toHaveProperty('passwordHash');
    const audit = await t.ok<{ entries: { summary: string }[] }>('audit.list', {}, t.admin);
    expect(JSON.stringify(audit)).not.toMatch(/scrypt|correct horse/);
  });

  it('updates only the settings sections it is sent, and refuses a bad value naming the field', async () => {
    t = await testHost();
    const start = await t.ok<{ heating: object; rotation: { lookBackDays: number } }>('settings.get', {}, t.admin);
    await t.ok('settings.update', { rotation: { ...start.rotation, lookBackDays: 21 } }, t.admin);
    await t.ok('settings.update', { heating: { ...start.heating, classroomMinCelsius: 19 } }, t.admin);
    const after = await t.ok<{ heating: { classroomMinCelsius: number }; rotation: { lookBackDays: number } }>('settings.get', {}, t.admin);
    expect(after.rotation.lookBackDays).toBe(21);
    expect(after.heating.classroomMinCelsius).toBe(19);
    const bad = await t.call('settings.update', { heating: { ...start.heating, classroomMinCelsius: 99 } }, t.admin);
    expect(bad).toMatchObject({ ok: false, error: { kind: 'invalid_input', field: 'heating.classroomMinCelsius' } });
    expect((await t.ok<{ heating: { classroomMinCelsius: number } }>('settings.get', {}, t.admin)).heating.classroomMinCelsius).toBe(19);
  });

  it('keeps the last administrator active', async () => {
    t = await testHost();
    const [admin] = await t.ok<{ id: string }[]>('users.list', {}, t.admin);
    expect(await t.call('users.setActive', { id: admin!.id, active: false }, t.admin)).toMatchObject({ ok: false, error: { kind: 'rule_violation', field: 'active' } });
  });

  it('loads the demo campus once, into an empty campus only', async () => {
    t = await testHost();
    const loaded = await t.ok<{ people: number; units: number }>('demo.load', {}, t.admin);
    expect(loaded.units).toBeGreaterThan(100);
    expect(loaded.people).toBeGreaterThan(2500);
    expect(await t.ok('system.status', {}, t.admin)).toMatchObject({ campusEmpty: false });
    expect(await t.call('demo.load', {}, t.admin)).toMatchObject({ ok: false, error: { kind: 'conflict' } });
  });
});
