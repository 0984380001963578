import type { Headcount } from '../../../../shared/campus/headcount.js';
import { PERSON_KINDS } from '../../../../shared/campus/schema.js';
import { campusText } from '../../i18n/campus.js';
import { useText } from '../../i18n/lang.js';
import { useNumbers } from '../../i18n/numbers.js';

export interface HeadcountTableProps {
  headcount: Headcount;
  /** Accessible name, e.g. the region or unit it counts. */
  caption: string;
  /**
   * "rows" (default): one row per role, staff roles under Staff. "columns": one column per role and a row each for
   * on campus and at home — compact enough to sit above a list; staff roles are left out.
   */
  layout?: 'rows' | 'columns';
  'data-testid'?: string;
}

/** People by role and by on campus / at home; the on-campus total is the headcount. */
export function HeadcountTable({ headcount, caption, layout = 'rows', 'data-testid': testId }: HeadcountTableProps) {
  const t = useText(campusText);
  const n = useNumbers();
  const totalId = testId ? `${testId}-on-campus` : undefined;

  if (layout === 'columns') {
    const line = (presence: 'onCampus' | 'atHome') => (
      <tr>
        <th scope="row">{t[presence]}</th>
        {PERSON_KINDS.map((kind) => (
          <td key={kind} className="align-end">
            {n.format(headcount.byKind[kind][presence])}
          </td>
        ))}
        <td className="align-end headcount-total" data-testid={presence === 'onCampus' ? totalId : undefined}>
          {n.format(headcount.total[presence])}
        </td>
      </tr>
    );
    return (
      <div className="table-wrap headcount-wrap headcount-wrap-columns">
        <table className="table headcount-table" data-testid={testId}>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <td />
              {PERSON_KINDS.map((kind) => (
                <th key={kind} scope="col" className="align-end">
                  {t[`kindPlural_${kind}`]}
                </th>
              ))}
              <th scope="col" className="align-end">
                {t.total}
              </th>
            </tr>
          </thead>
          <tbody>
            {line('onCampus')}
            {line('atHome')}
          </tbody>
        </table>
      </div>
    );
  }

  const roles = Object.entries(headcount.byStaffRole).sort(([a], [b]) => a.localeCompare(b));
  return (
    <div className="table-wrap headcount-wrap">
      <table className="table headcount-table" data-testid={testId}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.role}</th>
            <th scope="col" className="align-end">
              {t.onCampus}
            </th>
            <th scope="col" className="align-end">
              {t.atHome}
            </th>
          </tr>
        </thead>
        <tbody>
          {PERSON_KINDS.map((kind) => (
            <tr key={kind}>
              <th scope="row">{t[`kindPlural_${kind}`]}</th>
              <td className="align-end">{n.format(headcount.byKind[kind].onCampus)}</td>
              <td className="align-end">{n.format(headcount.byKind[kind].atHome)}</td>
            </tr>
          ))}
          {roles.map(([role, count]) => (
            <tr key={role} className="headcount-subrow">
              <th scope="row" className="mono">
                {role}
              </th>
              <td className="align-end">{n.format(count.onCampus)}</td>
              <td className="align-end">{n.format(count.atHome)}</td>
            </tr>
          ))}
          <tr className="headcount-total-row">
            <th scope="row">{t.total}</th>
            <td className="align-end headcount-total" data-testid={totalId}>
              {n.format(headcount.total.onCampus)}
            </td>
            <td className="align-end">{n.format(headcount.total.atHome)}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
