import { format } from 'date-fns';
import { useState } from 'react';
import { useQuery } from '../../api/useQuery.js';
import { canteenText } from '../../i18n/canteen.js';
import { useText } from '../../i18n/lang.js';
import { Card } from '../../ui/Card.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { Field, Input, Select } from '../../ui/Field.js';
import { Loading } from '../../ui/Progress.js';
import { Table } from '../../ui/Table.js';

/** Who ate where, when, on any day, from the plans published then (what contact tracing asks). */
export function HistoryCard() {
  const t = useText(canteenText);
  const [date, setDate] = useState(() => format(new Date(), 'yyyy-MM-dd'));
  const [unitId, setUnitId] = useState('');
  const units = useQuery('campus.units.list', {});
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(date);
  const history = useQuery('canteen.history', valid ? { date, ...(unitId ? { unitId } : {}) } : { date: format(new Date(), 'yyyy-MM-dd') });
  return (
    <Card title={t.historyTitle} data-testid="canteen-history">
      <div className="cp-history-tools">
        <Field label={t.historyDate}>
          <Input type="date" value={date} onChange={(e) => setDate(e.target.value)} data-testid="history-date" />
        </Field>
        <Field label={t.moveUnit}>
          <Select value={unitId} onChange={(e) => setUnitId(e.target.value)} data-testid="history-unit">
            <option value="">—</option>
            {(units.data ?? []).map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <ErrorBanner error={history.error} onRetry={history.reload} />
      {history.data ? (
        history.data.meals.every((m) => m.plan === null) ? (
          <p className="muted">{t.historyNone}</p>
        ) : (
          <div className="cp-history">
            {history.data.meals.map((m) =>
              m.plan ? (
                <div key={m.meal}>
                  <h3 className="cp-subtitle">{t.historyPlan(t[`meal_${m.meal}`], m.plan.version)}</h3>
                  <div className="cp-history-table">
                    <Table
                      caption={t.historyPlan(t[`meal_${m.meal}`], m.plan.version)}
                      rows={m.sittings}
                      rowKey={(s) => s.unitId}
                      columns={[
                        { key: 'unit', header: t.unitCol, cell: (s) => s.unitName },
                        { key: 'canteen', header: t.moveCanteen, cell: (s) => s.canteenName },
                        { key: 'zone', header: t.moveZone, cell: (s) => s.zoneName },
                        { key: 'time', header: t.moveSitting, nowrap: true, cell: (s) => t.sittingTime(s.start, s.end) },
                      ]}
                    />
                  </div>
                </div>
              ) : null,
            )}
          </div>
        )
      ) : history.loading ? (
        <Loading />
      ) : null}
    </Card>
  );
}
