import type { Region } from '../../../../shared/campus/schema.js';
import type { RegionView, UnitView } from '../../../../shared/campus/views.js';
import { useId, useState } from 'react';
import { api } from '../../api/client.js';
import { campusText } from '../../i18n/campus.js';
import { useText } from '../../i18n/lang.js';
import { useNumbers } from '../../i18n/numbers.js';
import { Link } from '../../router.js';
import { useSession } from '../../session.js';
import { Button } from '../../ui/Button.js';
import { Card } from '../../ui/Card.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { Notice } from '../../ui/Notice.js';
import { Loading } from '../../ui/Progress.js';
import { Table, type Column } from '../../ui/Table.js';
import { UnitStatusBadge } from '../../ui/UnitStatusBadge.js';
import { ConfirmDeleteDialog } from './ConfirmDeleteDialog.js';
import { HeadcountTable } from './HeadcountTable.js';
import { RegionDialog } from './RegionDialog.js';
import { UnitDialog } from './UnitDialog.js';
import { useCampusLists } from './useCampusLists.js';

type Open = { kind: 'region'; region: Region | 'new' } | { kind: 'unit'; regionId?: string } | { kind: 'delete'; region: RegionView } | null;

/** Regions, each with its headcount by role and its units; a unit's row links to its detail. */
export function UnitsView() {
  const t = useText(campusText);
  const n = useNumbers();
  const { user } = useSession();
  const canEdit = user.role === 'administrator';
  const lists = useCampusLists();
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const done = (message: string) => {
    setOpen(null);
    setNotice(message);
    lists.reload();
  };

  if (!lists.regions || !lists.units || !lists.buildings) {
    return lists.error ? <ErrorBanner error={lists.error} onRetry={lists.reload} /> : <Loading />;
  }
  const { regions, units, buildings } = lists;
  const flagged = { isolated: units.filter((u) => u.status === 'isolated').length, observation: units.filter((u) => u.status === 'observation').length };

  return (
    <div className="campus-stack">
      <div className="campus-toolbar">
        <p className="campus-summary" data-testid="units-summary">
          {t.unitsCount(n.format(units.length))} · {t.flaggedCount(n.format(flagged.isolated), n.format(flagged.observation))}
        </p>
        {canEdit ? (
          <div className="campus-toolbar-actions">
            <Button icon="plus" onClick={() => setOpen({ kind: 'region', region: 'new' })} data-testid="add-region">
              {t.addRegion}
            </Button>
            <Button icon="plus" variant="primary" onClick={() => setOpen({ kind: 'unit' })} disabled={regions.length === 0} data-testid="add-unit">
              {t.addUnit}
            </Button>
          </div>
        ) : null}
      </div>
      {notice ? (
        <Notice tone="success" onDismiss={() => setNotice(null)} data-testid="campus-notice">
          {notice}
        </Notice>
      ) : null}
      <ErrorBanner error={lists.error} onRetry={lists.reload} />
      {regions.length === 0 ? <p className="muted">{t.noRegions}</p> : null}
      {regions.map((region) => (
        <RegionCard
          key={region.id}
          region={region}
          units={units.filter((u) => u.regionId === region.id)}
          canEdit={canEdit}
          onEdit={() => setOpen({ kind: 'region', region })}
          onDelete={() => setOpen({ kind: 'delete', region })}
          onAddUnit={() => setOpen({ kind: 'unit', regionId: region.id })}
        />
      ))}

      {open?.kind === 'region' ? <RegionDialog region={open.region} onClose={() => setOpen(null)} onSaved={(r) => done(t.saved(r.name))} /> : null}
      {open?.kind === 'unit' ? (
        <UnitDialog unit={{ ...(open.regionId ? { regionId: open.regionId } : {}) }} regions={regions} buildings={buildings} onClose={() => setOpen(null)} onSaved={(u) => done(t.saved(u.name))} />
      ) : null}
      <ConfirmDeleteDialog
        name={open?.kind === 'delete' ? open.region.name : null}
        onClose={() => setOpen(null)}
        onConfirm={async () => {
          if (open?.kind !== 'delete') return;
          await api.call('campus.regions.delete', { id: open.region.id });
          done(t.deleted(open.region.name));
        }}
      />
    </div>
  );
}

