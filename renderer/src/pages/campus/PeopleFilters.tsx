import { PERSON_KINDS, PRESENCES, UNIT_STATUSES, type PersonKind, type Presence, type Region, type UnitStatus } from '../../../../shared/campus/schema.js';
import type { UnitView } from '../../../../shared/campus/views.js';
import { memo } from 'react';
import { campusText } from '../../i18n/campus.js';
import { useText } from '../../i18n/lang.js';
import { unitStatusText } from '../../i18n/unitStatus.js';
import { Field, Input, Select } from '../../ui/Field.js';
import { UnitOptions } from './options.js';

export interface Filters {
  search: string;
  regionId: string;
  unitId: string;
  kind: PersonKind | '';
  presence: Presence | '';
  unitStatus: UnitStatus | '';
}

export const NO_FILTERS: Filters = { search: '', regionId: '', unitId: '', kind: '', presence: '', unitStatus: '' };

export interface PeopleFiltersProps {
  filters: Filters;
  onChange: (key: keyof Filters, value: string) => void;
  /** On a unit's page the unit is given: region, unit and unit-status filters do not apply. */
  unitLocked: boolean;
  regions: readonly Region[];
  units: readonly UnitView[];
}

/** Memoized: the table re-renders as rows arrive and scroll, and the unit list can hold hundreds of options. */
export const PeopleFilters = memo(function PeopleFilters({ filters, onChange, unitLocked, regions, units }: PeopleFiltersProps) {
  const t = useText(campusText);
  const statuses = useText(unitStatusText);
  const set = (key: keyof Filters) => (e: { target: { value: string } }) => onChange(key, e.target.value);
  return (
    <div className="people-filters">
      <Field label={t.search}>
        <Input type="search" value={filters.search} onChange={set('search')} placeholder={t.searchPlaceholder} data-testid="people-search" />
      </Field>
      {unitLocked ? null : (
        <>
          <Field label={t.region}>
            <Select value={filters.regionId} onChange={set('regionId')} data-testid="filter-region">
              <option value="">{t.all}</option>
              {regions.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t.unit}>
            <Select value={filters.unitId} onChange={set('unitId')} data-testid="filter-unit">
              <option value="">{t.all}</option>
              <UnitOptions regions={regions.filter((r) => !filters.regionId || r.id === filters.regionId)} units={units} />
            </Select>
          </Field>
        </>
      )}
      <Field label={t.personKind}>
        <Select value={filters.kind} onChange={set('kind')} data-testid="filter-kind">
          <option value="">{t.all}</option>
          {PERSON_KINDS.map((k) => (
            <option key={k} value={k}>
              {t[`personKind_${k}`]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.presence}>
        <Select value={filters.presence} onChange={set('presence')} data-testid="filter-presence">
          <option value="">{t.all}</option>
          {PRESENCES.map((p) => (
            <option key={p} value={p}>
              {t[`presence_${p}`]}
            </option>
          ))}
        </Select>
      </Field>
      {unitLocked ? null : (
        <Field label={t.unitStatus}>
          <Select value={filters.unitStatus} onChange={set('unitStatus')} data-testid="filter-unit-status">
            <option value="">{t.all}</option>
            {UNIT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {statuses[s]}
              </option>
            ))}
          </Select>
        </Field>
      )}
    </div>
  );
});
