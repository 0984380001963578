import type { CanteenSettings, Meal, MealAssignment } from './schema.js';

/**
 * What the planner and the conflict check need to know about the campus, projected by the host from the store.
 * Plain data, so it can be posted to a worker.
 */
export interface PlannerUnit {
  id: string;
  regionId: string;
  /** People of the unit on campus for this meal; a unit of size 0 does not eat and is not planned. */
  size: number;
  homeBuildingId?: string;
}

export interface PlannerZone {
  id: string;
  seats: number;
}

export interface PlannerCanteen {
  id: string;
  regionId?: string;
  buildingId?: string;
  zones: readonly PlannerZone[];
}

/** Walking distance in metres, keyed by building id then building id; looked up in either direction. */
export type BuildingDistances = Readonly<Record<string, Readonly<Record<string, number>>>>;

/**
 * A seat to keep if possible: usually the unit's sitting at the previous meal or the same meal yesterday. With
 * `start`, the planner also keeps the unit's place in the order of its canteen's sittings, and so its zone-mates.
 */
export type StableSeat = Pick<MealAssignment, 'unitId' | 'canteenId' | 'zoneId'> & Partial<Pick<MealAssignment, 'start'>>;

export interface PlannerInput {
  units: readonly PlannerUnit[];
  canteens: readonly PlannerCanteen[];
  settings: CanteenSettings;
  meal: Meal;
  seed: number;
  /**
   * Seats to keep stable, normally one meal's sittings (the previous meal, or this meal yesterday); when a unit
   * appears more than once, its first entry counts.
   */
  previous?: readonly StableSeat[];
  distances?: BuildingDistances;
}
