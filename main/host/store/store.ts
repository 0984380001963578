import { copyFile, mkdir, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { z } from 'zod';
import { migrate, type Migration } from '../../../shared/db/migrate.js';
import type { StoreState } from '../../../shared/system/contract.js';
import { backupCoreFile, listBackups, pruneBackups, writeBackup } from './backups.js';
import { DurableJsonFile } from './durableAdapter.js';
import { deepFreeze } from './freeze.js';
import { Journal, JournalCorruptError, type JournalRow } from './journal.js';
import { acquireLock } from './lock.js';

export interface StoreSpec<D extends { schemaVersion: number }, J extends Record<string, JournalRow>> {
  schemaVersion: number;
  /** Validates the whole core document on load; array fields are validated element by element on write. */
  coreSchema: z.ZodObject;
  empty(): D;
  migrations: readonly Migration[];
  journals: { [K in keyof J]: z.ZodType<J[K]> };
}

/** A change that breaks the document schema: the write is refused and nothing changes. */
export class StoreValidationError extends Error {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super(`${path}: ${reason}`);
    this.name = 'StoreValidationError';
  }
}

export class StoreUnavailableError extends Error {
  constructor(readonly state: StoreState) {
    super(state.kind === 'corrupt' ? `The data file ${state.file} is damaged: ${state.reason}` : `The data file was written by a newer Cordon (schema ${state.kind === 'tooNew' ? state.found : '?'}).`);
    this.name = 'StoreUnavailableError';
  }
}

export interface Tx<D, J extends Record<string, JournalRow>> {
  /** A shallow copy: replace whole collections (`tx.doc.units = [...]`); the records themselves are frozen. */
  doc: D;
  append<K extends keyof J & string>(journal: K, row: J[K]): void;
}

type TailEntry = { journal: string; row: JournalRow };
type CoreFile<D> = D & { journalTail?: TailEntry[] };

export interface OpenOptions {
  clock?: () => Date;
}

const CORE_FILE = 'cordon.json';

export class Store<D extends { schemaVersion: number }, J extends Record<string, JournalRow>> {
  private current: D | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private lastBackupDay = '';
  private readonly journalMap = new Map<string, Journal<JournalRow>>();
  private releaseLock: (() => void) | null = null;
  private db: Low<CoreFile<D>>;
  state: StoreState = { kind: 'ok' };

  private constructor(
    readonly dataDir: string,
    private readonly spec: StoreSpec<D, J>,
    private readonly clock: () => Date,
  ) {
    this.db = new Low<CoreFile<D>>(new DurableJsonFile<CoreFile<D>>(this.corePath), {} as CoreFile<D>);
    for (const [name, schema] of Object.entries(spec.journals)) {
      this.journalMap.set(name, new Journal(name, join(dataDir, 'journal', name), schema as z.ZodType<JournalRow>));
    }
  }

  get corePath(): string {
    return join(this.dataDir, CORE_FILE);
  }

  /** Opens (creating if new) the store in `dataDir`, taking the writer's lock; a damaged file leaves the store in a non-ok state. */
  static async open<D extends { schemaVersion: number }, J extends Record<string, JournalRow>>(
    dataDir: string,
    spec: StoreSpec<D, J>,
    options: OpenOptions = {},
  ): Promise<Store<D, J>> {
    await mkdir(dataDir, { recursive: true });
    const store = new Store(dataDir, spec, options.clock ?? (() => new Date()));
    store.releaseLock = acquireLock(join(dataDir, 'cordon.lock'), dataDir);
    try {
      await store.load();
    } catch (err) {
      store.close();
      throw err;
    }
    return store;
  }

  get doc(): D {
    if (this.current === null) throw new StoreUnavailableError(this.state);
    return this.current;
  }

  journal<K extends keyof J & string>(name: K): Journal<J[K]> {
    const j = this.journalMap.get(name);
    if (!j) throw new Error(`Unknown journal ${name}`);
    return j as unknown as Journal<J[K]>;
  }

  close(): void {
    this.releaseLock?.();
    this.releaseLock = null;
  }

