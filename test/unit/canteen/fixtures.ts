import type { PlannerCanteen, PlannerUnit } from '../../../shared/canteen/projection.js';
import { canteenSettingsSchema, type CanteenSettings, type CanteenSettingsInput } from '../../../shared/canteen/schema.js';

export function settings(overrides: CanteenSettingsInput = {}): CanteenSettings {
  return canteenSettingsSchema.parse(overrides);
}

export function unit(id: string, size: number, regionId = 'r1', homeBuildingId?: string): PlannerUnit {
  return homeBuildingId === undefined ? { id, regionId, size } : { id, regionId, size, homeBuildingId };
}

/** A canteen with zones z0, z1, … of the given seats. */
export function canteen(id: string, seats: readonly number[], where: { regionId?: string; buildingId?: string } = {}): PlannerCanteen {
  return { id, ...where, zones: seats.map((s, i) => ({ id: `z${i}`, seats: s })) };
}

/** Lunch from 11:30 until `end`. */
export function lunchUntil(end: string, overrides: CanteenSettingsInput = {}): CanteenSettings {
  return settings({ ...overrides, windows: { lunch: { start: '11:30', end } } });
}
