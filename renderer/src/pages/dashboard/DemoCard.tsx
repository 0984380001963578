import { api, type Output } from '../../api/client.js';
import { useAction } from '../../api/useAction.js';
import { dashboardText } from '../../i18n/dashboard.js';
import { useText } from '../../i18n/lang.js';
import { useSession } from '../../session.js';
import { Button } from '../../ui/Button.js';
import { Card } from '../../ui/Card.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { ProgressBar } from '../../ui/Progress.js';

export interface DemoCardProps {
  /** Called with the counts once the demo is stored, before the status is fetched again. */
  onLoaded: (counts: Output<'demo.load'>) => void;
}

/** Offered while the campus is empty: one button that fills it with the demo campus. */
export function DemoCard({ onLoaded }: DemoCardProps) {
  const t = useText(dashboardText);
  const { user, refresh } = useSession();
  const action = useAction();
  const isAdmin = user.role === 'administrator';

  const load = () =>
    action.run(async () => {
      onLoaded(await api.call('demo.load', {}));
      await refresh();
    });

  return (
    <Card title={t.demoTitle} tone="accent" data-testid="demo-card">
      <p className="lead">{isAdmin ? t.demoBody : t.demoBodyNotAdmin}</p>
      <ErrorBanner error={action.error} />
      {isAdmin ? (
        <div className="demo-actions">
          <Button variant="primary" icon="campus" busy={action.busy} onClick={load} data-testid="load-demo">
            {t.loadDemo}
          </Button>
          {action.busy ? <ProgressBar label={t.loadingDemo} data-testid="demo-progress" /> : null}
        </div>
      ) : null}
    </Card>
  );
}
