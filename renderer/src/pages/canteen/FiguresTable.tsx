import { canteenText } from '../../i18n/canteen.js';
import { useText } from '../../i18n/lang.js';
import { useNumbers } from '../../i18n/numbers.js';
import { Table } from '../../ui/Table.js';
import type { PlanModel } from './planModel.js';

/** Sittings one canteen uses at each meal against the lower bound (and what the window holds). */
export function FiguresTable({ model, canteenId }: { model: PlanModel; canteenId: string }) {
  const t = useText(canteenText);
  const numbers = useNumbers();
  // A bound with nothing to seat in is infinite, and arrives as null over JSON.
  const n = (v: number | null) => (v === null || !Number.isFinite(v) ? '—' : numbers.format(v));
  const rows = model.view.figures.flatMap((f) => f.canteens.filter((c) => c.canteenId === canteenId).map((c) => ({ key: f.meal, meal: f.meal, ...c })));
  return (
    <div className="cp-figures">
      <h3 className="cp-subtitle">{t.figuresTitle}</h3>
      <Table
        caption={t.figuresTitle}
        rows={rows}
        rowKey={(r) => r.key}
        rowClass={(r) => (r.achieved > r.lowerBound ? 'cp-row-over' : undefined)}
        data-testid="canteen-figures"
        columns={[
          { key: 'meal', header: t.figuresMeal, cell: (r) => t[`meal_${r.meal}`] },
          { key: 'used', header: t.figuresUsed, align: 'end', cell: (r) => n(r.achieved) },
          { key: 'bound', header: t.figuresBound, align: 'end', cell: (r) => n(r.lowerBound) },
          { key: 'window', header: t.figuresWindow, align: 'end', cell: (r) => n(r.windowSlots) },
        ]}
      />
    </div>
  );
}
