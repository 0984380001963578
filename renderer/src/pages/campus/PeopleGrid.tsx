import type { PeopleSortKey, PersonRow } from '../../../../shared/campus/peopleQuery.js';
import { memo, useEffect, useRef, useState, type ReactNode } from 'react';
import { campusText } from '../../i18n/campus.js';
import { useText } from '../../i18n/lang.js';
import { Link } from '../../router.js';
import { UnitStatusBadge } from '../../ui/UnitStatusBadge.js';
import type { PeopleWindow } from './usePeopleWindow.js';

const ROW_HEIGHT = 40;
const VIEWPORT_ROWS = 14;
/** Rows drawn above and below the visible ones, so a quick scroll does not show blanks. */
const OVERSCAN = 10;

export interface Sort {
  key: PeopleSortKey;
  direction: 'asc' | 'desc';
}

export interface PeopleGridProps {
  people: PeopleWindow;
  /** Changes with the query: the grid goes back to the top. */
  queryKey: string;
  sort: Sort;
  onSort: (key: PeopleSortKey) => void;
  /** Given to administrators: a person's name opens the edit dialog. */
  onEdit: ((person: PersonRow) => void) | undefined;
  /** False on a unit's own page, where every row has the same unit and region. */
  showUnit: boolean;
}

/**
 * A windowed grid with table roles (a <table> cannot be windowed): it draws the rows in view and a few around them,
 * and re-renders when the first visible row changes, not on every scrolled pixel.
 */
export function PeopleGrid({ people, queryKey, sort, onSort, onEdit, showUnit }: PeopleGridProps) {
  const t = useText(campusText);
  const scroller = useRef<HTMLDivElement>(null);
  const [topRow, setTopRow] = useState(0);
  const total = people.total ?? 0;
  const first = Math.max(0, topRow - OVERSCAN);
  const last = Math.min(total - 1, topRow + VIEWPORT_ROWS + OVERSCAN);

  const { ensure } = people;
  useEffect(() => {
    if (last >= first) ensure(first, last);
  }, [ensure, first, last]);
  useEffect(() => {
    scroller.current?.scrollTo({ top: 0 });
    setTopRow(0);
  }, [queryKey]);

  const header = (key: PeopleSortKey, label: string) => {
    const active = sort.key === key;
    return (
      <div role="columnheader" className="vt-cell" aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
        <button type="button" className="vt-sort" onClick={() => onSort(key)} title={t.sortBy(label)} data-testid={`sort-${key}`}>
          {label}
          <span aria-hidden="true" className="vt-sort-mark">
            {active ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
          </span>
        </button>
      </div>
    );
  };

  const rows: ReactNode[] = [];
  for (let i = first; i <= last; i++) {
    const p = people.row(i);
    rows.push(
      p ? (
        <PersonLine key={p.id} person={p} index={i} onEdit={onEdit} showUnit={showUnit} />
      ) : (
        <div role="row" aria-rowindex={i + 2} key={`pending-${i}`} className="vt-row vt-row-pending" style={{ transform: `translateY(${i * ROW_HEIGHT}px)` }}>
          <div role="cell" className="vt-cell muted">
            {t.loadingRows}
          </div>
        </div>
      ),
    );
  }

  return (
    <div role="table" aria-label={t.peopleTable} aria-rowcount={total + 1} className={showUnit ? 'vt' : 'vt vt-compact'}>
      <div
        ref={scroller}
        className="vt-scroll"
        // As tall as its rows up to a screenful, so a small unit's list is not a large empty box.
        style={{ height: `${(Math.min(Math.max(total, 1), VIEWPORT_ROWS) + 1) * ROW_HEIGHT + 2}px` }}
        tabIndex={0}
        onScroll={(e) => setTopRow(Math.floor(e.currentTarget.scrollTop / ROW_HEIGHT))}
        data-testid="people-scroll"
      >
        <div role="rowgroup" className="vt-head">
          <div role="row" aria-rowindex={1} className="vt-row vt-header-row">
            {header('name', t.name)}
            {header('id', t.id)}
            {header('kind', t.personKind)}
            <div role="columnheader" className="vt-cell">
              {t.boarding}
            </div>
            {header('presence', t.presence)}
            {showUnit ? header('unit', t.unit) : null}
            {showUnit ? header('region', t.region) : null}
          </div>
        </div>
        <div role="rowgroup" className="vt-body" style={{ height: `${Math.max(total, 1) * ROW_HEIGHT}px` }}>
          {people.total === 0 ? (
            <div role="row" className="vt-row vt-row-empty">
              <div role="cell" className="vt-cell muted">
                {t.noPeople}
              </div>
            </div>
          ) : (
            rows
          )}
        </div>
      </div>
    </div>
  );
}

interface PersonLineProps {
  person: PersonRow;
  index: number;
  onEdit: ((person: PersonRow) => void) | undefined;
  showUnit: boolean;
}

/** Memoized: a row that stays in view while the window moves is not drawn again. */
const PersonLine = memo(function PersonLine({ person: p, index, onEdit, showUnit }: PersonLineProps) {
  const t = useText(campusText);
  const tone = p.unitStatus === 'isolated' ? ' row-danger' : p.unitStatus === 'observation' ? ' row-warning' : '';
  return (
    <div role="row" aria-rowindex={index + 2} className={`vt-row${tone}`} style={{ transform: `translateY(${index * ROW_HEIGHT}px)` }} data-testid="person-row">
      <div role="cell" className="vt-cell" title={p.name}>
        {onEdit ? (
          <button type="button" className="link-button" onClick={() => onEdit(p)} aria-label={t.editPersonNamed(p.name)}>
            {p.name}
          </button>
        ) : (
          p.name
        )}
      </div>
      <div role="cell" className="vt-cell mono">
        {p.id}
      </div>
      <div role="cell" className="vt-cell" title={p.staffRoleId}>
        {t[`personKind_${p.kind}`]}
      </div>
      <div role="cell" className="vt-cell">
        {p.boarding ? t[`boarding_${p.boarding}`] : '—'}
      </div>
      <div role="cell" className="vt-cell">
        {t[`presence_${p.presence}`]}
      </div>
      {showUnit ? (
        <>
          <div role="cell" className="vt-cell unit-cell" title={p.unitName}>
            <Link to={`/campus/units/${encodeURIComponent(p.unitId)}`}>{p.unitName}</Link>
            <UnitStatusBadge status={p.unitStatus} />
          </div>
          <div role="cell" className="vt-cell" title={p.regionName}>
            {p.regionName}
          </div>
        </>
      ) : null}
    </div>
  );
});
