import type { ReactNode } from 'react';
import { useText } from '../i18n/lang.js';
import { uiText } from '../i18n/ui.js';
import { Button } from './Button.js';

export interface Column<T> {
  /** Stable key of the column. */
  key: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** Numbers read best right-aligned. */
  align?: 'start' | 'end';
  /** CSS width, e.g. "8rem"; the others share the rest. */
  width?: string;
  /** Keeps the cell on one line (dates, codes). */
  nowrap?: boolean;
}

export interface TableProps<T> {
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** Accessible name of the table (visually hidden when a heading already says it). */
  caption: string;
  /** Shown instead of the body when there are no rows; defaults to "Nothing here yet". */
  empty?: ReactNode;
  /** Marks rows (e.g. "row-danger"). */
  rowClass?: (row: T) => string | undefined;
  'data-testid'?: string;
}

/** A plain data table with a sticky header. */
export function Table<T>({ columns, rows, rowKey, caption, empty, rowClass, 'data-testid': testId }: TableProps<T>) {
  const t = useText(uiText);
  return (
    <div className="table-wrap">
      <table className="table" data-testid={testId}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" style={c.width ? { width: c.width } : undefined} className={c.align === 'end' ? 'align-end' : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="table-empty">
                {empty ?? t.empty}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={rowKey(row)} className={rowClass?.(row)}>
                {columns.map((c) => (
                  <td key={c.key} className={[c.align === 'end' ? 'align-end' : '', c.nowrap ? 'nowrap' : ''].filter(Boolean).join(' ') || undefined}>
                    {c.cell(row)}
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}

export interface PaginationProps {
  /** Index of the first row shown. */
  offset: number;
  /** Rows per page. */
  limit: number;
  total: number;
  onChange: (offset: number) => void;
}

/** Previous / next through a list the host pages. */
export function Pagination({ offset, limit, total, onChange }: PaginationProps) {
  const t = useText(uiText);
  if (total <= limit) return null;
  const last = Math.min(offset + limit, total);
  return (
    <nav className="pagination" aria-label={t.pagination}>
      <Button size="small" disabled={offset === 0} onClick={() => onChange(Math.max(0, offset - limit))}>
        {t.previous}
      </Button>
      <span className="pagination-range" aria-live="polite">
        {t.pageRange(offset + 1, last, total)}
      </span>
      <Button size="small" disabled={last >= total} onClick={() => onChange(offset + limit)}>
        {t.next}
      </Button>
    </nav>
  );
}
