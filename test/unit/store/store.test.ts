import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { StoreLockedError } from '../../../main/host/store/lock.js';
import { Store, StoreValidationError, type StoreSpec } from '../../../main/host/store/store.js';
import { tempDir } from '../../helpers/tmpdir.js';

const thing = z.object({ id: z.string(), name: z.string().min(1) });
const logRow = z.object({ id: z.string(), at: z.string(), text: z.string() });
type Doc = { schemaVersion: number; title: string; things: z.infer<typeof thing>[] };
type Journals = { audit: z.infer<typeof logRow> };

const coreSchema = z.object({ schemaVersion: z.literal(2), title: z.string(), things: z.array(thing) });
const spec: StoreSpec<Doc, Journals> = {
  schemaVersion: 2,
  coreSchema,
  empty: () => ({ schemaVersion: 2, title: 'new', things: [] }),
  migrations: [
    { from: 0, describe: 'title added', up: (d) => ({ ...d, title: 'untitled' }) },
    { from: 1, describe: 'items renamed things', up: ({ items, ...d }) => ({ ...d, things: items ?? [] }) },
  ],
  journals: { audit: logRow },
};
const clock = () => new Date('2026-11-23T08:00:00+08:00');

describe('store', () => {
  it('creates, writes and reads back a document and its journal', async () => {
    const dir = tempDir();
    const store = await Store.open(dir, spec, { clock });
    await store.transact((tx) => {
      tx.doc.things = [...tx.doc.things, { id: 't1', name: 'mask' }];
      tx.append('audit', { id: 'a1', at: '2026-11-23T08:00:00+08:00', text: 'added' });
    });
    store.close();
    const again = await Store.open(dir, spec, { clock });
    expect(again.doc.things).toEqual([{ id: 't1', name: 'mask' }]);
    expect(await again.journal('audit').range()).toEqual([{ id: 'a1', at: '2026-11-23T08:00:00+08:00', text: 'added' }]);
    expect(existsSync(join(dir, 'journal', 'audit', '2026-11.json'))).toBe(true);
    again.close();
  });

  it('refuses an invalid change with the path named and changes nothing on disk or in memory', async () => {
    const dir = tempDir();
    const store = await Store.open(dir, spec, { clock });
    await store.transact((tx) => {
      tx.doc.things = [{ id: 't1', name: 'mask' }];
    });
    const before = readFileSync(join(dir, 'cordon.json'), 'utf8');
    await expect(
      store.transact((tx) => {
        tx.doc.things = [...tx.doc.things, { id: 't2', name: '' }];
      }),
    ).rejects.toThrow(StoreValidationError);
    await expect(
      store.transact((tx) => {
        tx.doc.things = [...tx.doc.things, { id: 't1', name: 'again' }];
      }),
    ).rejects.toThrow(/things\[1\]\.id: duplicate id t1/);
    expect(readFileSync(join(dir, 'cordon.json'), 'utf8')).toBe(before);
    expect(store.doc.things).toHaveLength(1);
    store.close();
  });

  it('freezes records so a change can only go through a transaction', async () => {
    const store = await Store.open(tempDir(), spec, { clock });
    await store.transact((tx) => {
      tx.doc.things = [{ id: 't1', name: 'mask' }];
    });
    expect(() => {
      (store.doc.things[0] as { name: string }).name = 'changed';
    }).toThrow(TypeError);
    store.close();
  });

  it('writes atomically: no temp file is left and a failed write leaves the old file', async () => {
    const dir = tempDir();
    const store = await Store.open(dir, spec, { clock });
    await store.transact((tx) => {
      tx.doc.title = 'first';
    });
    const tx = store.transact((t) => {
      t.doc.title = 'second';
      throw new Error('service failed half-way');
    });
    await expect(tx).rejects.toThrow('service failed');
    expect(JSON.parse(readFileSync(join(dir, 'cordon.json'), 'utf8')).title).toBe('first');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    store.close();
  });

  it('lets one writer in: a second open of the same folder is refused with a clear message', async () => {
    const dir = tempDir();
    const store = await Store.open(dir, spec, { clock });
    await expect(Store.open(dir, spec, { clock })).rejects.toThrow(StoreLockedError);
    await expect(Store.open(dir, spec, { clock })).rejects.toThrow(/already open in another Cordon/);
    store.close();
    const again = await Store.open(dir, spec, { clock });
    again.close();
  });

  it('takes over a lock left by a process that no longer exists', async () => {
    const dir = tempDir();
    const os = await import('node:os');
    writeFileSync(join(dir, 'cordon.lock'), JSON.stringify({ pid: 2 ** 22 + 12345, host: os.hostname(), since: 'x' }));
    const store = await Store.open(dir, spec, { clock });
    expect(store.state.kind).toBe('ok');
    store.close();
  });

  it('keeps a damaged file untouched, reports it, and restores the latest backup on request', async () => {
    const dir = tempDir();
    const store = await Store.open(dir, spec, { clock });
    await store.transact((tx) => {
      tx.doc.title = 'good';
    });
    store.close();
    // The first open of a day backs up the document as it stands at the start of that day.
    const nextDay = () => new Date('2026-11-24T08:00:00+08:00');
    (await Store.open(dir, spec, { clock: nextDay })).close();
    writeFileSync(join(dir, 'cordon.json'), '{"schemaVersion":2,"title":"tru');
    const broken = await Store.open(dir, spec, { clock });
    expect(broken.state.kind).toBe('corrupt');
    expect(() => broken.doc).toThrow(/damaged/);
    await expect(broken.transact(() => undefined)).rejects.toThrow(/damaged/);
    expect(readFileSync(join(dir, 'cordon.json'), 'utf8')).toBe('{"schemaVersion":2,"title":"tru');
    const state = broken.state;
    expect(state.kind === 'corrupt' && state.backups).toEqual(['2026-11-24', '2026-11-23']);
    await broken.restoreBackup('2026-11-24');
    expect(broken.state.kind).toBe('ok');
    expect(broken.doc.title).toBe('good');
    expect(readdirSync(dir).some((f) => f.startsWith('cordon.damaged-'))).toBe(true);
    broken.close();
  });

  it('reports a document that fails validation as damaged, naming the field', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'cordon.json'), JSON.stringify({ schemaVersion: 2, title: 'x', things: [{ id: 't', name: '' }] }));
    const store = await Store.open(dir, spec, { clock });
    expect(store.state).toMatchObject({ kind: 'corrupt', reason: expect.stringContaining('things.0.name') });
    store.close();
  });

  it('migrates an older document, keeping a backup of it first', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'cordon.json'), JSON.stringify({ schemaVersion: 0, items: [{ id: 'i', name: 'gloves' }] }));
    const store = await Store.open(dir, spec, { clock });
    expect(store.doc).toEqual({ schemaVersion: 2, title: 'untitled', things: [{ id: 'i', name: 'gloves' }] });
    expect(JSON.parse(readFileSync(join(dir, 'cordon.json'), 'utf8')).schemaVersion).toBe(2);
    const pre = JSON.parse(readFileSync(join(dir, 'backups', 'pre-migration-v0-2026-11-23', 'cordon.json'), 'utf8'));
    expect(pre.schemaVersion).toBe(0);
    store.close();
  });

  it('refuses to open a document from a newer version and leaves it alone', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'cordon.json'), JSON.stringify({ schemaVersion: 9, title: 'future' }));
    const store = await Store.open(dir, spec, { clock });
    expect(store.state).toEqual({ kind: 'tooNew', found: 9, supported: 2 });
    expect(JSON.parse(readFileSync(join(dir, 'cordon.json'), 'utf8')).title).toBe('future');
    store.close();
  });

  it('recovers journal rows written to the core tail when a crash stopped the journal append', async () => {
    const dir = tempDir();
    const row = { id: 'a9', at: '2026-11-23T09:00:00+08:00', text: 'survived' };
    writeFileSync(join(dir, 'cordon.json'), JSON.stringify({ schemaVersion: 2, title: 't', things: [], journalTail: [{ journal: 'audit', row }] }));
    const store = await Store.open(dir, spec, { clock });
    expect(await store.journal('audit').range()).toEqual([row]);
    store.close();
  });
});
