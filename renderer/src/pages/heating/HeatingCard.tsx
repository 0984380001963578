import { useQuery } from '../../api/useQuery.js';
import { heatingText } from '../../i18n/heating.js';
import { useDates, useText } from '../../i18n/lang.js';
import { Link } from '../../router.js';
import { Card } from '../../ui/Card.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { Loading } from '../../ui/Progress.js';
import { useHeatingFormat } from './format.js';
import './heating.css';

/** Gaps named on the card; the heating page lists them all. */
const CARD_GAPS_NAMED = 3;

/** The dashboard's answer to "is everyone warm, and for how long does our fuel last?". */
export function HeatingCard() {
  const t = useText(heatingText);
  const dates = useDates();
  const f = useHeatingFormat();
  const coverage = useQuery('heating.coverage', { coldest: CARD_GAPS_NAMED });
  const fuel = useQuery('heating.fuel', {});
  const c = coverage.data;
  const fl = fuel.data;
  const gaps = c?.coldest.filter((s) => s.status === 'gap') ?? [];
  const days = fl?.applicable ? fl.cover?.daysOfCover : null;
  const fuelShort = fl?.applicable && fl.item !== null && days != null && days < fl.item.minCoverDays;

  return (
    <Card title={t.cardTitle} actions={<Link to="/heating">{t.cardOpen}</Link>}>
      <ErrorBanner error={coverage.error ?? fuel.error} onRetry={() => (coverage.reload(), fuel.reload())} />
      {c ? (
        <div className="heat-card" data-testid="heating-card">
          {c.byOccupants ? (
            <p className="heat-card-main" data-testid="heating-card-warm">
              {t.cardWarm(f.pct(c.byOccupants.covered))}
            </p>
          ) : (
            <p>{t.noOccupied}</p>
          )}
          <ul className="heat-card-list">
            <li className={c.gap.spaces > 0 ? 'heat-text-danger' : undefined}>
              {t.cardGaps(f.n(c.gap.spaces))}
              {gaps.length > 0 ? `: ${gaps.map((s) => s.name).join(t.listSep)}` : ''}
              {c.gap.spaces > gaps.length ? ` ${t.moreSpaces(f.n(c.gap.spaces - gaps.length))}` : ''}
            </li>
            <li className={c.unknown.spaces > 0 ? 'heat-text-warning' : undefined}>{c.unknown.spaces > 0 ? t.cardUnknown(f.n(c.unknown.spaces)) : t.cardAllRead}</li>
            {fl ? (
              <li data-testid="heating-card-fuel" className={fuelShort ? 'heat-text-danger' : undefined}>
                {!fl.applicable
                  ? t.fuelDistrict
                  : !fl.cover
                    ? t.cardFuelUnknown(t[`fuelKind_${fl.kind}`])
                    : fl.cover.daysOfCover === null || fl.cover.runOutDate === null
                      ? t.cardFuelForever(t[`fuelKind_${fl.kind}`])
                      : t.cardFuel(t[`fuelKind_${fl.kind}`], f.days(fl.cover.daysOfCover), dates.date(`${fl.cover.runOutDate}T12:00:00`))}
              </li>
            ) : null}
          </ul>
        </div>
      ) : coverage.loading ? (
        <Loading />
      ) : null}
    </Card>
  );
}
