import type { FuelStatus } from '../../../../shared/heating/fuelStatus.js';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { useQuery } from '../../api/useQuery.js';
import { heatingText } from '../../i18n/heating.js';
import { useDates, useText } from '../../i18n/lang.js';
import { Card } from '../../ui/Card.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { Notice } from '../../ui/Notice.js';
import { Loading } from '../../ui/Progress.js';
import { asNumber, ChartFrame, COLORS, useChartTime } from './chartKit.js';
import { useHeatingFormat } from './format.js';

type Applicable = Extract<FuelStatus, { applicable: true }>;

/** The stock, the rate and how it was found (with how far to trust it), days of cover and the run-out date. */
export function FuelCard() {
  const t = useText(heatingText);
  const fuel = useQuery('heating.fuel', {});
  return (
    <Card title={t.fuelTitle} data-testid="heating-fuel">
      <ErrorBanner error={fuel.error} onRetry={fuel.reload} />
      {fuel.data ? (
        fuel.data.applicable ? (
          <FuelDetails fuel={fuel.data} />
        ) : (
          <p>{t.fuelDistrict}</p>
        )
      ) : fuel.loading ? (
        <Loading />
      ) : null}
    </Card>
  );
}

function RateText({ fuel }: { fuel: Applicable }) {
  const t = useText(heatingText);
  const f = useHeatingFormat();
  const unit = fuel.item?.unit ?? '';
  const { rate } = fuel;
  if (rate.source === 'none') return <>{rate.reason === 'noFuelUse' ? t.rateNoUse : t.rateNone}</>;
  const perDd = `${f.qty(rate.perDegreeDay, unit)}`;
  if (rate.source === 'fallback') {
    return (
      <>
        <strong>{perDd}</strong>
        <div className="heat-sub">{t.rateFallback}</div>
        <div className="heat-sub">{rate.reason === 'noFuelUse' ? t.rateNoUse : t.rateFallbackDays(f.n(rate.heatingDays), f.n(fuel.fitMinDays))}</div>
      </>
    );
  }
  const quality = fuel.quality ? t[`quality_${fuel.quality}`] : '';
  const miss = f.qty(rate.rmse, unit);
  return (
    <>
      <strong>{perDd}</strong>
      <div className="heat-sub">{t.rateFitted(f.n(rate.days))}</div>
      <div className="heat-sub" data-testid="fuel-quality">
        {rate.rSquared === null ? t.rateQualityNoR2(quality, miss) : t.rateQuality(quality, miss, rate.rSquared.toFixed(2))}
      </div>
    </>
  );
}

function FuelDetails({ fuel }: { fuel: Applicable }) {
  const t = useText(heatingText);
  const f = useHeatingFormat();
  const dates = useDates();
  const unit = fuel.item?.unit ?? '';
  const cover = fuel.cover;
  const short = cover?.daysOfCover != null && fuel.item !== null && cover.daysOfCover < fuel.item.minCoverDays;
  return (
    <>
      {fuel.problem ? <Notice tone="warning">{t[`problem_${fuel.problem}`]}</Notice> : null}
      {!fuel.problem && fuel.noCoverReason ? <Notice tone="warning">{t[`noCover_${fuel.noCoverReason as 'noRate' | 'noDegreeDays'}`]}</Notice> : null}
      <div className="heat-figures">
        <div className="heat-figure">
          <div className="heat-label">{t[`fuelKind_${fuel.kind}`]}</div>
          <div className="heat-sub">{fuel.item?.name ?? '—'}</div>
        </div>
        <div className="heat-figure" data-testid="fuel-stock">
          <div className="heat-label">{t.fuelAvailable}</div>
          <div className="heat-big heat-big-small">{fuel.stock ? f.qty(fuel.stock.available, unit) : '—'}</div>
          {fuel.stock && fuel.stock.quarantined > 0 ? <div className="heat-sub">{t.fuelQuarantined(f.qty(fuel.stock.quarantined, unit))}</div> : null}
        </div>
        <div className="heat-figure" data-testid="fuel-rate">
          <div className="heat-label">{t.fuelRate}</div>
          <RateText fuel={fuel} />
        </div>
        <div className={short ? 'heat-figure heat-figure-gap' : 'heat-figure'} data-testid="fuel-cover">
          <div className="heat-label">{t.daysOfCover}</div>
          <div className="heat-big heat-big-small">{cover ? (cover.daysOfCover === null ? t.neverRunsOut : f.days(cover.daysOfCover)) : '—'}</div>
          {cover?.runOutDate ? (
            <div className="heat-sub" data-testid="fuel-run-out">
              {t.runsOutOn(dates.date(`${cover.runOutDate}T12:00:00`))}
            </div>
          ) : null}
          {short && fuel.item ? <div className="heat-sub heat-text-danger">{t.underMinimum(f.days(fuel.item.minCoverDays))}</div> : null}
          {fuel.averageHdd !== null ? <div className="heat-sub">{t.averageHdd(f.decimal(fuel.averageHdd))}</div> : null}
        </div>
      </div>
      <FuelChart fuel={fuel} />
    </>
  );
}

