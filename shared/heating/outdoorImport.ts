import type { CsvTable } from '../campus/csv.js';
import { isoDateSchema } from '../common/fields.js';
import { checkCell, checkNumberCell, previewRows } from './rowImport.js';
import type { RowImport } from './rowImport.js';
import { outdoorCelsiusSchema, outdoorCsvRowSchema } from './schema.js';
import type { OutdoorInput } from './schema.js';

/** Checks a parsed CSV file of daily outdoor means (columns date, meanCelsius); a date may appear once per file. */
export function importOutdoorRows(table: CsvTable): RowImport<OutdoorInput> {
  const firstLineOf = new Map<string, number>();
  return previewRows(table, outdoorCsvRowSchema, (cells, line, fail) => {
    const date = checkCell(isoDateSchema, cells.date);
    if (!date.ok) fail('date', date.reason);
    const mean = checkNumberCell(cells.meanCelsius, outdoorCelsiusSchema);
    if (!mean.ok) fail('meanCelsius', mean.reason);
    if (!date.ok || !mean.ok) return undefined;

    const earlier = firstLineOf.get(date.value);
    if (earlier !== undefined) {
      fail('date', `repeats line ${earlier}`);
      return undefined;
    }
    firstLineOf.set(date.value, line);
    return { date: date.value, meanCelsius: mean.value };
  });
}
