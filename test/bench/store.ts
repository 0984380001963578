import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addHours, formatISO, subDays } from 'date-fns';
import { STORE_SPEC } from '../../main/host/host.js';
import { Journal } from '../../main/host/store/journal.js';
import { Store } from '../../main/host/store/store.js';
import { generateDemoCampus } from '../../shared/demo/generator.js';
import { emptyDoc, journalSchemas, type Journals } from '../../shared/db/schema.js';
import type { Figure } from './figure.js';
import { percentile } from './figure.js';

const READINGS_PER_ROOM_PER_DAY = 4;
const WRITES = 60;

/** The large campus (10,000 people, 400 units) with a year of readings and movements: open time and write latency. */
export async function benchStore(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'cordon-bench-'));
  const now = new Date('2026-11-23T10:00:00+08:00');
  try {
    const demo = generateDemoCampus({ seed: 7, now, size: 'large' });
    const seedStore = await Store.open(dir, STORE_SPEC, { clock: () => now });
    await seedStore.transact((tx) => {
      Object.assign(tx.doc, { ...emptyDoc(), ...demo.core, campus: { name: 'Bench campus' } });
    });
    seedStore.close();

    // A year of history written straight to the monthly journals, as a year of use would leave them.
    const readings: Journals['readings'][] = [];
    const start = subDays(now, 365);
    for (let h = 0; h < 365 * 24; h += 24 / READINGS_PER_ROOM_PER_DAY) {
      const at = formatISO(addHours(start, h));
      for (const room of demo.core.rooms) readings.push({ id: `r${readings.length}`, roomId: room.id, at, celsius: 19.5, by: 'bench', createdAt: at, updatedAt: at });
    }
    const rj = new Journal('readings', join(dir, 'journal', 'readings'), journalSchemas.readings);
    await rj.open();
    await rj.append(readings);
    const movements: Journals['movements'][] = [];
    for (let d = 365; d >= 1; d--) {
      const at = formatISO(subDays(now, d));
      for (const item of demo.core.items) {
        const lot = demo.core.lots.find((l) => l.itemId === item.id)!;
        movements.push({ id: `m${movements.length}`, itemId: item.id, lotId: lot.id, kind: 'issue', quantity: -3, reason: 'use', at, by: 'bench', createdAt: at, updatedAt: at });
      }
    }
    const mj = new Journal('movements', join(dir, 'journal', 'movements'), journalSchemas.movements);
    await mj.open();
    await mj.append(movements);

    const t0 = performance.now();
    const store = await Store.open(dir, STORE_SPEC, { clock: () => now });
    const openMs = performance.now() - t0;

    const t1 = performance.now();
    const year = await store.journal('readings').range();
    const historyMs = performance.now() - t1;

    const personWrites: number[] = [];
    const readingWrites: number[] = [];
    for (let i = 0; i < WRITES; i++) {
      const w0 = performance.now();
      await store.transact((tx) => {
        tx.doc.people = tx.doc.people.map((p, n) => (n === i ? { ...p, phone: `1380000${String(i).padStart(4, '0')}` } : p));
      });
      personWrites.push(performance.now() - w0);
      const w1 = performance.now();
      const at = formatISO(now);
      await store.transact((tx) => {
        for (const room of demo.core.rooms.slice(0, 20)) tx.append('readings', { id: `w${i}-${room.id}`, roomId: room.id, at, celsius: 18.2, by: 'bench', createdAt: at, updatedAt: at });
      });
      readingWrites.push(performance.now() - w1);
    }
    store.close();
    return [
      { name: 'store.large.people', value: demo.core.people.length, unit: 'people' },
      { name: 'store.large.readings_year', value: year.length, unit: 'rows' },
      { name: 'store.large.movements_year', value: movements.length, unit: 'rows' },
      { name: 'store.open', value: round(openMs), unit: 'ms' },
      { name: 'store.history_year_load', value: round(historyMs), unit: 'ms' },
      { name: 'store.write.person_update.p95', value: round(percentile(personWrites, 95)), unit: 'ms' },
      { name: 'store.write.reading_round.p95', value: round(percentile(readingWrites, 95)), unit: 'ms' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const round = (n: number) => Math.round(n * 10) / 10;
