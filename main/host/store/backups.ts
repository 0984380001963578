import { copyFile, mkdir, readdir, rm, stat } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';

export const BACKUP_DIR = 'backups';
const HISTORY_DIR = 'history';
const KEEP_DAILY = 7;

/** Backup names (folders under backups/ holding a cordon.json), newest first. */
export async function listBackups(dataDir: string): Promise<string[]> {
  try {
    const names = await readdir(join(dataDir, BACKUP_DIR));
    return names.filter((n) => /^\d{4}-\d{2}-\d{2}$|^pre-migration-/.test(n)).sort().reverse();
  } catch {
    return [];
  }
}

export const backupCoreFile = (dataDir: string, name: string): string => join(dataDir, BACKUP_DIR, name, 'cordon.json');

/**
 * Copies the core document into backups/<name>/ and mirrors the journals into backups/history/. Journal months are
 * append-only, so one mirror serves every backup and a month is copied again only when it has grown.
 */
export async function writeBackup(dataDir: string, name: string, coreFile: string, journalFiles: string[]): Promise<void> {
  const dest = backupCoreFile(dataDir, name);
  await mkdir(dirname(dest), { recursive: true });
  await copyFile(coreFile, dest);
  for (const file of journalFiles) {
    const target = join(dataDir, BACKUP_DIR, HISTORY_DIR, relative(dataDir, file));
    const [src, existing] = await Promise.all([stat(file), stat(target).catch(() => null)]);
    if (existing?.size === src.size) continue;
    await mkdir(dirname(target), { recursive: true });
    await copyFile(file, target);
  }
}

/** Keeps the last seven daily backups; pre-migration backups stay until the user removes them. */
export async function pruneBackups(dataDir: string): Promise<void> {
  const daily = (await listBackups(dataDir)).filter((n) => /^\d{4}-\d{2}-\d{2}$/.test(n));
  for (const old of daily.slice(KEEP_DAILY)) await rm(join(dataDir, BACKUP_DIR, old), { recursive: true, force: true });
}
