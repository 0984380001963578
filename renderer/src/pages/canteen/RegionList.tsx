import { canteenText } from '../../i18n/canteen.js';
import { useText } from '../../i18n/lang.js';
import { useNumbers } from '../../i18n/numbers.js';
import { Link } from '../../router.js';
import { Card } from '../../ui/Card.js';
import { Table } from '../../ui/Table.js';
import type { PlanModel } from './planModel.js';

interface RegionRow {
  id: string;
  name: string;
  units: number;
  people: number;
  canteens: string[];
}

/** Each region's units and people seated, the canteens they use, and its printable sheet. */
export function RegionList({ model }: { model: PlanModel }) {
  const t = useText(canteenText);
  const numbers = useNumbers();
  const { view } = model;
  const rows: RegionRow[] = view.regions.map((r) => {
    const seated = view.units.filter((u) => u.regionId === r.id && view.plan.assignments.some((a) => a.unitId === u.id));
    const ids = new Set(seated.map((u) => u.id));
    const canteens = [...new Set(view.plan.assignments.filter((a) => ids.has(a.unitId)).map((a) => a.canteenId))];
    return {
      id: r.id,
      name: r.name,
      units: seated.length,
      people: seated.reduce((sum, u) => sum + u.size, 0),
      canteens: canteens.map((id) => model.canteenById.get(id)?.name ?? id),
    };
  });
  return (
    <Card title={t.regionsTitle} level={3} data-testid="canteen-regions">
      <Table
        caption={t.regionsTitle}
        rows={rows}
        rowKey={(r) => r.id}
        columns={[
          { key: 'name', header: t.regionCol, cell: (r) => r.name },
          { key: 'units', header: t.regionUnits, align: 'end', cell: (r) => numbers.format(r.units) },
          { key: 'people', header: t.regionPeople, align: 'end', cell: (r) => numbers.format(r.people) },
          { key: 'canteens', header: t.regionCanteens, cell: (r) => r.canteens.join(', ') },
          {
            key: 'sheet',
            header: t.regionSheet,
            cell: (r) => (
              <Link to={`/canteen/print/${encodeURIComponent(view.plan.id)}/region/${encodeURIComponent(r.id)}`} aria-label={t.regionSheetFor(r.name)} data-testid={`sheet-${r.id}`}>
                {t.regionSheet}
              </Link>
            ),
          },
        ]}
      />
    </Card>
  );
}
