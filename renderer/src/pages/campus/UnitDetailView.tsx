import type { StatusChangeView } from '../../../../shared/campus/views.js';
import { useState } from 'react';
import { api } from '../../api/client.js';
import { useQuery } from '../../api/useQuery.js';
import { campusText } from '../../i18n/campus.js';
import { useDates, useText } from '../../i18n/lang.js';
import { unitStatusText } from '../../i18n/unitStatus.js';
import { Link, navigate } from '../../router.js';
import { allows, useSession } from '../../session.js';
import { Button } from '../../ui/Button.js';
import { Card } from '../../ui/Card.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { Notice } from '../../ui/Notice.js';
import { Loading } from '../../ui/Progress.js';
import { Table, type Column } from '../../ui/Table.js';
import { UnitStatusBadge } from '../../ui/UnitStatusBadge.js';
import { ConfirmDeleteDialog } from './ConfirmDeleteDialog.js';
import { HeadcountTable } from './HeadcountTable.js';
import { PeopleTable } from './PeopleTable.js';
import { StatusChangeForm } from './StatusChangeForm.js';
import { UnitDialog } from './UnitDialog.js';
import { useCampusLists } from './useCampusLists.js';

/** One unit: its headcount, its status with the change form and the whole history, and its people. */
export function UnitDetailView({ unitId }: { unitId: string }) {
  const t = useText(campusText);
  const statuses = useText(unitStatusText);
  const dates = useDates();
  const { user } = useSession();
  const canEdit = user.role === 'administrator';
  const canSetStatus = allows(user, ['administrator', 'principal']);
  const query = useQuery('campus.units.get', { id: unitId });
  const lists = useCampusLists();
  const [open, setOpen] = useState<'edit' | 'delete' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const unit = query.data;

  const back = (
    <p className="campus-back">
      <Link to="/campus/units">← {t.allUnits}</Link>
    </p>
  );
  if (!unit) {
    return (
      <>
        {back}
        {query.error ? <ErrorBanner error={query.error} onRetry={query.reload} /> : <Loading />}
      </>
    );
  }

  const history: Column<StatusChangeView>[] = [
    { key: 'at', header: t.when, nowrap: true, width: '12rem', cell: (c) => <time dateTime={c.at}>{dates.dateTime(c.at)}</time> },
    {
      key: 'change',
      header: t.change,
      nowrap: true,
      width: '16rem',
      cell: (c) => (
        <span className="status-change">
          <UnitStatusBadge status={c.from} showNormal /> → <UnitStatusBadge status={c.to} showNormal />
        </span>
      ),
    },
    { key: 'reason', header: t.reason, cell: (c) => c.reason },
    { key: 'by', header: t.by, width: '10rem', cell: (c) => c.byName },
  ];
  const last = unit.history[0];

  return (
    <div className="campus-stack" data-testid="unit-detail">
      {back}
      <header className={`unit-header unit-header-${unit.status}`}>
        <div>
          <h2 className="unit-title" data-testid="unit-title">
            {unit.name} <UnitStatusBadge status={unit.status} />
          </h2>
          <p className="muted">
            {unit.regionName} · {t[`unitKind_${unit.kind}`]} · {t.homeBuilding}: {unit.buildingName}
            {unit.dormitoryName ? ` · ${t.dormitory}: ${unit.dormitoryName}` : ''} · <span className="mono">{unit.id}</span>
          </p>
        </div>
        {canEdit ? (
          <div className="campus-toolbar-actions">
            <Button onClick={() => setOpen('edit')} disabled={!lists.regions || !lists.buildings} data-testid="edit-unit">
              {t.editUnit}
            </Button>
            <Button variant="danger" onClick={() => setOpen('delete')} data-testid="delete-unit">
              {t.deleteUnit}
            </Button>
          </div>
        ) : null}
      </header>
      {notice ? (
        <Notice tone="success" onDismiss={() => setNotice(null)} data-testid="campus-notice">
          {notice}
        </Notice>
      ) : null}

      <div className="unit-grid">
        <Card title={t.headcount} level={3}>
          <HeadcountTable headcount={unit.headcount} caption={`${t.headcount}: ${unit.name}`} data-testid="unit-headcount" />
        </Card>
        <Card title={t.statusTitle} level={3} data-testid="unit-status-card">
          <dl className="facts">
            <dt>{t.statusTitle}</dt>
            <dd>
              <UnitStatusBadge status={unit.status} showNormal />
            </dd>
            {last ? (
              <>
                <dt>{t.since}</dt>
                <dd>{dates.dateTime(last.at)}</dd>
                <dt>{t.reason}</dt>
                <dd>{last.reason}</dd>
              </>
            ) : null}
          </dl>
          {last ? null : <p className="muted">{t.alwaysNormal}</p>}
          {canSetStatus ? (
            <StatusChangeForm
              key={unit.status}
              unit={unit}
              onChanged={(u) => {
                setNotice(t.statusChanged(statuses[u.status]));
                query.reload();
              }}
            />
          ) : (
            <p className="muted">{t.statusReadOnly}</p>
          )}
        </Card>
      </div>

      <Card title={t.historyTitle} level={3}>
        <Table columns={history} rows={unit.history} rowKey={(c) => `${c.at}-${c.to}`} caption={t.historyTitle} empty={t.noHistory} data-testid="status-history" />
      </Card>

      <Card title={t.peopleInUnit} level={3}>
        {/* Rows carry the unit's status: a status change draws them again. */}
        <PeopleTable key={unit.status} fixed={{ unitId: unit.id }} onChanged={query.reload} />
      </Card>

      {open === 'edit' && lists.regions && lists.buildings ? (
        <UnitDialog
          unit={unit}
          regions={lists.regions}
          buildings={lists.buildings}
          onClose={() => setOpen(null)}
          onSaved={(u) => {
            setOpen(null);
            setNotice(t.saved(u.name));
            query.reload();
            lists.reload();
          }}
        />
      ) : null}
      <ConfirmDeleteDialog
        name={open === 'delete' ? unit.name : null}
        onClose={() => setOpen(null)}
        onConfirm={async () => {
          await api.call('campus.units.delete', { id: unit.id });
          navigate('/campus/units');
        }}
      />
    </div>
  );
}
