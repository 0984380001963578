import { Area, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { useQuery } from '../../api/useQuery.js';
import { heatingText } from '../../i18n/heating.js';
import { useText } from '../../i18n/lang.js';
import { Card } from '../../ui/Card.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { Loading } from '../../ui/Progress.js';
import { asNumber, ChartFrame, COLORS, useChartTime } from './chartKit.js';
import { useHeatingFormat } from './format.js';

/** Coverage hour by hour over the last week: people warm, spaces warm, and the unknown share as its own band. */
export function CoverageChart() {
  const t = useText(heatingText);
  const f = useHeatingFormat();
  const time = useChartTime();
  const series = useQuery('heating.coverageSeries', {});
  const points = series.data?.points ?? [];
  const data = points.map((p) => ({
    t: Date.parse(p.at),
    people: p.byOccupants?.covered ?? null,
    spaces: p.byCount?.covered ?? null,
    unknown: p.byCount?.unknown ?? null,
  }));
  const first = data[0]?.t ?? 0;
  const last = data.at(-1)?.t ?? 0;
  return (
    <Card title={t.coverageChartTitle} data-testid="heating-coverage-chart">
      <p className="muted">{t.coverageChartIntro}</p>
      <ErrorBanner error={series.error} onRetry={series.reload} />
      {series.data ? (
        <ChartFrame label={t.coverageChartTitle} empty={data.every((d) => d.spaces === null)}>
          <ComposedChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
            <CartesianGrid stroke={COLORS.grid} vertical={false} />
            <XAxis dataKey="t" type="number" scale="time" domain={[first, last]} ticks={time.midnights(first, last)} tickFormatter={time.day} />
            <YAxis domain={[0, 1]} tickFormatter={(v: number) => f.pct(v)} width={56} />
            <Tooltip labelFormatter={(v) => time.dateTime(Number(v))} formatter={(v) => (asNumber(v) === null ? '—' : f.pct(asNumber(v)!))} />
            <Legend />
            <Area type="stepAfter" dataKey="unknown" name={t.seriesUnknown} stroke={COLORS.unknown} fill={COLORS.unknown} fillOpacity={0.25} isAnimationActive={false} />
            <Line type="stepAfter" dataKey="people" name={t.seriesPeopleWarm} stroke={COLORS.warm} strokeWidth={2} dot={false} isAnimationActive={false} />
            <Line type="stepAfter" dataKey="spaces" name={t.seriesSpacesWarm} stroke={COLORS.spaces} strokeWidth={1.5} dot={false} isAnimationActive={false} />
          </ComposedChart>
        </ChartFrame>
      ) : series.loading ? (
        <Loading />
      ) : null}
    </Card>
  );
}
