import { createHash } from 'node:crypto';
import type { AuditEntry } from '../../shared/system/schema.js';

export const GENESIS_HASH = '0'.repeat(64);

type Hashed = Omit<AuditEntry, 'hash'>;

/** The hash covers every field but itself, in a fixed order, and the previous entry's hash: editing any entry breaks the chain from there on. */
export function hashEntry(entry: Hashed): string {
  const canonical = JSON.stringify([entry.id, entry.seq, entry.at, entry.userId, entry.username, entry.op, entry.outcome, entry.summary, entry.prevHash]);
  return createHash('sha256').update(canonical).digest('hex');
}

/** Index of the first entry that does not match its content or predecessor, or null when the chain is intact. */
export function verifyChain(entries: readonly AuditEntry[]): number | null {
  let prev = GENESIS_HASH;
  for (const [i, e] of entries.entries()) {
    if (e.prevHash !== prev || e.seq !== i || hashEntry(e) !== e.hash) return i;
    prev = e.hash;
  }
  return null;
}
