import { useQuery } from '../../api/useQuery.js';
import { heatingText } from '../../i18n/heating.js';
import { useText } from '../../i18n/lang.js';
import { Card } from '../../ui/Card.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { Loading } from '../../ui/Progress.js';
import { CoverageChart } from './CoverageChart.js';
import { CoverageSummary } from './CoverageSummary.js';
import { useHeatingFormat } from './format.js';
import { FuelCard } from './FuelCard.js';
import { SpacesTable } from './SpacesTable.js';
import { TemperatureChart } from './TemperatureChart.js';

/** A walking list, not an inventory: the rest follow once these are read. */
const UNKNOWN_SHOWN = 20;

export function Overview() {
  const t = useText(heatingText);
  const f = useHeatingFormat();
  const coverage = useQuery('heating.coverage', { coldest: 10 });
  const data = coverage.data;
  return (
    <div className="stack">
      <ErrorBanner error={coverage.error} onRetry={coverage.reload} />
      {data ? (
        <>
          <CoverageSummary coverage={data} />
          <Card title={t.coldestTitle} data-testid="heating-coldest">
            <p className="muted">{t.coldestIntro}</p>
            <SpacesTable spaces={data.coldest} caption={t.coldestTitle} empty={t.coldestEmpty} testId="coldest-table" />
          </Card>
          {data.unknownSpaces.length > 0 ? (
            <Card title={t.unknownListTitle} data-testid="heating-unknown">
              <p className="muted">{t.unknownListIntro}</p>
              <SpacesTable spaces={data.unknownSpaces.slice(0, UNKNOWN_SHOWN)} caption={t.unknownListTitle} empty="" testId="unknown-table" />
              {data.unknownSpaces.length > UNKNOWN_SHOWN ? <p className="muted">{t.moreSpaces(f.n(data.unknownSpaces.length - UNKNOWN_SHOWN))}</p> : null}
            </Card>
          ) : null}
        </>
      ) : coverage.loading ? (
        <Loading />
      ) : null}
      <CoverageChart />
      <TemperatureChart />
      <FuelCard />
    </div>
  );
}
