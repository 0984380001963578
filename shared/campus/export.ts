import { PERSON_COLUMNS, UNIT_COLUMNS } from './columns.js';
import { writeCsv } from './csv.js';
import type { CsvWriteOptions } from './csv.js';
import type { Person, Unit } from './schema.js';

/** People as CSV in the import format, so an exported file imports back unchanged. */
export function exportPeopleCsv(people: readonly Person[], options?: CsvWriteOptions): string {
  return writeCsv(
    PERSON_COLUMNS,
    people.map((p) => Object.fromEntries(PERSON_COLUMNS.map((c) => [c, p[c]]))),
    options,
  );
}

/** Units as CSV in the import format; the status comes with its latest change only (see UNIT_COLUMNS). */
export function exportUnitsCsv(units: readonly Unit[], options?: CsvWriteOptions): string {
  return writeCsv(
    UNIT_COLUMNS,
    units.map((u) => {
      const last = u.statusHistory.at(-1);
      return {
        id: u.id,
        name: u.name,
        kind: u.kind,
        regionId: u.regionId,
        buildingId: u.buildingId,
        dormitoryId: u.dormitoryId,
        status: u.status,
        statusSince: last?.at,
        statusReason: last?.reason,
      } satisfies Record<(typeof UNIT_COLUMNS)[number], string | undefined>;
    }),
    options,
  );
}