  /** Runs `fn` against a draft and commits it atomically; transactions run one at a time, in call order. */
  transact<T>(fn: (tx: Tx<D, J>) => T): Promise<T> {
    const run = this.queue.then(() => this.commit(fn));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Keeps the damaged file beside under a new name and puts the named backup in its place, then reopens. */
  async restoreBackup(name: string): Promise<void> {
    const backups = await listBackups(this.dataDir);
    if (!backups.includes(name)) throw new StoreValidationError('backup', `no backup named ${name}`);
    await this.queue;
    const stamp = this.clock().toISOString().replace(/[:.]/g, '-');
    await rename(this.corePath, join(this.dataDir, `cordon.damaged-${stamp}.json`)).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOENT') throw err;
    });
    await copyFile(backupCoreFile(this.dataDir, name), this.corePath);
    this.current = null;
    this.state = { kind: 'ok' };
    await this.load();
  }

  private async load(): Promise<void> {
    for (const j of this.journalMap.values()) await j.open();
    let raw: CoreFile<D> | null;
    try {
      raw = await this.db.adapter.read();
    } catch (err) {
      return this.markCorrupt(`not valid JSON (${(err as Error).message})`);
    }
    if (raw === null) {
      const fresh = this.spec.empty();
      this.db.data = fresh as CoreFile<D>;
      await this.db.write();
      this.current = deepFreeze(fresh);
      return;
    }
    if (typeof raw !== 'object' || Array.isArray(raw)) return this.markCorrupt('the document is not a JSON object');
    const found = typeof raw.schemaVersion === 'number' ? raw.schemaVersion : 0;
    if (found > this.spec.schemaVersion) {
      this.state = { kind: 'tooNew', found, supported: this.spec.schemaVersion };
      return;
    }
    const { journalTail = [], ...body } = raw as CoreFile<D> & Record<string, unknown>;
    let migrated: Record<string, unknown> = body;
    if (found < this.spec.schemaVersion) {
      await writeBackup(this.dataDir, `pre-migration-v${found}-${this.day()}`, this.corePath, []);
      try {
        migrated = migrate(body, this.spec.migrations, this.spec.schemaVersion);
      } catch (err) {
        return this.markCorrupt(`cannot be migrated: ${(err as Error).message}`);
      }
    }
    const parsed = this.spec.coreSchema.safeParse(migrated);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return this.markCorrupt(`${issue?.path.join('.') || '(document)'}: ${issue?.message ?? 'invalid'}`);
    }
    const doc = parsed.data as unknown as D;
    try {
      await this.reconcileTail(journalTail);
      // Reading each journal's newest month now finds damage at open rather than in the middle of some later request.
      for (const j of this.journalMap.values()) await j.latest();
    } catch (err) {
      if (err instanceof JournalCorruptError) return this.markCorrupt(err.message);
      throw err;
    }
    this.db.data = doc as CoreFile<D>;
    if (found < this.spec.schemaVersion) await this.db.write();
    this.current = deepFreeze(doc);
    await this.backupIfNewDay();
  }

  /** A crash between the core write and the journal appends leaves rows only in the tail: put them where they belong. */
  private async reconcileTail(tail: TailEntry[]): Promise<void> {
    for (const { journal, row } of tail) {
      const j = this.journalMap.get(journal);
      if (j && !(await j.has(row))) await j.append([deepFreeze(row)]);
    }
  }

  private async markCorrupt(reason: string): Promise<void> {
    this.state = { kind: 'corrupt', file: this.corePath, reason, backups: await listBackups(this.dataDir) };
    this.current = null;
  }

  private day(): string {
    return this.clock().toISOString().slice(0, 10);
  }

  private async backupIfNewDay(): Promise<void> {
    const day = this.day();
    if (day === this.lastBackupDay || this.current === null) return;
    const existing = await listBackups(this.dataDir);
    if (!existing.includes(day)) {
      const files: string[] = [];
      for (const [name, j] of this.journalMap) for (const m of j.months()) files.push(join(this.dataDir, 'journal', name, `${m}.json`));
      await writeBackup(this.dataDir, day, this.corePath, files);
      await pruneBackups(this.dataDir);
    }
    this.lastBackupDay = day;
  }

  private async commit<T>(fn: (tx: Tx<D, J>) => T): Promise<T> {
    const base = this.doc;
    await this.backupIfNewDay();
    const appended: TailEntry[] = [];
    const tx: Tx<D, J> = {
      doc: { ...base },
      append: (journal, row) => {
        appended.push({ journal, row });
      },
    };
    const result = fn(tx);
    const next = this.validateChanges(base, tx.doc);
    const rows = appended.map(({ journal, row }) => ({ journal, row: this.validateRow(journal, row) }));
    this.db.data = { ...next, journalTail: rows } as CoreFile<D>;
    try {
      await this.db.write();
    } catch (err) {
      this.db.data = base as CoreFile<D>;
      throw err;
    }
    this.current = deepFreeze(next);
    for (const [name, j] of this.journalMap) {
      const mine = rows.filter((r) => r.journal === name).map((r) => r.row);
      if (mine.length > 0) await j.append(mine);
    }
    return result;
  }

  private validateRow(journal: string, row: JournalRow): JournalRow {
    const schema = this.spec.journals[journal as keyof J];
    if (!schema) throw new StoreValidationError(journal, 'unknown journal');
    const res = schema.safeParse(row);
    if (!res.success) throw validationError(journal, res.error);
    return deepFreeze(res.data);
  }

  /** Validates only what changed: replaced top-level values whole, and in arrays only the elements that are new. */
  private validateChanges(base: D, draft: D): D {
    const next = { ...draft } as Record<string, unknown>;
    const shape = this.spec.coreSchema.shape as Record<string, z.ZodType>;
    for (const key of Object.keys(shape)) {
      const value = next[key];
      const before = (base as Record<string, unknown>)[key];
      if (value === before) continue;
      const fieldSchema = shape[key]!;
      if (fieldSchema instanceof z.ZodArray && Array.isArray(value)) {
        const old = new Set(Array.isArray(before) ? before : []);
        const ids = new Set<string>();
        next[key] = value.map((el, i) => {
          const id = (el as { id?: unknown }).id;
          if (typeof id === 'string') {
            if (ids.has(id)) throw new StoreValidationError(`${key}[${i}].id`, `duplicate id ${id}`);
            ids.add(id);
          }
          if (old.has(el)) return el;
          const res = (fieldSchema.element as z.ZodType).safeParse(el);
          if (!res.success) throw validationError(`${key}[${i}]`, res.error);
          return res.data;
        });
      } else {
        const res = fieldSchema.safeParse(value);
        if (!res.success) throw validationError(key, res.error);
        next[key] = res.data;
      }
    }
    for (const key of Object.keys(next)) if (!(key in shape)) throw new StoreValidationError(key, 'is not part of the document');
    return next as D;
  }
}

function validationError(prefix: string, error: z.ZodError): StoreValidationError {
  const issue = error.issues[0];
  const path = [prefix, ...(issue?.path ?? []).map(String)].join('.');
  return new StoreValidationError(path, issue?.message ?? 'invalid');
}
