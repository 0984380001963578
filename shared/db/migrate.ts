/** One step of the document's history: turns a document of `from` into one of `from + 1`. Pure. */
export interface Migration {
  from: number;
  describe: string;
  up(doc: Record<string, unknown>): Record<string, unknown>;
}

export class MigrationGapError extends Error {
  constructor(readonly version: number) {
    super(`No migration from schema version ${version}`);
    this.name = 'MigrationGapError';
  }
}

/** Runs the chain from the document's version up to `target`, refusing to skip a step. */
export function migrate(doc: Record<string, unknown>, migrations: readonly Migration[], target: number): Record<string, unknown> {
  let current = doc;
  let version = typeof current.schemaVersion === 'number' ? current.schemaVersion : 0;
  while (version < target) {
    const step = migrations.find((m) => m.from === version);
    if (!step) throw new MigrationGapError(version);
    current = { ...step.up(current), schemaVersion: version + 1 };
    version += 1;
  }
  return current;
}
