import { mkdir, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import { atomicWrite } from './atomicWrite.js';

export interface JournalRow {
  id: string;
  at: string;
}

/** Rows are partitioned by the month of their `at`, in the campus's local calendar as written in the offset. */
export const partitionOf = (at: string): string => at.slice(0, 7);

export class JournalCorruptError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'JournalCorruptError';
  }
}

interface Partition<R> {
  rows: readonly R[];
  /** The file body minus its closing bracket: appending serialises only the new rows, never the month again. */
  body: string;
}

/**
 * An append-only collection (readings, movements, audit …) kept in one JSON array file per month, so a write costs
 * one month's file rather than a year's, and opening the store reads only what is asked for.
 */
export class Journal<R extends JournalRow> {
  private readonly partitions = new Map<string, Partition<R>>();
  private known = new Set<string>();

  constructor(
    readonly name: string,
    private readonly dir: string,
    private readonly rowSchema: z.ZodType<R>,
  ) {}

  async open(): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const files = await readdir(this.dir);
    this.known = new Set(files.filter((f) => /^\d{4}-\d{2}\.json$/.test(f)).map((f) => f.slice(0, 7)));
  }

  /** Month keys that exist on disk or in memory, oldest first. */
  months(): string[] {
    return [...new Set([...this.known, ...this.partitions.keys()])].sort();
  }

  async month(key: string): Promise<readonly R[]> {
    return (await this.load(key)).rows;
  }

  /** Rows with from ≤ at < to (instants), loading only the months that can hold them. */
  async range(from?: string, to?: string): Promise<R[]> {
    const fromMs = from === undefined ? -Infinity : Date.parse(from);
    const toMs = to === undefined ? Infinity : Date.parse(to);
    const out: R[] = [];
    for (const key of this.months()) {
      // Offsets shift a row by at most a day across a month boundary, so pad the month filter by one month.
      if (from !== undefined && key < shiftMonth(from.slice(0, 7), -1)) continue;
      if (to !== undefined && key > shiftMonth(to.slice(0, 7), 1)) continue;
      for (const row of (await this.load(key)).rows) {
        const t = Date.parse(row.at);
        if (t >= fromMs && t < toMs) out.push(row);
      }
    }
    return out;
  }

  async latest(): Promise<R | undefined> {
    const months = this.months();
    for (let i = months.length - 1; i >= 0; i--) {
      const rows = (await this.load(months[i]!)).rows;
      if (rows.length > 0) return rows[rows.length - 1];
    }
    return undefined;
  }

  async has(row: R): Promise<boolean> {
    return (await this.load(partitionOf(row.at))).rows.some((r) => r.id === row.id);
  }

  /** Appends rows (already validated and frozen by the store), one atomic file write per month touched. */
  async append(rows: readonly R[]): Promise<void> {
    const byMonth = new Map<string, R[]>();
    for (const row of rows) {
      const key = partitionOf(row.at);
      byMonth.set(key, [...(byMonth.get(key) ?? []), row]);
    }
    for (const [key, added] of byMonth) {
      const part = await this.load(key);
      const addedJson = added.map((r) => JSON.stringify(r)).join(',\n');
      const body = part.rows.length === 0 ? `[\n${addedJson}` : `${part.body},\n${addedJson}`;
      await atomicWrite(this.file(key), `${body}\n]\n`);
      this.partitions.set(key, { rows: [...part.rows, ...added], body });
      this.known.add(key);
    }
  }

  private file(key: string): string {
    return join(this.dir, `${key}.json`);
  }

  private async load(key: string): Promise<Partition<R>> {
    const cached = this.partitions.get(key);
    if (cached) return cached;
    if (!this.known.has(key)) return { rows: [], body: '' };
    const file = this.file(key);
    const text = await readFile(file, 'utf8');
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (err) {
      throw new JournalCorruptError(file, `not valid JSON (${(err as Error).message})`);
    }
    if (!Array.isArray(parsed)) throw new JournalCorruptError(file, 'is not a JSON array');
    const rows: R[] = [];
    for (const [i, raw] of parsed.entries()) {
      const res = this.rowSchema.safeParse(raw);
      if (!res.success) throw new JournalCorruptError(file, `row ${i + 1}: ${res.error.issues[0]?.message ?? 'invalid'}`);
      rows.push(Object.freeze(res.data));
    }
    const trimmed = text.trimEnd();
    const part = { rows, body: rows.length === 0 ? '' : trimmed.slice(0, trimmed.lastIndexOf(']')).trimEnd() };
    this.partitions.set(key, part);
    return part;
  }
}

function shiftMonth(key: string, delta: number): string {
  const [y, m] = key.split('-').map(Number) as [number, number];
  const total = y * 12 + (m - 1) + delta;
  return `${String(Math.floor(total / 12)).padStart(4, '0')}-${String((total % 12) + 1).padStart(2, '0')}`;
}
