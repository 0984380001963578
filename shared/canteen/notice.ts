import { appendTo } from './multimap.js';
import { MEALS, type Meal, type MealAssignment } from './schema.js';

/**
 * Data for the printable notice of one unit ("Class 3-2 eats lunch 11:40–12:00, Canteen 2, zone B"); the renderer
 * words and translates it.
 */
export interface UnitNotice {
  unitId: string;
  unitName: string;
  regionId: string;
  /** The days the plan covers, inclusive. */
  from: string;
  to: string;
  /** In meal order; a meal the unit has no sitting for is absent. */
  sittings: NoticeSitting[];
}

export interface NoticeSitting {
  meal: Meal;
  start: string;
  end: string;
  canteenId: string;
  canteenName: string;
  zoneId: string;
  zoneName: string;
}

/** One sheet per region listing all its units' notices. */
export interface RegionNoticeSheet {
  regionId: string;
  notices: UnitNotice[];
}

export interface NoticeInput {
  plan: { from: string; to: string; assignments: readonly MealAssignment[] };
  units: readonly { id: string; name: string; regionId: string }[];
  canteens: readonly { id: string; name: string; zones: readonly { id: string; name: string }[] }[];
}

/** A notice for every unit with at least one sitting, in the order of `units`. */
export function unitNotices({ plan, units, canteens }: NoticeInput): UnitNotice[] {
  const canteenById = new Map(canteens.map((c) => [c.id, { name: c.name, zones: new Map(c.zones.map((z) => [z.id, z.name])) }]));
  const byUnit = new Map<string, NoticeSitting[]>();
  for (const a of plan.assignments) {
    const canteen = canteenById.get(a.canteenId);
    const sitting: NoticeSitting = {
      meal: a.meal,
      start: a.start,
      end: a.end,
      canteenId: a.canteenId,
      // A plan may outlive a renamed or removed canteen; the id is then the best name left.
      canteenName: canteen?.name ?? a.canteenId,
      zoneId: a.zoneId,
      zoneName: canteen?.zones.get(a.zoneId) ?? a.zoneId,
    };
    appendTo(byUnit, a.unitId, sitting);
  }
  return units.flatMap((unit) => {
    const sittings = byUnit.get(unit.id);
    if (!sittings) return [];
    sittings.sort((a, b) => MEALS.indexOf(a.meal) - MEALS.indexOf(b.meal));
    return [{ unitId: unit.id, unitName: unit.name, regionId: unit.regionId, from: plan.from, to: plan.to, sittings }];
  });
}

/** The notices grouped by region, regions in order of first appearance. */
export function regionNoticeSheets(notices: readonly UnitNotice[]): RegionNoticeSheet[] {
  const sheets = new Map<string, UnitNotice[]>();
  for (const notice of notices) appendTo(sheets, notice.regionId, notice);
  return [...sheets].map(([regionId, list]) => ({ regionId, notices: list }));
}
