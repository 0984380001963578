import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { useQuery } from '../../api/useQuery.js';
import { heatingText } from '../../i18n/heating.js';
import { useText } from '../../i18n/lang.js';
import { Card } from '../../ui/Card.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { Loading } from '../../ui/Progress.js';
import { asNumber, BUILDING_COLORS, ChartFrame, COLORS, useChartTime } from './chartKit.js';
import { useHeatingFormat } from './format.js';

/** Mean indoor temperature per building, hourly over the last week, against the rule's minimum. */
export function TemperatureChart() {
  const t = useText(heatingText);
  const f = useHeatingFormat();
  const time = useChartTime();
  const result = useQuery('heating.buildingTemperatures', {});
  const buildings = result.data?.buildings ?? [];
  const instants = buildings[0]?.points.map((p) => Date.parse(p.at)) ?? [];
  const data = instants.map((at, i) => {
    const row: Record<string, number | null> = { t: at };
    buildings.forEach((b, k) => {
      row[`b${k}`] = b.points[i]?.meanCelsius ?? null;
    });
    return row;
  });
  const first = instants[0] ?? 0;
  const last = instants.at(-1) ?? 0;
  const minimums = result.data ? [...new Set([result.data.classroomMinCelsius, result.data.dormitoryMinCelsius])] : [];
  const means = buildings.flatMap((b) => b.points.map((p) => p.meanCelsius).filter((c): c is number => c !== null));
  const empty = means.length === 0;
  // Whole degrees around the data and the minimums, so the reference lines always show.
  const domain = empty ? [0, 1] : [Math.floor(Math.min(...means, ...minimums) - 0.5), Math.ceil(Math.max(...means, ...minimums) + 0.5)];
  return (
    <Card title={t.temperatureChartTitle} data-testid="heating-temperature-chart">
      <p className="muted">{t.temperatureChartIntro}</p>
      <ErrorBanner error={result.error} onRetry={result.reload} />
      {result.data ? (
        <ChartFrame label={t.temperatureChartTitle} height={320} empty={empty}>
          <LineChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
            <CartesianGrid stroke={COLORS.grid} vertical={false} />
            <XAxis dataKey="t" type="number" scale="time" domain={[first, last]} ticks={time.midnights(first, last)} tickFormatter={time.day} />
            <YAxis domain={domain} tickFormatter={(v: number) => f.decimal(v)} unit=" °C" width={72} allowDecimals={false} tickCount={domain[1]! - domain[0]! + 1} />
            <Tooltip labelFormatter={(v) => time.dateTime(Number(v))} formatter={(v) => (asNumber(v) === null ? '—' : f.celsius(asNumber(v)!))} />
            <Legend />
            {minimums.map((m) => (
              <ReferenceLine key={m} y={m} stroke={COLORS.minimum} strokeDasharray="6 4" label={{ value: t.minimumLine(f.celsius(m)), position: 'insideBottomLeft', fontSize: 12 }} />
            ))}
            {buildings.map((b, k) => (
              <Line
                key={b.buildingId ?? 'none'}
                type="monotone"
                dataKey={`b${k}`}
                name={b.name ?? t.noBuilding}
                stroke={BUILDING_COLORS[k % BUILDING_COLORS.length]}
                strokeWidth={1.5}
                dot={false}
                connectNulls={false}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ChartFrame>
      ) : result.loading ? (
        <Loading />
      ) : null}
    </Card>
  );
}
