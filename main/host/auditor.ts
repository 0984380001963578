import type { AuditEntry } from '../../shared/system/schema.js';
import { GENESIS_HASH, hashEntry } from './audit.js';
import type { CordonStore, CordonTx } from './context.js';

type AuditFields = Pick<AuditEntry, 'userId' | 'username' | 'op' | 'outcome' | 'summary'>;

/**
 * Holds the head of the audit chain. An entry is prepared inside a transaction from the current head; the head moves
 * only once that transaction has committed, so a failed write never leaves a gap in the chain.
 */
export class Auditor {
  private head = { seq: -1, hash: GENESIS_HASH };

  static async open(store: CordonStore): Promise<Auditor> {
    const auditor = new Auditor();
    if (store.state.kind === 'ok') {
      const last = await store.journal('audit').latest();
      if (last) auditor.head = { seq: last.seq, hash: last.hash };
    }
    return auditor;
  }

  /** Runs `fn` in a transaction that also appends its audit entry, so the change and its record commit together. */
  async write<T>(store: CordonStore, at: string, fn: (tx: CordonTx) => T, fields: (value: T) => AuditFields): Promise<T> {
    let entry: AuditEntry | undefined;
    const result = await store.transact((tx) => {
      const value = fn(tx);
      entry = this.entry(at, fields(value));
      tx.append('audit', entry);
      return value;
    });
    if (entry) this.head = { seq: entry.seq, hash: entry.hash };
    return result;
  }

  private entry(at: string, fields: AuditFields): AuditEntry {
    const seq = this.head.seq + 1;
    const base = { id: `audit-${seq}`, seq, at, ...fields, prevHash: this.head.hash, createdAt: at, updatedAt: at };
    return { ...base, hash: hashEntry(base) };
  }
}