/** Daily use so far, the forecast use, and the stock left day by day with the run-out date marked. */
function FuelChart({ fuel }: { fuel: Applicable }) {
  const t = useText(heatingText);
  const f = useHeatingFormat();
  const time = useChartTime();
  const unit = fuel.item?.unit ?? '';
  const projection = fuel.cover?.projection ?? [];
  const data = [
    ...fuel.history.map((d) => ({ date: d.date, used: d.used, forecastUse: null, remaining: null })),
    ...projection.map((d) => ({ date: d.date, used: null, forecastUse: d.use, remaining: d.remaining })),
  ];
  const runOut = fuel.cover?.runOutDate ?? null;
  const dayLabel = (date: string) => time.day(`${date}T12:00:00`);
  return (
    <>
      <h3 className="heat-subtitle">{t.fuelChartTitle}</h3>
      <p className="muted">{t.fuelChartIntro}</p>
      <ChartFrame label={t.fuelChartTitle} height={300} empty={data.every((d) => d.used === null && d.forecastUse === null)}>
        <ComposedChart data={data} margin={{ top: 24, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid stroke={COLORS.grid} vertical={false} />
          <XAxis dataKey="date" tickFormatter={dayLabel} minTickGap={24} />
          <YAxis yAxisId="use" tickFormatter={(v: number) => f.n(v)} width={64} />
          <YAxis yAxisId="stock" orientation="right" tickFormatter={(v: number) => f.n(v)} width={80} />
          <Tooltip labelFormatter={(v) => dayLabel(String(v))} formatter={(v) => (asNumber(v) === null ? '—' : f.qty(asNumber(v)!, unit))} />
          <Legend />
          <Bar yAxisId="use" dataKey="used" name={t.seriesUsed} fill={COLORS.used} isAnimationActive={false} />
          <Bar yAxisId="use" dataKey="forecastUse" name={t.seriesForecastUse} fill={COLORS.forecast} isAnimationActive={false} />
          <Line yAxisId="stock" type="linear" dataKey="remaining" name={t.seriesStock} stroke={COLORS.stock} strokeWidth={2} dot={false} isAnimationActive={false} />
          <ReferenceLine yAxisId="use" x={fuel.from} stroke={COLORS.used} strokeDasharray="3 3" label={{ value: t.fromLine, position: 'insideTopLeft', fontSize: 12 }} />
          {runOut && projection.some((d) => d.date === runOut) ? (
            <ReferenceLine yAxisId="use" x={runOut} stroke={COLORS.gap} strokeWidth={2} label={{ value: t.runOutLine(dayLabel(runOut)), position: 'insideTopRight', fontSize: 12, fill: COLORS.gap }} />
          ) : null}
        </ComposedChart>
      </ChartFrame>
    </>
  );
}
