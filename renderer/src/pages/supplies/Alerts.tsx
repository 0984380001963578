import type { OverviewRow } from '../../../../shared/supplies/views.js';
import { useText } from '../../i18n/lang.js';
import { suppliesText } from '../../i18n/supplies.js';
import { Badge } from '../../ui/Notice.js';

/** The badges a row of the overview earns: under minimum, expired and expiring lots. */
export function Alerts({ row }: { row: OverviewRow }) {
  const t = useText(suppliesText);
  const expired = row.lotAlerts.filter((a) => a.kind === 'expired').length;
  const expiring = row.lotAlerts.length - expired;
  return (
    <span className="sup-badges">
      {row.underMinimum ? <Badge tone="danger">{t.underMinimum}</Badge> : null}
      {expired > 0 ? <Badge tone="danger">{t.lotsExpired(expired)}</Badge> : null}
      {expiring > 0 ? <Badge tone="warning">{t.lotsExpiring(expiring)}</Badge> : null}
    </span>
  );
}
