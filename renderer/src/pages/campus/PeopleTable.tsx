import type { PeopleQueryInput, PeopleSortKey, PersonRow } from '../../../../shared/campus/peopleQuery.js';
import { useCallback, useDeferredValue, useState } from 'react';
import { campusText } from '../../i18n/campus.js';
import { useText } from '../../i18n/lang.js';
import { useNumbers } from '../../i18n/numbers.js';
import { useSession } from '../../session.js';
import { Button } from '../../ui/Button.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { Spinner } from '../../ui/Progress.js';
import { NO_FILTERS, PeopleFilters, type Filters } from './PeopleFilters.js';
import { PeopleGrid, type Sort } from './PeopleGrid.js';
import { PersonDialog } from './PersonDialog.js';
import { useCampusLists } from './useCampusLists.js';
import { usePeopleWindow } from './usePeopleWindow.js';

export interface PeopleTableProps {
  /** Filters the table is locked to (a unit's page shows only its people). */
  fixed?: { unitId?: string };
  /** Called after a person was added, changed or removed, so the page can recount. */
  onChanged?: () => void;
}

const NONE: never[] = [];

/**
 * The people table: the host searches, filters, sorts and pages; the grid draws only the rows in view, so 20,000
 * people scroll as smoothly as 20.
 */
export function PeopleTable({ fixed, onChanged }: PeopleTableProps) {
  const t = useText(campusText);
  const n = useNumbers();
  const { user } = useSession();
  const canEdit = user.role === 'administrator';
  const lists = useCampusLists();
  const lockedUnit = fixed?.unitId ?? '';
  const [filters, setFilters] = useState<Filters>({ ...NO_FILTERS, unitId: lockedUnit });
  const [sort, setSort] = useState<Sort>({ key: 'name', direction: 'asc' });
  const [editing, setEditing] = useState<PersonRow | 'new' | null>(null);
  // Typing stays responsive: the query follows the search box when React has time.
  const search = useDeferredValue(filters.search);

  const query: Omit<PeopleQueryInput, 'offset' | 'limit'> = {
    search,
    ...(filters.regionId ? { regionId: filters.regionId } : {}),
    ...(filters.unitId ? { unitId: filters.unitId } : {}),
    ...(filters.kind ? { kind: filters.kind } : {}),
    ...(filters.presence ? { presence: filters.presence } : {}),
    ...(filters.unitStatus ? { unitStatus: filters.unitStatus } : {}),
    sort: sort.key,
    direction: sort.direction,
  };
  const people = usePeopleWindow(query);

  const changeFilter = useCallback(
    (key: keyof Filters, value: string) =>
      // A unit belongs to one region: choosing another region lets go of the unit.
      setFilters((f) => ({ ...f, [key]: value, ...(key === 'regionId' ? { unitId: lockedUnit } : {}) })),
    [lockedUnit],
  );
  const changeSort = useCallback(
    (key: PeopleSortKey) => setSort((s) => ({ key, direction: s.key === key && s.direction === 'asc' ? 'desc' : 'asc' })),
    [],
  );

  const changed = () => {
    setEditing(null);
    people.reload();
    onChanged?.();
  };

  return (
    <div className="people-table" data-testid="people-table">
      <PeopleFilters
        filters={filters}
        onChange={changeFilter}
        unitLocked={lockedUnit !== ''}
        regions={lists.regions ?? NONE}
        units={lists.units ?? NONE}
      />
      <div className="people-meta">
        <p className="muted" aria-live="polite" data-testid="people-count">
          {people.total === undefined ? t.loadingRows : t.matchCount(n.format(people.total), n.format(people.onCampus))}
          {people.loading ? <Spinner size={14} /> : null}
        </p>
        {canEdit ? (
          <Button icon="plus" size="small" onClick={() => setEditing('new')} disabled={!lists.units} data-testid="add-person">
            {t.addPerson}
          </Button>
        ) : null}
      </div>
      <ErrorBanner error={people.error} onRetry={people.reload} />
      <PeopleGrid
        people={people}
        queryKey={JSON.stringify(query)}
        sort={sort}
        onSort={changeSort}
        onEdit={canEdit ? setEditing : undefined}
        showUnit={lockedUnit === ''}
      />
      {editing !== null && lists.regions && lists.units ? (
        <PersonDialog
          person={editing === 'new' ? { unitId: lockedUnit } : editing}
          regions={lists.regions}
          units={lists.units}
          onClose={() => setEditing(null)}
          onSaved={changed}
        />
      ) : null}
    </div>
  );
}
