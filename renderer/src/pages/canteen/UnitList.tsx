import { useMemo, useState } from 'react';
import { MEALS } from '../../../../shared/canteen/schema.js';
import { canteenText } from '../../i18n/canteen.js';
import { useText } from '../../i18n/lang.js';
import { useNumbers } from '../../i18n/numbers.js';
import { Link } from '../../router.js';
import { Card } from '../../ui/Card.js';
import { Field, Input } from '../../ui/Field.js';
import { UnitStatusBadge } from '../../ui/UnitStatusBadge.js';
import type { PlanModel } from './planModel.js';

const ROW_HEIGHT = 40;
const VISIBLE_HEIGHT = 440;
const OVERSCAN = 6;

/** Every unit with its sitting at each meal; windowed by scroll offset, since a large campus has 400 units. */
export function UnitList({ model, selectedUnit, onSelect }: { model: PlanModel; selectedUnit: string | null; onSelect: (unitId: string) => void }) {
  const t = useText(canteenText);
  const numbers = useNumbers();
  const [filter, setFilter] = useState('');
  const [scrollTop, setScrollTop] = useState(0);
  const rows = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    return model.view.units
      .filter((u) => u.size > 0 || model.view.plan.assignments.some((a) => a.unitId === u.id))
      .filter((u) => !needle || u.name.toLowerCase().includes(needle) || model.regionName(u.regionId).toLowerCase().includes(needle))
      .sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true }));
  }, [model, filter]);
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((scrollTop + VISIBLE_HEIGHT) / ROW_HEIGHT) + OVERSCAN);
  const planId = model.view.plan.id;

  return (
    <Card title={t.unitsTitle} level={3} data-testid="canteen-units">
      <div className="cp-list-tools">
        <Field label={t.unitsFilter}>
          <Input type="search" value={filter} onChange={(e) => setFilter(e.target.value)} data-testid="units-filter" />
        </Field>
        <span className="muted" aria-live="polite">
          {t.unitsShown(numbers.format(rows.length), numbers.format(model.view.units.length))}
        </span>
      </div>
      <div className="cp-virtual" style={{ maxHeight: VISIBLE_HEIGHT }} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
        <table className="table cp-units-table">
          <caption className="visually-hidden">{t.unitsTitle}</caption>
          <thead>
            <tr>
              <th scope="col">{t.unitCol}</th>
              <th scope="col">{t.regionCol}</th>
              <th scope="col" className="align-end">
                {t.peopleCol}
              </th>
              {MEALS.map((m) => (
                <th scope="col" key={m}>
                  {t[`meal_${m}`]}
                </th>
              ))}
              <th scope="col">{t.notice}</th>
            </tr>
          </thead>
          <tbody>
            {first > 0 ? <tr aria-hidden="true" style={{ height: first * ROW_HEIGHT }} /> : null}
            {rows.slice(first, last).map((u) => (
              <tr key={u.id} style={{ height: ROW_HEIGHT }} className={selectedUnit === u.id ? 'cp-row-selected' : undefined} data-testid={`unit-row-${u.id}`}>
                <td className="nowrap">
                  <button type="button" className="cp-link-button" onClick={() => onSelect(u.id)}>
                    {u.name}
                  </button>{' '}
                  <UnitStatusBadge status={u.status} />
                </td>
                <td className="nowrap">{model.regionName(u.regionId)}</td>
                <td className="align-end">{numbers.format(u.size)}</td>
                {MEALS.map((m) => {
                  const s = model.sittingOf(u.id, m);
                  const canteen = s ? model.canteenById.get(s.canteenId) : undefined;
                  return (
                    <td key={m} className={model.conflictedUnits(m).has(u.id) ? 'nowrap cp-cell-conflict' : 'nowrap'}>
                      {s ? t.seat(canteen?.name ?? s.canteenId, canteen?.zones.find((z) => z.id === s.zoneId)?.name ?? s.zoneId, s.start) : t.noSitting}
                    </td>
                  );
                })}
                <td>
                  <Link to={`/canteen/print/${encodeURIComponent(planId)}/unit/${encodeURIComponent(u.id)}`} aria-label={t.noticeFor(u.name)}>
                    {t.notice}
                  </Link>
                </td>
              </tr>
            ))}
            {last < rows.length ? <tr aria-hidden="true" style={{ height: (rows.length - last) * ROW_HEIGHT }} /> : null}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
