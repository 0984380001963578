import { SUPPLIES_WRITERS } from '../../../../shared/supplies/contract.js';
import type { Item } from '../../../../shared/supplies/schema.js';
import type { LotStatus } from '../../../../shared/supplies/stock.js';
import type { ItemDetail } from '../../../../shared/supplies/views.js';
import { parseISO } from 'date-fns';
import { useState, type ReactNode } from 'react';
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
import { Field, Select } from '../../ui/Field.js';
import { Notice } from '../../ui/Notice.js';
import { Loading } from '../../ui/Progress.js';
import { AdjustDialog } from './AdjustDialog.js';
import { Alerts } from './Alerts.js';
import { DisinfectDialog } from './DisinfectDialog.js';
import { useSupplyFormat } from './format.js';
import { IssueDialog } from './IssueDialog.js';
import { ItemDialog } from './ItemDialog.js';
import { LotsTable } from './LotsTable.js';
import { ReceiveDialog } from './ReceiveDialog.js';
import { StockCardTable } from './StockCardTable.js';
import { StockChart } from './StockChart.js';

type Open = { kind: 'receive' | 'issue' | 'edit' } | { kind: 'disinfect' | 'adjust'; status: LotStatus } | null;

const HISTORY_CHOICES = [30, 90, 365] as const;

/** One item: its figures, lots, chart and stock card, and every form that changes them. */
export function ItemPage({ itemId }: { itemId: string }) {
  const t = useText(suppliesText);
  const [historyDays, setHistoryDays] = useState<number>(HISTORY_CHOICES[0]);
  const detail = useQuery('supplies.item', { itemId });
  const forecast = useQuery('supplies.forecast', { itemId, historyDays });
  const card = useQuery('supplies.stockCard', { itemId });
  const [open, setOpen] = useState<Open>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const error = detail.error ?? forecast.error ?? card.error;

  const reload = () => {
    detail.reload();
    forecast.reload();
    card.reload();
  };
  const done = (message: string) => {
    setOpen(null);
    setNotice(message);
    reload();
  };

  const d = detail.data;
  return (
    <div data-testid="page-supply-item">
      <p className="sup-back">
        <Link to="/supplies">← {t.back}</Link>
      </p>
      {d ? <Header detail={d} onOpen={(kind) => setOpen({ kind })} /> : <PageHeader title={t.title} />}
      <div className="stack">
        {notice ? (
          <Notice tone="success" onDismiss={() => setNotice(null)} data-testid="supplies-notice">
            {notice}
          </Notice>
        ) : null}
        <ErrorBanner error={error} onRetry={reload} />
        {d ? (
          <>
            <Figures detail={d} />
            <Card title={t.lotsTitle}>
              <p className="muted">{t.lotsIntro}</p>
              <Lots detail={d} onOpen={setOpen} />
            </Card>
            <Card
              title={t.chartTitle}
              actions={
                <div className="sup-history">
                  <Field label={t.historyRange}>
                    <Select value={historyDays} onChange={(e) => setHistoryDays(Number(e.target.value))} data-testid="history-days">
                      {HISTORY_CHOICES.map((n) => (
                        <option key={n} value={n}>
                          {t.historyDays(n)}
                        </option>
                      ))}
                    </Select>
                  </Field>
                </div>
              }
            >
              {forecast.data ? <StockChart forecast={forecast.data} quarantined={d.row.quarantined} /> : <Loading />}
            </Card>
            <Card title={t.stockCardTitle}>{card.data ? <StockCardTable item={d.row.item} lines={card.data.lines} lotNames={lotNames(d)} /> : <Loading />}</Card>
          </>
        ) : detail.loading ? (
          <Loading />
        ) : null}
      </div>
      {d && open?.kind === 'receive' ? <ReceiveDialog items={[d.row.item]} onClose={() => setOpen(null)} onDone={done} /> : null}
      {d && open?.kind === 'issue' ? <IssueDialog choices={[{ item: d.row.item, available: d.row.available }]} onClose={() => setOpen(null)} onDone={done} /> : null}
      {d && open?.kind === 'edit' ? <ItemDialog item={d.row.item} onClose={() => setOpen(null)} onDone={(_item: Item, message) => done(message)} /> : null}
      {open?.kind === 'disinfect' ? <DisinfectDialog lot={open.status.lot} onClose={() => setOpen(null)} onDone={done} /> : null}
      {d && open?.kind === 'adjust' ? <AdjustDialog item={d.row.item} status={open.status} onClose={() => setOpen(null)} onDone={done} /> : null}
    </div>
  );
}

