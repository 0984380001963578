import type { Conflict } from '../../../../shared/canteen/conflicts.js';
import { canteenText } from '../../i18n/canteen.js';
import { useText } from '../../i18n/lang.js';
import { useNumbers } from '../../i18n/numbers.js';
import { Notice } from '../../ui/Notice.js';
import type { PlanModel } from './planModel.js';

/** One sentence per conflict, naming the units and the place, in the current language. */
export function useConflictText(model: PlanModel) {
  const t = useText(canteenText);
  const numbers = useNumbers();
  const units = (ids: readonly string[]) => ids.map(model.unitName).join(', ');
  const canteenName = (id: string) => model.canteenById.get(id)?.name ?? id;
  const zoneName = (canteenId: string, zoneId: string) => model.canteenById.get(canteenId)?.zones.find((z) => z.id === zoneId)?.name ?? zoneId;
  return (c: Conflict): string => {
    const meal = t[`meal_${c.meal}`];
    switch (c.kind) {
      case 'unknownUnit':
        return t.c_unknownUnit(units(c.unitIds), meal);
      case 'unknownZone':
        return t.c_unknownZone(units(c.unitIds), meal);
      case 'unitTwice':
        return t.c_unitTwice(units(c.unitIds), meal, c.count);
      case 'unitMissing':
        return t.c_unitMissing(units(c.unitIds), meal);
      case 'outsideWindow':
        return t.c_outsideWindow(units(c.unitIds), meal, `${c.start}–${c.end}`, `${c.windowStart}–${c.windowEnd}`);
      case 'offGrid':
        return t.c_offGrid(units(c.unitIds), meal, `${c.start}–${c.end}`);
      case 'overCapacity':
        return t.c_overCapacity(t.place(canteenName(c.canteenId), zoneName(c.canteenId, c.zoneId), meal, c.start), numbers.format(c.occupants), numbers.format(c.capacity));
      case 'regionsMixed':
        return t.c_regionsMixed(t.place(canteenName(c.canteenId), zoneName(c.canteenId, c.zoneId), meal, c.start), units(c.unitIds));
      case 'sharingNotAllowed':
        return t.c_sharingNotAllowed(t.place(canteenName(c.canteenId), zoneName(c.canteenId, c.zoneId), meal, c.start), units(c.unitIds));
      case 'gapTooShort':
        return t.c_gapTooShort(t.placeNoTime(canteenName(c.canteenId), zoneName(c.canteenId, c.zoneId), meal), units(c.unitIds), numbers.format(c.gapMinutes));
    }
  };
}

const SHOWN = 50;

export function ConflictList({ model }: { model: PlanModel }) {
  const t = useText(canteenText);
  const describe = useConflictText(model);
  const conflicts = model.view.conflicts;
  if (conflicts.length === 0) {
    return (
      <Notice tone="success" data-testid="canteen-no-conflicts">
        {t.noConflicts}
      </Notice>
    );
  }
  return (
    <Notice tone="danger" title={`${t.conflictsTitle} · ${t.conflictCount(conflicts.length)}`} data-testid="canteen-conflicts">
      <ul className="cp-conflicts">
        {conflicts.slice(0, SHOWN).map((c, i) => (
          <li key={i} data-kind={c.kind}>
            {describe(c)}
          </li>
        ))}
      </ul>
    </Notice>
  );
}
