import type { Item } from '../../../../shared/supplies/schema.js';
import type { StockCardLine } from '../../../../shared/supplies/stock.js';
import { useState } from 'react';
import { useDates, useText } from '../../i18n/lang.js';
import { suppliesText } from '../../i18n/supplies.js';
import { Pagination, Table, type Column } from '../../ui/Table.js';
import { useSupplyFormat } from './format.js';

const PAGE = 25;

export interface StockCardTableProps {
  item: Item;
  /** Oldest first, as the host sends them. */
  lines: readonly StockCardLine[];
  lotNames: ReadonlyMap<string, string>;
}

/** The item's stock card, newest first, a page at a time (a year of daily issues is hundreds of lines). */
export function StockCardTable({ item, lines, lotNames }: StockCardTableProps) {
  const t = useText(suppliesText);
  const dates = useDates();
  const f = useSupplyFormat();
  const [offset, setOffset] = useState(0);
  const newestFirst = [...lines].reverse();
  const page = newestFirst.slice(offset, offset + PAGE);

  const columns: Column<StockCardLine>[] = [
    { key: 'when', header: t.when, nowrap: true, cell: ({ movement }) => dates.dateTime(movement.at) },
    { key: 'movement', header: t.movement, cell: ({ movement }) => f.reason(movement.reason) },
    { key: 'lot', header: t.deliveryNote, cell: ({ movement }) => <span className="mono">{lotNames.get(movement.lotId) ?? movement.lotId}</span> },
    {
      key: 'quantity',
      header: t.quantity,
      align: 'end',
      nowrap: true,
      cell: ({ movement: { quantity } }) => <span className={quantity > 0 ? 'sup-text-success' : undefined}>{`${quantity > 0 ? '+' : ''}${f.n(quantity)}`}</span>,
    },
    { key: 'balance', header: t.balanceAfter, align: 'end', nowrap: true, cell: ({ balance }) => f.qty(balance, item) },
    { key: 'by', header: t.by, cell: ({ movement }) => movement.by },
    { key: 'note', header: t.note, cell: ({ movement }) => movement.note ?? '' },
  ];

  return (
    <>
      <Table columns={columns} rows={page} rowKey={(l) => l.movement.id} caption={t.stockCardTitle} empty={t.noMovements} data-testid="stock-card" />
      <Pagination offset={offset} limit={PAGE} total={lines.length} onChange={setOffset} />
    </>
  );
}
