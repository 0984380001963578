import type { BuildingView } from '../../../../shared/campus/views.js';
import { useState } from 'react';
import { api } from '../../api/client.js';
import { campusText } from '../../i18n/campus.js';
import { useText } from '../../i18n/lang.js';
import { useNumbers } from '../../i18n/numbers.js';
import { useSession } from '../../session.js';
import { Button } from '../../ui/Button.js';
import { Card } from '../../ui/Card.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { Notice } from '../../ui/Notice.js';
import { Loading } from '../../ui/Progress.js';
import { Table, type Column } from '../../ui/Table.js';
import { BuildingDialog } from './BuildingDialog.js';
import { ConfirmDeleteDialog } from './ConfirmDeleteDialog.js';
import { useCampusLists } from './useCampusLists.js';

type Open = { kind: 'edit'; building: BuildingView | 'new' } | { kind: 'delete'; building: BuildingView } | null;

export function BuildingsView() {
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

  const columns: Column<BuildingView>[] = [
    { key: 'name', header: t.buildingName, cell: (b) => b.name },
    { key: 'kind', header: t.buildingKind, cell: (b) => t[`buildingKind_${b.kind}`] },
    { key: 'region', header: t.region, cell: (b) => b.regionName },
    { key: 'floors', header: t.floors, align: 'end', width: '6rem', cell: (b) => n.format(b.floors) },
    { key: 'units', header: t.usedByUnits, align: 'end', width: '6rem', cell: (b) => n.format(b.units) },
    ...(canEdit
      ? [
          {
            key: 'actions',
            header: <span className="visually-hidden">{t.actions}</span>,
            align: 'end' as const,
            width: '11rem',
            cell: (b: BuildingView) => (
              <>
                <Button size="small" variant="ghost" onClick={() => setOpen({ kind: 'edit', building: b })} aria-label={t.editBuildingNamed(b.name)}>
                  {t.edit}
                </Button>
                <Button size="small" variant="ghost" onClick={() => setOpen({ kind: 'delete', building: b })} aria-label={`${t.deleteBuilding}: ${b.name}`}>
                  {t.delete}
                </Button>
              </>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card
      title={t.tabBuildings}
      actions={
        canEdit ? (
          <Button icon="plus" onClick={() => setOpen({ kind: 'edit', building: 'new' })} disabled={!lists.regions?.length} data-testid="add-building">
            {t.addBuilding}
          </Button>
        ) : undefined
      }
    >
      {notice ? (
        <Notice tone="success" onDismiss={() => setNotice(null)}>
          {notice}
        </Notice>
      ) : null}
      <ErrorBanner error={lists.error} onRetry={lists.reload} />
      {lists.buildings ? (
        <Table columns={columns} rows={lists.buildings} rowKey={(b) => b.id} caption={t.tabBuildings} empty={t.noBuildings} data-testid="buildings-table" />
      ) : lists.loading ? (
        <Loading />
      ) : null}
      {open?.kind === 'edit' && lists.regions ? (
        <BuildingDialog building={open.building} regions={lists.regions} onClose={() => setOpen(null)} onSaved={(b) => done(t.saved(b.name))} />
      ) : null}
      <ConfirmDeleteDialog
        name={open?.kind === 'delete' ? open.building.name : null}
        onClose={() => setOpen(null)}
        onConfirm={async () => {
          if (open?.kind !== 'delete') return;
          await api.call('campus.buildings.delete', { id: open.building.id });
          done(t.deleted(open.building.name));
        }}
      />
    </Card>
  );
}
