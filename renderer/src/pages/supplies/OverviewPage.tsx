import { SUPPLIES_WRITERS } from '../../../../shared/supplies/contract.js';
import type { OverviewRow } from '../../../../shared/supplies/views.js';
import { parseISO } from 'date-fns';
import { useState } from 'react';
import { api } from '../../api/client.js';
import { useAction } from '../../api/useAction.js';
import { useQuery } from '../../api/useQuery.js';
import { useDates, useText } from '../../i18n/lang.js';
import { suppliesText } from '../../i18n/supplies.js';
import { Link } from '../../router.js';
import { allows, useSession } from '../../session.js';
import { Button } from '../../ui/Button.js';
import { Card, PageHeader } from '../../ui/Card.js';
import { download } from '../../ui/download.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { Notice } from '../../ui/Notice.js';
import { Loading } from '../../ui/Progress.js';
import { Table, type Column } from '../../ui/Table.js';
import { Alerts } from './Alerts.js';
import { useSupplyFormat } from './format.js';
import { IssueDialog } from './IssueDialog.js';
import { ItemDialog } from './ItemDialog.js';
import { ReceiveDialog } from './ReceiveDialog.js';

type Open = 'receive' | 'issue' | 'item' | null;

/** Every item, fewest days of cover first, with what to act on. */
export function OverviewPage() {
  const t = useText(suppliesText);
  const dates = useDates();
  const f = useSupplyFormat();
  const { user } = useSession();
  const canWrite = allows(user, SUPPLIES_WRITERS);
  const overview = useQuery('supplies.overview', {});
  const exporting = useAction();
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const rows = overview.data?.rows ?? [];

  const done = (message: string) => {
    setOpen(null);
    setNotice(message);
    overview.reload();
  };

  const exportCsv = (op: 'supplies.exportStock' | 'supplies.exportMovements') =>
    exporting.run(async () => {
      const file = await api.call(op, {});
      download(file.filename, file.csv);
      setNotice(t.exported(file.filename, f.n(file.rows)));
    });

  const columns: Column<OverviewRow>[] = [
    {
      key: 'item',
      header: t.item,
      cell: (r) => (
        <>
          <Link to={`/supplies/${encodeURIComponent(r.item.id)}`} data-testid={`item-link-${r.item.id}`}>
            {r.item.name}
          </Link>
          <div className="muted sup-small">{f.kind(r.item)}</div>
        </>
      ),
    },
    {
      key: 'available',
      header: t.available,
      align: 'end',
      nowrap: true,
      cell: (r) => (
        <>
          {f.qty(r.available, r.item)}
          {r.quarantined > 0 ? <div className="sup-text-warning sup-small">{t.plusQuarantined(f.n(r.quarantined))}</div> : null}
        </>
      ),
    },
    { key: 'use', header: t.dailyUse, align: 'end', nowrap: true, cell: (r) => f.qty(r.dailyUse, r.item) },
    {
      key: 'cover',
      header: t.daysOfCover,
      align: 'end',
      nowrap: true,
      cell: (r) => (
        <>
          <strong className={r.underMinimum ? 'sup-text-danger' : undefined} data-testid={`cover-${r.item.id}`}>
            {f.days(r.daysOfCover)}
          </strong>
          <div className="muted sup-small">{t.minimumOf(f.n(r.minCoverDays))}</div>
        </>
      ),
    },
    { key: 'runsOut', header: t.runsOut, nowrap: true, cell: (r) => (r.runOutDate ? dates.date(parseISO(r.runOutDate)) : '—') },
    { key: 'reorder', header: t.reorder, align: 'end', nowrap: true, cell: (r) => (r.reorderQuantity > 0 ? f.qty(r.reorderQuantity, r.item) : t.reorderNone) },
    { key: 'alerts', header: t.alerts, cell: (r) => <Alerts row={r} /> },
  ];

  const population = overview.data ? f.n(overview.data.population) : '…';
  const today = overview.data ? dates.date(parseISO(overview.data.today)) : '';
  return (
    <div data-testid="page-supplies">
      <PageHeader
        title={t.title}
        subtitle={overview.data ? t.subtitle(population, today) : undefined}
        actions={
          <>
            {canWrite ? (
              <>
                <Button variant="primary" icon="plus" onClick={() => setOpen('receive')} disabled={rows.length === 0} data-testid="open-receive">
                  {t.receive}
                </Button>
                <Button onClick={() => setOpen('issue')} disabled={rows.length === 0} data-testid="open-issue">
                  {t.issue}
                </Button>
                <Button onClick={() => setOpen('item')} data-testid="open-new-item">
                  {t.newItem}
                </Button>
              </>
            ) : null}
            <Button variant="ghost" busy={exporting.busy} onClick={() => void exportCsv('supplies.exportStock')} data-testid="export-stock">
              {t.exportStock}
            </Button>
            <Button variant="ghost" busy={exporting.busy} onClick={() => void exportCsv('supplies.exportMovements')} data-testid="export-movements">
              {t.exportMovements}
            </Button>
          </>
        }
      />
      <div className="stack">
        {notice ? (
          <Notice tone="success" onDismiss={() => setNotice(null)} data-testid="supplies-notice">
            {notice}
          </Notice>
        ) : null}
        {canWrite ? null : <Notice>{t.readOnly}</Notice>}
        <ErrorBanner error={exporting.error} onDismiss={exporting.clear} />
        <ErrorBanner error={overview.error} onRetry={overview.reload} />
        <Card title={t.itemsTitle}>
          {overview.data ? (
            <Table
              columns={columns}
              rows={rows}
              rowKey={(r) => r.item.id}
              caption={t.itemsTitle}
              empty={t.noItems}
              rowClass={(r) => (r.underMinimum ? 'row-danger' : undefined)}
              data-testid="supplies-table"
            />
          ) : overview.loading ? (
            <Loading />
          ) : null}
        </Card>
      </div>
      {open === 'receive' ? <ReceiveDialog items={rows.map((r) => r.item)} onClose={() => setOpen(null)} onDone={done} /> : null}
      {open === 'issue' ? (
        <IssueDialog choices={rows.map((r) => ({ item: r.item, available: r.available }))} onClose={() => setOpen(null)} onDone={done} />
      ) : null}
      {open === 'item' ? <ItemDialog onClose={() => setOpen(null)} onDone={(_item, message) => done(message)} /> : null}
    </div>
  );
}
