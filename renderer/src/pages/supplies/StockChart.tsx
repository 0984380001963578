import type { ItemForecast } from '../../../../shared/supplies/views.js';
import { shiftDate } from '../../../../shared/supplies/days.js';
import { format, parseISO } from 'date-fns';
import { useMemo } from 'react';
import { CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useDates, useLang, useText } from '../../i18n/lang.js';
import { suppliesText } from '../../i18n/supplies.js';
import { useSupplyFormat } from './format.js';

interface Point {
  date: string;
  history?: number;
  projected?: number;
}

const COLORS = { history: '#2563eb', projected: '#0d9488', today: '#64748b', runOut: '#dc2626', minimum: '#d97706' };

/**
 * History is the balance on the books at the end of each day; the projection is the available stock at the start of
 * each day from today, so both meet at today when nothing is quarantined or expired, and the projection reaches the
 * run-out day still above zero (that day's use is what it cannot meet).
 */
function points(forecast: ItemForecast): Point[] {
  const byDate = new Map<string, Point>();
  const at = (date: string) => byDate.get(date) ?? byDate.set(date, { date }).get(date)!;
  for (const day of forecast.history) at(day.date).history = day.balance;
  const { start, days } = forecast.projection;
  days.forEach((day, i) => {
    at(day.date).projected = i === 0 ? start : days[i - 1]!.stock;
  });
  const last = days.at(-1);
  if (last) at(shiftDate(last.date, 1)).projected = last.stock;
  return [...byDate.values()];
}

export interface StockChartProps {
  forecast: ItemForecast;
  /** Received but not yet disinfected: on the books, so in the history, but not in the projection. */
  quarantined: number;
}

export function StockChart({ forecast, quarantined }: StockChartProps) {
  const t = useText(suppliesText);
  const { lang } = useLang();
  const dates = useDates();
  const f = useSupplyFormat();
  const data = useMemo(() => points(forecast), [forecast]);
  const { item, projection, today, minimumStock, dailyUse } = forecast;
  const tick = (d: string) => format(parseISO(d), lang === 'zh' ? 'M月d日' : 'd MMM', { locale: dates.locale });
  const outcome =
    dailyUse === 0
      ? t.neverRunsOut
      : projection.runOutDate
        ? t.runsOutOn(dates.date(parseISO(projection.runOutDate)))
        : t.lastsBeyond(f.n(projection.days.length));
  const summary = [t.chartSummary(f.qty(projection.start, item), f.qty(dailyUse, item), outcome), quarantined > 0 ? t.chartQuarantined(f.qty(quarantined, item)) : '']
    .filter(Boolean)
    .join(' ');

  return (
    <figure className="sup-chart" data-testid="stock-chart" data-run-out={projection.runOutDate ?? ''} data-start={projection.start}>
      <div role="img" aria-label={`${t.chartTitle}: ${summary}`} style={{ width: '100%', height: 320 }}>
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={data} margin={{ top: 24, right: 24, bottom: 4, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
            <XAxis dataKey="date" tickFormatter={tick} minTickGap={28} tick={{ fontSize: 12 }} />
            <YAxis tickFormatter={(v: number) => f.n(v)} width={72} tick={{ fontSize: 12 }} />
            <Tooltip
              labelFormatter={(d) => dates.date(parseISO(String(d)))}
              formatter={(value, name) => [f.qty(Number(value), item), name === 'history' ? t.chartHistory : t.chartProjected]}
            />
            <Legend formatter={(name) => (name === 'history' ? t.chartHistory : t.chartProjected)} />
            {minimumStock > 0 ? (
              <ReferenceLine
                y={minimumStock}
                stroke={COLORS.minimum}
                strokeDasharray="6 4"
                label={{ value: t.chartMinimum(f.n(item.minCoverDays)), position: 'insideTopLeft', fill: COLORS.minimum, fontSize: 12 }}
              />
            ) : null}
            <ReferenceLine x={today} stroke={COLORS.today} label={{ value: t.chartToday, position: 'top', fill: COLORS.today, fontSize: 12 }} />
            {projection.runOutDate ? (
              <ReferenceLine
                x={projection.runOutDate}
                stroke={COLORS.runOut}
                strokeWidth={2}
                label={{ value: t.chartRunOut(tick(projection.runOutDate)), position: 'top', fill: COLORS.runOut, fontSize: 12 }}
              />
            ) : null}
            <Line type="linear" dataKey="history" name="history" stroke={COLORS.history} strokeWidth={2} dot={false} isAnimationActive={false} connectNulls={false} />
            <Line
              type="linear"
              dataKey="projected"
              name="projected"
              stroke={COLORS.projected}
              strokeWidth={2}
              strokeDasharray="6 3"
              dot={false}
              isAnimationActive={false}
              connectNulls={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="muted" data-testid="chart-summary">
        {summary}
      </figcaption>
    </figure>
  );
}
