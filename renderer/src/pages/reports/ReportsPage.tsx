import { useText } from '../../i18n/lang.js';
import { reportsText } from '../../i18n/reports.js';
import { PageHeader } from '../../ui/Card.js';
import { AuditLog } from './AuditLog.js';

export function ReportsPage() {
  const t = useText(reportsText);
  return (
    <div data-testid="page-reports">
      <PageHeader title={t.title} subtitle={t.subtitle} />
      <div className="stack">
        <AuditLog />
      </div>
    </div>
  );
}
