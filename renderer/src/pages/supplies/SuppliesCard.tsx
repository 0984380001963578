import { parseISO } from 'date-fns';
import { useQuery } from '../../api/useQuery.js';
import { useDates, useText } from '../../i18n/lang.js';
import { suppliesText } from '../../i18n/supplies.js';
import { Link } from '../../router.js';
import { Card } from '../../ui/Card.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { Loading } from '../../ui/Progress.js';
import { useSupplyFormat } from './format.js';
import './supplies.css';

const SHOWN = 5;

/** Dashboard: items under their minimum days of cover, and lots that expire within 30 days (or have expired). */
export function SuppliesCard() {
  const t = useText(suppliesText);
  const dates = useDates();
  const f = useSupplyFormat();
  const overview = useQuery('supplies.overview', {});
  const rows = overview.data?.rows ?? [];
  const under = rows.filter((r) => r.underMinimum);
  const expiring = rows
    .flatMap((r) => r.lotAlerts.map((alert) => ({ alert, item: r.item })))
    .sort((a, b) => a.alert.daysLeft - b.alert.daysLeft);

  return (
    <Card title={t.cardTitle} actions={<Link to="/supplies">{t.cardOpen}</Link>}>
      <ErrorBanner error={overview.error} onRetry={overview.reload} />
      {overview.data ? (
        <>
          <h3 className="sup-subtitle">{t.cardUnder}</h3>
          {under.length === 0 ? (
            <p className="muted">{t.cardAllCovered}</p>
          ) : (
            <ul className="sup-list" data-testid="supplies-under">
              {under.slice(0, SHOWN).map((r) => (
                <li key={r.item.id}>
                  <Link to={`/supplies/${encodeURIComponent(r.item.id)}`}>{r.item.name}</Link>{' '}
                  <strong className="sup-text-danger">{f.days(r.daysOfCover)}</strong>
                </li>
              ))}
              {under.length > SHOWN ? <li className="muted">{t.cardMore(under.length - SHOWN)}</li> : null}
            </ul>
          )}
          <h3 className="sup-subtitle">{t.cardExpiring}</h3>
          {expiring.length === 0 ? (
            <p className="muted">{t.cardNoneExpiring}</p>
          ) : (
            <ul className="sup-list" data-testid="supplies-expiring">
              {expiring.slice(0, SHOWN).map(({ alert, item }) => (
                <li key={alert.lotId}>
                  <Link to={`/supplies/${encodeURIComponent(item.id)}`}>{t.cardLotExpires(item.name, dates.date(parseISO(alert.expiresOn)))}</Link>{' '}
                  <span className={alert.kind === 'expired' ? 'sup-text-danger' : 'sup-text-warning'}>
                    {alert.kind === 'expired' ? t.expiredAgo(-alert.daysLeft) : t.daysLeft(alert.daysLeft)}
                  </span>
                </li>
              ))}
              {expiring.length > SHOWN ? <li className="muted">{t.cardMore(expiring.length - SHOWN)}</li> : null}
            </ul>
          )}
        </>
      ) : overview.loading ? (
        <Loading />
      ) : null}
    </Card>
  );
}
