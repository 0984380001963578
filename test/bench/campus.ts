import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createHost } from '../../main/host/host.js';
import { STORE_SPEC } from '../../main/host/host.js';
import { Store } from '../../main/host/store/store.js';
import { emptyDoc } from '../../shared/db/schema.js';
import { generateDemoCampus } from '../../shared/demo/generator.js';
import { percentile, type Figure } from './figure.js';

/**
 * Issue 3's target: the people table stays smooth with 20,000 people. The UI fetches windows of the host's filtered,
 * sorted list while it scrolls, so what must stay short is one query on the full path the UI takes (HTTP aside): a new
 * filter or sort (a full match and sort), a further window of the same query (paging the kept match), and the
 * window's size on the wire. Import and export of the whole campus, and one edit, are measured alongside.
 */
const PEOPLE = 20_000;
const RUNS = 12;

const SEARCHES = ['', '王', 'class 9', '138', 'person-1', '李'];
const SORTS = ['name', 'unit', 'id', 'presence'] as const;

export async function benchCampus(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'cordon-bench-campus-'));
  const now = new Date('2026-11-23T10:00:00+08:00');
  try {
    const demo = generateDemoCampus({ seed: 11, now, size: 'large' });
    const base = demo.core.people;
    // The large demo has 10,000 people; a second cohort in the same units doubles it.
    const people = Array.from({ length: PEOPLE }, (_, i) => {
      const p = base[i % base.length]!;
      return i < base.length ? p : { ...p, id: `${p.id}-b` };
    });
    const seed = await Store.open(dir, STORE_SPEC, { clock: () => now });
    await seed.transact((tx) => {
      Object.assign(tx.doc, { ...emptyDoc(), ...demo.core, people, campus: { name: 'Bench campus' } });
    });
    seed.close();

    const host = await createHost({ dataDir: dir, log: () => undefined, clock: () => now });
    const call = async <T>(op: string, input: unknown, token?: string): Promise<T> => {
      const res = await host.dispatch({ op, input }, token);
      if (!res.ok) throw new Error(`${op}: ${res.error.message}`);
      return res.value as T;
    };
    const { token } = await call<{ token: string }>('system.setup', { username: 'bench', password: 'long enough', displayName: 'Bench', campusName: 'Bench' });
    const time = async (fn: () => Promise<unknown>) => {
      const t0 = performance.now();
      await fn();
      return performance.now() - t0;
    };

    // The first query after a change builds the index; each sort key's ranks are built on first use.
    const firstMs = await time(() => call('campus.people.query', { limit: 200 }, token));
    for (const sort of SORTS) await call('campus.people.query', { sort, limit: 1 }, token);
    const fresh: number[] = [];
    const window: number[] = [];
    let windowBytes = 0;
    for (let r = 0; r < RUNS; r++) {
      const query = { search: SEARCHES[r % SEARCHES.length], sort: SORTS[r % SORTS.length], direction: r % 2 ? 'desc' : 'asc', limit: 200 };
      fresh.push(await time(() => call('campus.people.query', query, token)));
      window.push(await time(() => call('campus.people.query', { ...query, offset: 9_000 }, token)));
    }
    const page = await call('campus.people.query', { limit: 200 }, token);
    windowBytes = Buffer.byteLength(JSON.stringify({ ok: true, value: page }));

    const { csv } = await call<{ csv: string }>('campus.export', { kind: 'people' }, token);
    const exportMs = await time(() => call('campus.export', { kind: 'people' }, token));
    const previewMs = await time(() => call('campus.import.preview', { kind: 'people', csv }, token));
    // Every row updated: the heaviest import, which writes and validates all 20,000 records.
    const changed = csv.replaceAll(',onCampus,', ',atHome,');
    const commitMs = await time(() => call('campus.import.commit', { kind: 'people', csv: changed }, token));

    const edits: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      edits.push(await time(() => call('campus.people.update', { id: people[r * 997]!.id, presence: r % 2 ? 'onCampus' : 'atHome' }, token)));
    }
    host.close();

    const round = (v: number) => Math.round(v * 10) / 10;
    return [
      { name: 'campus.people.query first after a change (builds the index), 20,000 people', value: round(firstMs), unit: 'ms' },
      { name: 'campus.people.query new filter/sort, 20,000 people, p95', value: round(percentile(fresh, 95)), unit: 'ms' },
      { name: 'campus.people.query next window of the same query, p95', value: round(percentile(window, 95)), unit: 'ms' },
      { name: 'campus.people.query 200-row window on the wire', value: Math.round(windowBytes / 1024), unit: 'KiB' },
      { name: 'campus.export people, 20,000 rows', value: round(exportMs), unit: 'ms' },
      { name: 'campus.import.preview people, 20,000 rows', value: round(previewMs), unit: 'ms' },
      { name: 'campus.import.commit people, 20,000 rows all updated', value: round(commitMs), unit: 'ms' },
      { name: 'campus.people.update one person among 20,000, p95', value: round(percentile(edits, 95)), unit: 'ms' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const figure of await benchCampus()) console.log(JSON.stringify(figure));
}
