import type { Item } from '../../../../shared/supplies/schema.js';
import type { LotStatus } from '../../../../shared/supplies/stock.js';
import { daysFrom } from '../../../../shared/supplies/days.js';
import { parseISO } from 'date-fns';
import { useDates, useText } from '../../i18n/lang.js';
import { suppliesText } from '../../i18n/supplies.js';
import { Button } from '../../ui/Button.js';
import { Badge } from '../../ui/Notice.js';
import { Table, type Column } from '../../ui/Table.js';
import { STATE_TONES, useSupplyFormat } from './format.js';

export interface LotsTableProps {
  item: Item;
  lots: readonly LotStatus[];
  today: string;
  /** Absent for readers: no action buttons. */
  onDisinfect?: (status: LotStatus) => void;
  onAdjust?: (status: LotStatus) => void;
}

export function LotsTable({ item, lots, today, onDisinfect, onAdjust }: LotsTableProps) {
  const t = useText(suppliesText);
  const dates = useDates();
  const f = useSupplyFormat();

  const expiry = ({ lot, state }: LotStatus) => {
    if (lot.expiresOn === undefined) return <span className="muted">{t.noExpiry}</span>;
    const left = daysFrom(today, lot.expiresOn);
    const note = state === 'empty' ? null : left < 0 ? t.expiredAgo(-left) : left <= 30 ? t.daysLeft(left) : null;
    return (
      <>
        {dates.date(parseISO(lot.expiresOn))}
        {note ? <div className={left < 0 ? 'sup-text-danger' : 'sup-text-warning'}>{note}</div> : null}
      </>
    );
  };

  const columns: Column<LotStatus>[] = [
    {
      key: 'lot',
      header: t.deliveryNote,
      width: '13rem',
      cell: ({ lot }) => (
        <>
          <span className="mono">{lot.deliveryNoteNo}</span>
          <div className="muted sup-small">{lot.supplier}</div>
        </>
      ),
    },
    { key: 'received', header: t.received, nowrap: true, cell: ({ lot }) => dates.dateTime(lot.receivedAt) },
    { key: 'expires', header: t.expires, nowrap: true, cell: expiry },
    {
      key: 'state',
      header: t.state,
      cell: ({ lot, state }) => (
        <>
          <Badge tone={STATE_TONES[state]}>{f.state(state)}</Badge>
          {lot.contactless ? null : (
            <div>
              <Badge tone="warning">{t.notContactless}</Badge>
            </div>
          )}
        </>
      ),
    },
    {
      key: 'disinfection',
      header: t.disinfection,
      cell: (status) => {
        const { lot } = status;
        if (lot.disinfection) {
          return (
            <>
              <span className="nowrap">{dates.dateTime(lot.disinfection.at)}</span>
              <div className="muted sup-small">{t.disinfectedBy(lot.disinfection.by, lot.disinfection.method)}</div>
            </>
          );
        }
        if (!onDisinfect || status.state === 'empty') return <span className="sup-text-warning">{t.awaitingDisinfection}</span>;
        return (
          <Button
            size="small"
            variant="primary"
            onClick={() => onDisinfect(status)}
            aria-label={t.recordDisinfectionOf(lot.deliveryNoteNo)}
            data-testid={`disinfect-${lot.id}`}
          >
            {t.recordDisinfection}
          </Button>
        );
      },
    },
    { key: 'balance', header: t.balance, align: 'end', nowrap: true, cell: ({ balance }) => f.qty(balance, item) },
  ];
  if (onAdjust) {
    columns.push({
      key: 'actions',
      header: <span className="visually-hidden">{t.adjust}</span>,
      align: 'end',
      cell: (status) => (
        <Button size="small" variant="ghost" onClick={() => onAdjust(status)} aria-label={t.adjustLot(status.lot.deliveryNoteNo)} data-testid={`adjust-${status.lot.id}`}>
          {t.adjust}
        </Button>
      ),
    });
  }

  return (
    <Table
      columns={columns}
      rows={lots}
      rowKey={(s) => s.lot.id}
      caption={t.lotsTitle}
      rowClass={(s) => (s.state === 'empty' ? 'sup-row-muted' : s.state === 'expired' ? 'row-danger' : s.state === 'quarantined' ? 'sup-row-warning' : undefined)}
      data-testid="lots-table"
    />
  );
}
