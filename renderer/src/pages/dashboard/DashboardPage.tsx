import type { Output } from '../../api/client.js';
import { useEffect, useState } from 'react';
import { dashboardText } from '../../i18n/dashboard.js';
import { useDates, useText } from '../../i18n/lang.js';
import { useNumbers } from '../../i18n/numbers.js';
import { shellText } from '../../i18n/shell.js';
import { allows, useSession } from '../../session.js';
import { PageHeader } from '../../ui/Card.js';
import { Notice } from '../../ui/Notice.js';
import { dashboardCards } from './cards.js';
import { DemoCard } from './DemoCard.js';

/** Today, kept current across midnight for a dashboard left open. */
function useToday(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

export function DashboardPage() {
  const t = useText(dashboardText);
  const shell = useText(shellText);
  const dates = useDates();
  const numbers = useNumbers();
  const today = useToday();
  const { status, user } = useSession();
  const [loaded, setLoaded] = useState<Output<'demo.load'> | null>(null);
  const cards = dashboardCards.filter((c) => allows(user, c.roles));

  return (
    <div data-testid="page-dashboard">
      <PageHeader title={status.campusName || shell.untitledCampus} subtitle={t.today(dates.weekday(today), dates.date(today))} />
      {loaded ? (
        <Notice tone="success" onDismiss={() => setLoaded(null)} data-testid="demo-loaded">
          {t.demoLoaded(numbers.format(loaded.people), numbers.format(loaded.units))}
        </Notice>
      ) : null}
      {status.campusEmpty ? <DemoCard onLoaded={setLoaded} /> : null}
      {/* Loading the demo changes what every card shows: they mount afresh and fetch again. */}
      <div className="dashboard-grid" key={String(status.campusEmpty)}>
        {cards.map(({ id, component: CardComponent, span = 1 }) => (
          <div key={id} className={`grid-cell span-${span}`} data-testid={`card-${id}`}>
            <CardComponent />
          </div>
        ))}
      </div>
    </div>
  );
}
