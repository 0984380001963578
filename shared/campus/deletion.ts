import type { Building, Person, Region, Unit } from './schema.js';

/*
 * Deleting a record that others still point at is refused rather than cascaded: removing a unit must never silently
 * remove or orphan its people. The refusal carries the counts so the UI can say what to move first.
 */
export type DeletionRefusal =
  | { code: 'unit_has_people'; unitId: string; people: number; message: string }
  | { code: 'region_in_use'; regionId: string; units: number; buildings: number; message: string }
  | { code: 'building_in_use'; buildingId: string; units: number; message: string };

export type DeletionCheck = { ok: true } | { ok: false; refusal: DeletionRefusal };

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** People at home still belong to the unit, so they count too. */
export function checkUnitDeletion(unit: Unit, people: readonly Person[]): DeletionCheck {
  const count = people.filter((p) => p.unitId === unit.id).length;
  if (count === 0) return { ok: true };
  return {
    ok: false,
    refusal: {
      code: 'unit_has_people',
      unitId: unit.id,
      people: count,
      message: `Unit "${unit.name}" still has ${plural(count, 'person', 'people')}; move them to another unit first.`,
    },
  };
}

export function checkRegionDeletion(region: Region, units: readonly Unit[], buildings: readonly Building[]): DeletionCheck {
  const unitCount = units.filter((u) => u.regionId === region.id).length;
  const buildingCount = buildings.filter((b) => b.regionId === region.id).length;
  if (unitCount === 0 && buildingCount === 0) return { ok: true };
  const parts = [unitCount > 0 && plural(unitCount, 'unit', 'units'), buildingCount > 0 && plural(buildingCount, 'building', 'buildings')];
  return {
    ok: false,
    refusal: {
      code: 'region_in_use',
      regionId: region.id,
      units: unitCount,
      buildings: buildingCount,
      message: `Region "${region.name}" still has ${parts.filter(Boolean).join(' and ')}; move or delete them first.`,
    },
  };
}

/** A building is in use while a unit has it as home building or dormitory. */
export function checkBuildingDeletion(building: Building, units: readonly Unit[]): DeletionCheck {
  const count = units.filter((u) => u.buildingId === building.id || u.dormitoryId === building.id).length;
  if (count === 0) return { ok: true };
  return {
    ok: false,
    refusal: {
      code: 'building_in_use',
      buildingId: building.id,
      units: count,
      message: `Building "${building.name}" is still used by ${plural(count, 'unit', 'units')}; reassign them first.`,
    },
  };
}
