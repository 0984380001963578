import type { AuditEntry } from '../../../../shared/system/schema.js';
import { useState } from 'react';
import { useQuery } from '../../api/useQuery.js';
import { useDates, useText } from '../../i18n/lang.js';
import { reportsText } from '../../i18n/reports.js';
import { Button } from '../../ui/Button.js';
import { Card } from '../../ui/Card.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { Badge, Notice } from '../../ui/Notice.js';
import { Loading } from '../../ui/Progress.js';
import { Pagination, Table, type Column } from '../../ui/Table.js';

const PAGE = 50;

/** The audit log, newest first, with the verdict on its hash chain. */
export function AuditLog() {
  const t = useText(reportsText);
  const dates = useDates();
  const [offset, setOffset] = useState(0);
  const audit = useQuery('audit.list', { offset, limit: PAGE });
  const page = audit.data;

  const columns: Column<AuditEntry>[] = [
    { key: 'seq', header: t.seq, align: 'end', width: '4rem', cell: (e) => e.seq },
    { key: 'at', header: t.when, nowrap: true, cell: (e) => <time dateTime={e.at}>{dates.dateTime(e.at)}</time> },
    { key: 'who', header: t.who, nowrap: true, cell: (e) => e.username ?? <span className="muted">{t.nobody}</span> },
    { key: 'op', header: t.operation, nowrap: true, cell: (e) => <code>{e.op}</code> },
    {
      key: 'outcome',
      header: t.outcome,
      nowrap: true,
      cell: (e) => (e.outcome === 'ok' ? <Badge tone="success">{t.outcome_ok}</Badge> : <Badge tone="danger">{t.outcome_denied}</Badge>),
    },
    { key: 'summary', header: t.summary, width: '45%', cell: (e) => e.summary },
  ];

  return (
    <Card
      title={t.auditTitle}
      data-testid="audit-log"
      actions={
        <Button size="small" icon="refresh" onClick={audit.reload} busy={audit.loading && page !== undefined}>
          {t.refresh}
        </Button>
      }
    >
      <p className="muted">{t.auditIntro}</p>
      <ErrorBanner error={audit.error} onRetry={audit.reload} />
      {page ? (
        <>
          {page.chainIntact ? (
            <Notice tone="success" data-testid="audit-chain">
              {t.chainIntact(page.total)}
            </Notice>
          ) : (
            <Notice tone="danger" data-testid="audit-chain">
              {t.chainBroken(page.brokenAt ?? 0)}
            </Notice>
          )}
          <Table
            columns={columns}
            rows={page.entries}
            rowKey={(e) => e.id}
            caption={t.auditTitle}
            empty={t.noEntries}
            rowClass={(e) => (page.brokenAt !== null && e.seq >= page.brokenAt ? 'row-danger' : undefined)}
            data-testid="audit-table"
          />
          <Pagination offset={offset} limit={PAGE} total={page.total} onChange={setOffset} />
        </>
      ) : audit.loading ? (
        <Loading />
      ) : null}
    </Card>
  );
}
