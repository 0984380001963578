import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';

export class StoreLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holderPid: number,
  ) {
    super(
      `The Cordon data folder ${dataDir} is already open in another Cordon window or serve process (pid ${holderPid}). ` +
        'Close that one first, or choose another folder with --data.',
    );
    this.name = 'StoreLockedError';
  }
}

/** Locks this process holds: a second open of the same folder in one process is refused like one from another process. */
const heldHere = new Set<string>();

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** One writer per data folder. A lock left by a process that died is taken over, so a crash never locks users out. */
export function acquireLock(lockPath: string, dataDir: string): () => void {
  if (heldHere.has(lockPath)) throw new StoreLockedError(dataDir, process.pid);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx', 0o600);
      writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() }));
      closeSync(fd);
      heldHere.add(lockPath);
      return () => {
        heldHere.delete(lockPath);
        try {
          unlinkSync(lockPath);
        } catch {
          // Already gone: nothing to release.
        }
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = readHolder(lockPath);
      if (holder !== null && holder.host === hostname() && holder.pid !== process.pid && isAlive(holder.pid)) {
        throw new StoreLockedError(dataDir, holder.pid);
      }
      if (holder !== null && holder.host !== hostname()) throw new StoreLockedError(dataDir, holder.pid);
      unlinkSync(lockPath);
    }
  }
  throw new Error(`Could not take the lock ${lockPath}`);
}

function readHolder(lockPath: string): { pid: number; host: string } | null {
  try {
    const parsed = JSON.parse(readFileSync(lockPath, 'utf8')) as { pid?: unknown; host?: unknown };
    return typeof parsed.pid === 'number' && typeof parsed.host === 'string' ? { pid: parsed.pid, host: parsed.host } : null;
  } catch {
    return null;
  }
}
