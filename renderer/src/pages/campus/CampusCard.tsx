import { useQuery } from '../../api/useQuery.js';
import { campusText } from '../../i18n/campus.js';
import { useDates, useText } from '../../i18n/lang.js';
import { useNumbers } from '../../i18n/numbers.js';
import { Link } from '../../router.js';
import { Card } from '../../ui/Card.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { Loading } from '../../ui/Progress.js';
import { UnitStatusBadge } from '../../ui/UnitStatusBadge.js';
import './campus.css';

const LISTED = 5;

/** Dashboard: people on campus, and the units under isolation or observation. */
export function CampusCard() {
  const t = useText(campusText);
  const n = useNumbers();
  const dates = useDates();
  const summary = useQuery('campus.summary', {});
  const s = summary.data;

  return (
    <Card title={t.cardTitle} actions={<Link to="/campus">{t.cardOpen}</Link>} data-testid="campus-card">
      <ErrorBanner error={summary.error} onRetry={summary.reload} />
      {s ? (
        <>
          <div className="campus-card-figures">
            <div className="campus-figure campus-figure-main">
              <div className="campus-figure-value" data-testid="card-on-campus">
                {n.format(s.headcount.total.onCampus)}
              </div>
              <div className="campus-figure-label">{t.cardOnCampus}</div>
              <div className="campus-figure-label">· {t.cardAtHome(n.format(s.headcount.total.atHome))}</div>
            </div>
            <div className={`campus-figure${s.unitsByStatus.isolated > 0 ? ' campus-figure-danger' : ''}`}>
              <div className="campus-figure-value" data-testid="card-isolated">
                {n.format(s.unitsByStatus.isolated)}
              </div>
              <div className="campus-figure-label">{t.cardIsolated}</div>
            </div>
            <div className={`campus-figure${s.unitsByStatus.observation > 0 ? ' campus-figure-warning' : ''}`}>
              <div className="campus-figure-value" data-testid="card-observation">
                {n.format(s.unitsByStatus.observation)}
              </div>
              <div className="campus-figure-label">{t.cardObservation}</div>
            </div>
          </div>
          {s.flagged.length === 0 ? (
            <p className="muted">{t.cardAllNormal}</p>
          ) : (
            <ul className="campus-flagged">
              {s.flagged.slice(0, LISTED).map((u) => (
                <li key={u.id}>
                  <Link to={`/campus/units/${encodeURIComponent(u.id)}`}>{u.name}</Link> <UnitStatusBadge status={u.status} />
                  <span className="muted small">
                    {' '}
                    {u.regionName}
                    {u.since ? ` · ${dates.dateTime(u.since)}` : ''}
                  </span>
                </li>
              ))}
              {s.flagged.length > LISTED ? <li className="muted small">{t.cardMore(n.format(s.flagged.length - LISTED))}</li> : null}
            </ul>
          )}
        </>
      ) : summary.loading ? (
        <Loading />
      ) : null}
    </Card>
  );
}