interface RegionCardProps {
  region: RegionView;
  units: UnitView[];
  canEdit: boolean;
  onEdit: () => void;
  onDelete: () => void;
  onAddUnit: () => void;
}

function RegionCard({ region, units, canEdit, onEdit, onDelete, onAddUnit }: RegionCardProps) {
  const t = useText(campusText);
  const n = useNumbers();
  const [expanded, setExpanded] = useState(true);
  const listId = useId();
  const columns: Column<UnitView>[] = [
    {
      key: 'name',
      header: t.unit,
      cell: (u) => (
        <span className="unit-cell">
          <Link to={`/campus/units/${encodeURIComponent(u.id)}`} data-testid={`unit-link-${u.id}`}>
            {u.name}
          </Link>
          <UnitStatusBadge status={u.status} />
        </span>
      ),
    },
    { key: 'kind', header: t.unitKind, nowrap: true, cell: (u) => t[`unitKind_${u.kind}`] },
    { key: 'building', header: t.homeBuilding, nowrap: true, cell: (u) => u.buildingName },
    { key: 'dorm', header: t.dormitory, nowrap: true, cell: (u) => u.dormitoryName ?? '—' },
    {
      key: 'onCampus',
      header: t.onCampus,
      align: 'end',
      width: '7rem',
      cell: (u) => <strong data-testid={`unit-headcount-${u.id}`}>{n.format(u.headcount.total.onCampus)}</strong>,
    },
    { key: 'atHome', header: t.atHome, align: 'end', width: '7rem', cell: (u) => n.format(u.headcount.total.atHome) },
  ];
  const title = (
    <>
      {region.name}
      {region.code ? <span className="region-code">{region.code}</span> : null}
    </>
  );
  return (
    <Card
      title={title}
      data-testid={`region-${region.id}`}
      actions={
        <>
          {units.length > 0 ? (
            <Button size="small" variant="ghost" onClick={() => setExpanded((e) => !e)} aria-expanded={expanded} aria-controls={listId} data-testid={`toggle-region-${region.id}`}>
              {expanded ? t.hideUnits : t.showUnits(n.format(units.length))}
            </Button>
          ) : null}
          {canEdit ? (
            <>
              <Button size="small" variant="ghost" icon="plus" onClick={onAddUnit}>
                {t.addUnit}
              </Button>
              <Button size="small" variant="ghost" onClick={onEdit} aria-label={t.editRegionNamed(region.name)}>
                {t.edit}
              </Button>
              <Button size="small" variant="ghost" onClick={onDelete} aria-label={t.deleteRegionNamed(region.name)} data-testid={`delete-region-${region.id}`}>
                {t.delete}
              </Button>
            </>
          ) : null}
        </>
      }
    >
      <p className="muted campus-region-facts">
        {t.unitsCount(n.format(region.units))} · {t.buildingsCount(n.format(region.buildings))} ·{' '}
        {t.flaggedCount(n.format(region.unitsByStatus.isolated), n.format(region.unitsByStatus.observation))}
      </p>
      <HeadcountTable headcount={region.headcount} layout="columns" caption={`${t.headcount}: ${region.name}`} data-testid={`region-headcount-${region.id}`} />
      <div id={listId} className="campus-region-units" hidden={!expanded}>
        {units.length === 0 ? (
          <p className="muted">{t.noUnitsInRegion}</p>
        ) : (
          <Table
            columns={columns}
            rows={units}
            rowKey={(u) => u.id}
            caption={`${t.unit}: ${region.name}`}
            rowClass={(u) => (u.status === 'isolated' ? 'row-danger' : u.status === 'observation' ? 'row-warning' : undefined)}
            data-testid={`units-table-${region.id}`}
          />
        )}
      </div>
    </Card>
  );
}
