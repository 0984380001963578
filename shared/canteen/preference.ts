import { clockToMinutes } from './clock.js';
import type { BuildingDistances, PlannerCanteen, PlannerUnit, StableSeat } from './projection.js';

/**
 * Soft preferences per (unit, bin); lower is better. The seat penalty orders strictly by weight: own region's canteen
 * (a unit crossing to another region's canteen meets that region on the way), then the canteen and zone kept from
 * before (stable seating keeps contact tracing exact), then walking distance; the search never trades it for fewer
 * sittings. Keeping the sitting too (and so the zone-mates) is worth less than a sitting saved, so it only breaks ties.
 */
const OTHER_REGION = 2e9;
const SHARED_CANTEEN = 1e9;
const MOVED_CANTEEN = 1e8;
const MOVED_ZONE = 1e7;
const MAX_DISTANCE = 999_999;
/** Farther than any walk on a campus, so a known distance always wins over an unknown one. */
const UNKNOWN_DISTANCE = 10_000;

export interface ZoneRef {
  canteen: number;
  zoneId: string;
}

/** Penalty of unit u in bin b (zone ⌊b / slotCount⌋, sitting b mod slotCount). */
export type PenaltyOf = (unit: number, bin: number) => number;

export interface Preferences {
  /** Region, kept canteen and zone, distance: an integer whose sum over units no search step may raise. */
  seat: PenaltyOf;
  /** The seat penalty plus ½ for a sitting other than the kept one: what bins are chosen by. */
  penalty: PenaltyOf;
  /** Zone index of the unit's kept seat, -1 for none. */
  keptZone: (unit: number) => number;
}

export function preferences(
  units: readonly PlannerUnit[],
  canteens: readonly PlannerCanteen[],
  zones: readonly ZoneRef[],
  slotCount: number,
  previous: readonly StableSeat[],
  distances: BuildingDistances,
): Preferences {
  const canteenCount = canteens.length;
  const canteenPenalty = new Float64Array(units.length * canteenCount);
  units.forEach((unit, u) => {
    canteens.forEach((canteen, c) => {
      const region = canteen.regionId === undefined ? SHARED_CANTEEN : canteen.regionId === unit.regionId ? 0 : OTHER_REGION;
      canteenPenalty[u * canteenCount + c] = region + distance(unit.homeBuildingId, canteen.buildingId, distances);
    });
  });

  const kept = stableSeats(units, canteens, zones, previous);
  const seat: PenaltyOf = (u, bin) => {
    const z = Math.floor(bin / slotCount);
    const c = zones[z]!.canteen;
    const penalty = canteenPenalty[u * canteenCount + c]!;
    const canteen = kept.canteen[u]!;
    if (canteen < 0) return penalty;
    return penalty + (canteen === c ? 0 : MOVED_CANTEEN) + (kept.zone[u] === z ? 0 : MOVED_ZONE);
  };
  const penalty: PenaltyOf = (u, bin) => {
    const sitting = kept.sitting[u]!;
    return seat(u, bin) + (sitting >= 0 && sitting !== bin % slotCount ? 0.5 : 0);
  };
  return { seat, penalty, keptZone: (u) => kept.zone[u]! };
}

/**
 * Each unit's kept seat as indices (-1 where unknown). A sitting is kept by its rank among the canteen's sittings
 * in `previous`, since the previous meal's window starts at another time.
 */
function stableSeats(units: readonly PlannerUnit[], canteens: readonly PlannerCanteen[], zones: readonly ZoneRef[], previous: readonly StableSeat[]) {
  const canteenIndex = new Map(canteens.map((c, i) => [c.id, i]));
  const zoneIndex = new Map(zones.map((z, i) => [`${canteens[z.canteen]!.id}\u0000${z.zoneId}`, i]));
  const seatOf = new Map<string, StableSeat>();
  for (const seat of previous) if (!seatOf.has(seat.unitId)) seatOf.set(seat.unitId, seat);
  const startsOf = new Map<string, number[]>();
  for (const seat of seatOf.values()) {
    if (seat.start === undefined) continue;
    const starts = startsOf.get(seat.canteenId) ?? [];
    starts.push(clockToMinutes(seat.start));
    startsOf.set(seat.canteenId, starts);
  }
  const ranks = new Map([...startsOf].map(([canteenId, starts]) => [canteenId, [...new Set(starts)].sort((a, b) => a - b)]));

  const canteen = new Int32Array(units.length).fill(-1);
  const zone = new Int32Array(units.length).fill(-1);
  const sitting = new Int32Array(units.length).fill(-1);
  units.forEach((unit, u) => {
    const seat = seatOf.get(unit.id);
    if (!seat) return;
    canteen[u] = canteenIndex.get(seat.canteenId) ?? -1;
    zone[u] = zoneIndex.get(`${seat.canteenId}\u0000${seat.zoneId}`) ?? -1;
    if (seat.start !== undefined) sitting[u] = ranks.get(seat.canteenId)!.indexOf(clockToMinutes(seat.start));
  });
  return { canteen, zone, sitting };
}

function distance(from: string | undefined, to: string | undefined, distances: BuildingDistances): number {
  if (from === undefined || to === undefined) return UNKNOWN_DISTANCE;
  if (from === to) return 0;
  const metres = distances[from]?.[to] ?? distances[to]?.[from];
  // Whole metres keep the seat penalty an integer, so the ½ for a moved sitting never outweighs it.
  return metres === undefined ? UNKNOWN_DISTANCE : Math.min(Math.max(Math.round(metres), 0), MAX_DISTANCE);
}
