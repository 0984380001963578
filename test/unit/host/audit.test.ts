import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { verifyChain } from '../../../main/host/audit.js';
import { createHost } from '../../../main/host/host.js';
import type { AuditEntry } from '../../../shared/system/schema.js';
import { testHost, type TestHost } from '../../helpers/host.js';

let t: TestHost;
afterEach(() => t?.host.close());

async function auditOf(th: TestHost) {
  return th.ok<{ entries: AuditEntry[]; total: number; chainIntact: boolean; brokenAt: number | null }>('audit.list', { limit: 500 }, th.admin);
}

describe('audit chain', () => {
  it('records every change with who, when, operation and summary, chained by hash', async () => {
    t = await testHost();
    await t.ok('users.create', { username: 'principal', password: 'long enough', displayName: '校长', role: 'principal' }, t.admin);
    const page = await auditOf(t);
    expect(page.total).toBe(2);
    expect(page.chainIntact).toBe(true);
    expect(page.entries[0]).toMatchObject({ op: 'users.create', username: 'admin', outcome: 'ok', summary: 'user principal created as principal' });
    expect(page.entries[1]).toMatchObject({ op: 'system.setup', seq: 0 });
    expect(page.entries[0]!.prevHash).toBe(page.entries[1]!.hash);
  });

  it('detects an entry edited on disk, naming the first broken entry', async () => {
    t = await testHost();
    await t.ok('users.create', { username: 'lu', password: 'long enough', displayName: 'Lu', role: 'logistics' }, t.admin);
    await t.ok('users.create', { username: 'wang', password: 'long enough', displayName: 'Wang', role: 'principal' }, t.admin);
    t.host.close();
    const dir = join(t.dataDir, 'journal', 'audit');
    const file = join(dir, readdirSync(dir)[0]!);
    writeFileSync(file, readFileSync(file, 'utf8').replace('user lu created as logistics', 'user lu created as principal'));
    t.host = await createHost({ dataDir: t.dataDir, log: () => undefined });
    t.admin = (await t.ok<{ token: string }>('auth.signIn', { username: 'admin', password: 'correct horse' })).token;
    const page = await auditOf(t);
    expect(page.chainIntact).toBe(false);
    expect(page.brokenAt).toBe(1);
  });

  it('continues the chain across a restart', async () => {
    t = await testHost();
    t.host.close();
    t.host = await createHost({ dataDir: t.dataDir, log: () => undefined });
    t.admin = (await t.ok<{ token: string }>('auth.signIn', { username: 'admin', password: 'correct horse' })).token;
    await t.ok('users.create', { username: 'lu', password: 'long enough', displayName: 'Lu', role: 'logistics' }, t.admin);
    expect(await auditOf(t)).toMatchObject({ chainIntact: true, total: 2 });
  });

  it('verifyChain accepts an empty chain and finds entries out of order', async () => {
    expect(verifyChain([])).toBeNull();
    t = await testHost();
    await t.ok('users.create', { username: 'lu', password: 'long enough', displayName: 'Lu', role: 'logistics' }, t.admin);
    const oldestFirst = (await auditOf(t)).entries.reverse();
    expect(verifyChain(oldestFirst)).toBeNull();
    expect(verifyChain([oldestFirst[1]!, oldestFirst[0]!])).toBe(0);
  });
});
