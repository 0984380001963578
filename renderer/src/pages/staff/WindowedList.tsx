import { useState, type ReactNode } from 'react';

const ROW_HEIGHT = 38;
const VIEWPORT_ROWS = 10;
/** Rows drawn above and below the visible ones, so a quick scroll does not show blanks. */
const OVERSCAN = 8;

export interface WindowedListProps<T> {
  label: string;
  rows: readonly T[];
  rowKey: (row: T) => string;
  header: readonly string[];
  cells: (row: T) => readonly ReactNode[];
}

/**
 * A long list with table roles that draws only the rows in view (a <table> cannot be windowed); it re-renders when
 * the first visible row changes, not on every scrolled pixel.
 */
export function WindowedList<T>({ label, rows, rowKey, header, cells }: WindowedListProps<T>) {
  const [top, setTop] = useState(0);
  const first = Math.max(0, top - OVERSCAN);
  const last = Math.min(rows.length - 1, top + VIEWPORT_ROWS + OVERSCAN);
  const columns = { gridTemplateColumns: `repeat(${header.length}, minmax(0, 1fr))` };
  const shown: ReactNode[] = [];
  for (let i = first; i <= last; i++) {
    const row = rows[i]!;
    shown.push(
      <div role="row" aria-rowindex={i + 2} key={rowKey(row)} className="rot-vrow" style={{ ...columns, transform: `translateY(${i * ROW_HEIGHT}px)` }}>
        {cells(row).map((cell, c) => (
          <div role="cell" className="rot-vcell" key={c}>
            {cell}
          </div>
        ))}
      </div>,
    );
  }
  return (
    <div role="table" aria-label={label} aria-rowcount={rows.length + 1} className="rot-vtable">
      <div role="rowgroup">
        <div role="row" aria-rowindex={1} className="rot-vrow rot-vhead" style={columns}>
          {header.map((h) => (
            <div role="columnheader" className="rot-vcell" key={h}>
              {h}
            </div>
          ))}
        </div>
      </div>
      <div
        className="rot-vscroll"
        style={{ height: Math.min(rows.length, VIEWPORT_ROWS) * ROW_HEIGHT + 2 }}
        tabIndex={0}
        onScroll={(e) => setTop(Math.floor(e.currentTarget.scrollTop / ROW_HEIGHT))}
      >
        <div role="rowgroup" className="rot-vbody" style={{ height: rows.length * ROW_HEIGHT }}>
          {shown}
        </div>
      </div>
    </div>
  );
}
