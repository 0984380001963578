import { format, parseISO } from 'date-fns';
import { useQuery } from '../../api/useQuery.js';
import { canteenText } from '../../i18n/canteen.js';
import { useDates, useText } from '../../i18n/lang.js';
import { useNumbers } from '../../i18n/numbers.js';
import { Link } from '../../router.js';
import { Card } from '../../ui/Card.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { Loading } from '../../ui/Progress.js';

/** Dashboard: the plan in force, a draft waiting to be published, and the next meals. */
export function CanteenCard() {
  const t = useText(canteenText);
  const dates = useDates();
  const numbers = useNumbers();
  const overview = useQuery('canteen.overview', {});
  const data = overview.data;
  const today = format(new Date(), 'yyyy-MM-dd');
  const day = (d: string) => (d === today ? t.cardToday : d > today ? t.cardTomorrow : dates.date(parseISO(d)));
  const range = (from: string, to: string) => [from, to].map((d) => dates.date(parseISO(d)));
  return (
    <Card title={t.cardTitle} actions={<Link to="/canteen">{t.cardOpen}</Link>}>
      <ErrorBanner error={overview.error} onRetry={overview.reload} />
      {data ? (
        <div className="cp-card">
          <p data-testid="canteen-card-current">{data.current ? t.cardCurrent(data.current.version, ...(range(data.current.from, data.current.to) as [string, string])) : t.cardNoPlan}</p>
          {data.draft ? <p className={data.draft.conflicts > 0 ? 'cp-text-danger' : undefined}>{t.cardDraft(data.draft.version, data.draft.conflicts)}</p> : null}
          {data.nextMeals.length > 0 ? (
            <>
              <h3 className="cp-subtitle">{t.cardNext}</h3>
              <ul className="cp-card-list" data-testid="canteen-card-next">
                {data.nextMeals.map((m) => (
                  <li key={`${m.date}/${m.meal}`}>
                    <strong>{t.cardMeal(day(m.date), t[`meal_${m.meal}`], `${m.start}–${m.end}`)}</strong>
                    <span className="muted">{t.cardMealLoad(numbers.format(m.units), numbers.format(m.people), numbers.format(m.sittings))}</span>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : overview.loading ? (
        <Loading />
      ) : null}
    </Card>
  );
}
