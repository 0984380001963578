import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { atomicWrite } from './atomicWrite.js';

/**
 * lowdb adapter for the core document: durable atomic writes, and a per-collection cache of serialised JSON keyed by
 * the collection's identity. Collections are immutable, so a write re-serialises only the ones a change replaced.
 */
export class DurableJsonFile<T extends object> implements Adapter<T> {
  private readonly cache = new Map<string, { ref: unknown; json: string }>();

  constructor(readonly path: string) {}

  /** Returns null when the file does not exist; throws SyntaxError on broken JSON so the caller can keep the file. */
  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    return JSON.parse(text) as T;
  }

  async write(data: T): Promise<void> {
    const parts: string[] = [];
    for (const [key, value] of Object.entries(data)) {
      if (value === undefined) continue;
      const hit = this.cache.get(key);
      const json = hit !== undefined && hit.ref === value ? hit.json : JSON.stringify(value);
      this.cache.set(key, { ref: value, json });
      parts.push(`${JSON.stringify(key)}:${json}`);
    }
    await atomicWrite(this.path, `{${parts.join(',\n')}}\n`);
  }
}
