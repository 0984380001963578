import type { z } from 'zod';
import type { CsvTable } from '../campus/csv.js';
import type { ImportError } from '../campus/import.js';

/*
 * Readings and outdoor means are appended, never updated, so their preview is simpler than the campus upsert: rows
 * that pass, and errors in the campus import's shape so the same preview screen shows them.
 */
export interface RowImport<T> {
  /** Rows that passed, with their line for the preview. */
  valid: { line: number; value: T }[];
  errors: ImportError[];
}

function headerErrors(table: CsvTable, columns: readonly string[]): ImportError[] {
  const errors: ImportError[] = [];
  for (const column of table.header) {
    if (column !== '' && !columns.includes(column)) {
      errors.push({ line: table.headerLine, field: column, reason: `unknown column; the columns are ${columns.join(', ')}` });
    }
  }
  for (const column of columns) {
    if (!table.header.includes(column)) errors.push({ line: table.headerLine, field: column, reason: 'column is missing' });
  }
  return errors;
}

export type FailCell = (field: string, reason: string) => void;

/**
 * The preview of a parsed CSV file whose columns are the row schema's keys, all required. Unknown columns are refused
 * as in the campus import rather than silently dropped, and a bad header stops the rows being read (it would misread
 * every one). Each row's cells, trimmed, go to `check`, which reports bad cells through `fail` and returns the value,
 * or undefined for a row it refused.
 */
export function previewRows<S extends z.ZodObject, T>(
  table: CsvTable,
  rowSchema: S,
  check: (cells: z.output<S>, line: number, fail: FailCell) => T | undefined,
): RowImport<T> {
  const header = headerErrors(table, Object.keys(rowSchema.shape));
  const result: RowImport<T> = {
    valid: [],
    errors: [...table.errors.map((e) => ({ line: e.line, field: null, reason: e.reason })), ...header],
  };
  if (header.length === 0) {
    for (const row of table.rows) {
      // Spreadsheets pad cells; after the header check every column is present, so the parse cannot fail.
      const cells = rowSchema.parse(Object.fromEntries(Object.entries(row.values).map(([k, v]) => [k, v.trim()])));
      const value = check(cells, row.line, (field, reason) => result.errors.push({ line: row.line, field, reason }));
      if (value !== undefined) result.valid.push({ line: row.line, value });
    }
  }
  result.errors.sort((a, b) => a.line - b.line);
  return result;
}

/** One cell's verdict: its value, or why it was refused. */
export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

/** A cell checked against a field schema, the reason being the schema's first message. */
export function checkCell<T>(schema: z.ZodType<T>, value: unknown): Checked<T> {
  const result = schema.safeParse(value);
  return result.success ? { ok: true, value: result.data } : { ok: false, reason: result.error.issues[0]?.message ?? 'is invalid' };
}

/** A number cell: plain decimal text only, so "18,5" or "18°C" is refused rather than read as something else. */
export function checkNumberCell(text: string, schema: z.ZodType<number>): Checked<number> {
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(text)) return { ok: false, reason: 'must be a number such as 18.5' };
  return checkCell(schema, Number(text));
}