const lotNames = (d: ItemDetail) => new Map(d.lots.map((s) => [s.lot.id, s.lot.deliveryNoteNo]));

function Header({ detail, onOpen }: { detail: ItemDetail; onOpen: (kind: 'receive' | 'issue' | 'edit') => void }) {
  const t = useText(suppliesText);
  const f = useSupplyFormat();
  const { user } = useSession();
  const exporting = useAction();
  const { item } = detail.row;

  const exportCard = () =>
    exporting.run(async () => {
      const file = await api.call('supplies.exportMovements', { itemId: item.id });
      download(file.filename, file.csv);
    });

  return (
    <>
      <PageHeader
        title={item.name}
        subtitle={`${f.category(item)} · ${f.subkind(item)} · ${f.rule(item)}`}
        actions={
          <>
            {allows(user, SUPPLIES_WRITERS) ? (
              <>
                <Button variant="primary" icon="plus" onClick={() => onOpen('receive')} data-testid="open-receive">
                  {t.receive}
                </Button>
                <Button onClick={() => onOpen('issue')} data-testid="open-issue">
                  {t.issue}
                </Button>
                <Button onClick={() => onOpen('edit')} data-testid="open-edit-item">
                  {t.editItem}
                </Button>
              </>
            ) : null}
            <Button variant="ghost" busy={exporting.busy} onClick={() => void exportCard()} data-testid="export-card">
              {t.exportMovementsItem}
            </Button>
          </>
        }
      />
      <ErrorBanner error={exporting.error} onDismiss={exporting.clear} />
    </>
  );
}

function Figures({ detail }: { detail: ItemDetail }) {
  const t = useText(suppliesText);
  const dates = useDates();
  const f = useSupplyFormat();
  const { row } = detail;
  const { item } = row;
  const stat = (key: string, label: string, value: ReactNode, tone?: 'danger' | 'warning') => (
    <div className={['sup-stat', tone ? `sup-stat-${tone}` : ''].filter(Boolean).join(' ')} data-testid={`stat-${key}`}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <div>
      <dl className="sup-stats" data-testid="item-figures">
        {stat('cover', t.daysOfCover, f.days(row.daysOfCover), row.underMinimum ? 'danger' : undefined)}
        {stat('available', t.available, f.qty(row.available, item))}
        {stat('quarantined', t.quarantined, f.qty(row.quarantined, item), row.quarantined > 0 ? 'warning' : undefined)}
        {stat('expired', t.expired, f.qty(row.expired, item), row.expired > 0 ? 'danger' : undefined)}
        {stat('use', t.dailyUse, f.qty(row.dailyUse, item))}
        {stat('runsOut', t.runsOut, row.runOutDate ? dates.date(parseISO(row.runOutDate)) : '—', row.underMinimum ? 'danger' : undefined)}
        {stat('minimum', t.minimum, t.days(f.n(row.minCoverDays)))}
        {stat('reorder', t.reorder, row.reorderQuantity > 0 ? f.qty(row.reorderQuantity, item) : t.reorderNone)}
      </dl>
      <Alerts row={row} />
    </div>
  );
}

function Lots({ detail, onOpen }: { detail: ItemDetail; onOpen: (open: Open) => void }) {
  const { user } = useSession();
  const canWrite = allows(user, SUPPLIES_WRITERS);
  return (
    <LotsTable
      item={detail.row.item}
      lots={detail.lots}
      today={detail.today}
      {...(canWrite
        ? { onDisinfect: (status: LotStatus) => onOpen({ kind: 'disinfect', status }), onAdjust: (status: LotStatus) => onOpen({ kind: 'adjust', status }) }
        : {})}
    />
  );
}
