import { dashboardText } from '../../i18n/dashboard.js';
import { useText } from '../../i18n/lang.js';
import { roleText } from '../../i18n/roles.js';
import { useSession } from '../../session.js';
import { Card } from '../../ui/Card.js';

/** Where this campus's data lives and which Cordon runs it: what support asks first. */
export function SystemCard() {
  const t = useText(dashboardText);
  const roles = useText(roleText);
  const { status, user } = useSession();
  return (
    <Card title={t.systemTitle}>
      <dl className="facts">
        <dt>{t.dataFolder}</dt>
        <dd className="mono">{status.dataDir}</dd>
        <dt>{t.version}</dt>
        <dd>{status.version}</dd>
        <dt>{t.signedInRole}</dt>
        <dd>{roles[user.role]}</dd>
      </dl>
    </Card>
  );
}
