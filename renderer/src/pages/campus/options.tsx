import type { Building, Region } from '../../../../shared/campus/schema.js';
import type { UnitView } from '../../../../shared/campus/views.js';

/** Buildings grouped by region, for a Select. */
export function BuildingOptions({ regions, buildings }: { regions: readonly Region[]; buildings: readonly Building[] }) {
  return (
    <>
      {regions.map((r) => {
        const mine = buildings.filter((b) => b.regionId === r.id);
        return mine.length === 0 ? null : (
          <optgroup key={r.id} label={r.name}>
            {mine.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </optgroup>
        );
      })}
    </>
  );
}

/** Units grouped by region, for a Select. */
export function UnitOptions({ regions, units }: { regions: readonly Region[]; units: readonly UnitView[] }) {
  return (
    <>
      {regions.map((r) => {
        const mine = units.filter((u) => u.regionId === r.id);
        return mine.length === 0 ? null : (
          <optgroup key={r.id} label={r.name}>
            {mine.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </optgroup>
        );
      })}
    </>
  );
}
