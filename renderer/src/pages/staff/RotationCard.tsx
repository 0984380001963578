import { useQuery } from '../../api/useQuery.js';
import { useText } from '../../i18n/lang.js';
import { rotationText } from '../../i18n/rotation.js';
import { Link } from '../../router.js';
import { Card } from '../../ui/Card.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { Loading } from '../../ui/Progress.js';
import { useRotationAccess } from './access.js';
import { useRotationFormat } from './format.js';
import './staff.css';

/** The dashboard's answer to "what waits for the principal, and who is overdue for a test?". */
export function RotationCard() {
  const t = useText(rotationText);
  const f = useRotationFormat();
  const { canDecide } = useRotationAccess();
  const summary = useQuery('rotation.summary', {});
  const s = summary.data;
  return (
    <Card title={t.cardTitle} actions={<Link to="/staff">{t.cardOpen}</Link>}>
      <ErrorBanner error={summary.error} onRetry={summary.reload} />
      {s ? (
        <div className="rot-card" data-testid="rotation-card">
          <p className="rot-card-main" data-testid="rotation-card-pending">
            {t.cardPending(f.n(s.pendingApprovals))}
          </p>
          <ul className="rot-card-list">
            {s.blockedRequests > 0 ? <li className="rot-text-warning">{t.cardBlocked(f.n(s.blockedRequests))}</li> : null}
            <li>{t.cardPlanned(f.n(s.planned), f.n(s.underWay))}</li>
            <li className={s.natOverdue > 0 ? 'rot-text-danger' : undefined} data-testid="rotation-card-nat">
              {s.natOverdue > 0 ? t.cardNatOverdue(f.n(s.natOverdue), f.n(s.natOverdueUnits)) : t.cardNatNone}
            </li>
            <li className={s.firstBreach ? 'rot-text-danger' : undefined}>
              {s.firstBreach ? t.cardBreach(s.firstBreach.roleName, f.at(s.firstBreach.at)) : t.cardNoBreach}
            </li>
          </ul>
          {canDecide && s.pendingApprovals > 0 ? (
            <Link to="/staff/inbox" className="btn btn-primary btn-small" data-testid="rotation-card-inbox">
              {t.cardInbox}
            </Link>
          ) : null}
        </div>
      ) : summary.loading ? (
        <Loading />
      ) : null}
    </Card>
  );
}
