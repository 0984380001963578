import type { RotationView } from '../../../../shared/rotation/contract.js';
import { useState } from 'react';
import { useQuery } from '../../api/useQuery.js';
import { useText } from '../../i18n/lang.js';
import { rotationText } from '../../i18n/rotation.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { Notice } from '../../ui/Notice.js';
import { Loading } from '../../ui/Progress.js';
import { useRotationFormat } from './format.js';
import { RotationItem } from './RotationItem.js';
import type { SectionProps } from './StaffPage.js';

type Column = 'request' | 'approved' | 'entered' | 'closed';
const COLUMNS: readonly Column[] = ['request', 'approved', 'entered', 'closed'];
/** Closed rotations are history: the board shows the latest few, the candidate pages keep the rest. */
const CLOSED_SHOWN = 8;

const columnOf = (r: RotationView): Column => (r.status === 'request' || r.status === 'approved' || r.status === 'entered' ? r.status : 'closed');
const byHandover = (a: RotationView, b: RotationView) => Date.parse(a.plannedHandoverAt) - Date.parse(b.plannedHandoverAt);

/** Every rotation by where it stands, the next handover first. */
export function Board({ onChange }: SectionProps) {
  const t = useText(rotationText);
  const f = useRotationFormat();
  const list = useQuery('rotation.rotations.list', {});
  const [notice, setNotice] = useState<string | null>(null);
  const changed = (message?: string) => {
    if (message) setNotice(message);
    list.reload();
    onChange();
  };
  const rotations = list.data ?? [];
  const groups = new Map<Column, RotationView[]>(COLUMNS.map((c) => [c, []]));
  for (const r of rotations) groups.get(columnOf(r))!.push(r);
  for (const [column, rows] of groups) {
    if (column === 'closed') rows.sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt));
    else rows.sort(byHandover);
  }

  return (
    <div className="stack" data-testid="rotation-board">
      {notice ? (
        <Notice tone="success" onDismiss={() => setNotice(null)} data-testid="rotation-notice">
          {notice}
        </Notice>
      ) : null}
      <ErrorBanner error={list.error} onRetry={list.reload} />
      {list.data ? (
        <div className="rot-board">
          {COLUMNS.map((column) => {
            const rows = groups.get(column)!;
            const shown = column === 'closed' ? rows.slice(0, CLOSED_SHOWN) : rows;
            return (
              <section key={column} className="rot-column" aria-labelledby={`rot-col-${column}`} data-testid={`board-${column}`}>
                <h2 className="rot-column-title" id={`rot-col-${column}`}>
                  {t[`boardColumn_${column}`]} <span className="rot-count">{f.n(rows.length)}</span>
                </h2>
                {shown.length === 0 ? <p className="muted">{t.boardEmpty}</p> : null}
                {shown.map((r) => (
                  <RotationItem key={r.id} rotation={r} onChanged={changed} />
                ))}
                {shown.length < rows.length ? <p className="muted rot-small">{t.boardClosedShown(f.n(shown.length), f.n(rows.length))}</p> : null}
              </section>
            );
          })}
        </div>
      ) : list.loading ? (
        <Loading />
      ) : null}
    </div>
  );
}
