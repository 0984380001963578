import type { Migration } from './migrate.js';

/**
 * The document's history, oldest first. Version 1 is the first released shape, so the chain is empty; each later
 * version adds one step here and raises SCHEMA_VERSION.
 */
export const MIGRATIONS: readonly Migration[] = [];
