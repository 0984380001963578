import { format } from 'date-fns';
import { Bar, CartesianGrid, Cell, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { useState } from 'react';
import { api } from '../../api/client.js';
import type { Output } from '../../api/client.js';
import { useQuery, type Query } from '../../api/useQuery.js';
import { heatingText } from '../../i18n/heating.js';
import { useText } from '../../i18n/lang.js';
import { Card } from '../../ui/Card.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { Field, Input } from '../../ui/Field.js';
import { Form, SubmitButton } from '../../ui/Form.js';
import { Notice } from '../../ui/Notice.js';
import { Loading } from '../../ui/Progress.js';
import { useReadNumber } from '../../ui/useReadNumber.js';
import { useHeatingAccess } from './access.js';
import { asNumber, ChartFrame, COLORS, useChartTime } from './chartKit.js';
import { useHeatingFormat } from './format.js';

export function OutdoorPanel() {
  const { canRecord } = useHeatingAccess();
  const degreeDays = useQuery('heating.degreeDays', {});
  return (
    <div className="stack">
      {canRecord ? <OutdoorForm onSaved={degreeDays.reload} /> : null}
      <DegreeDaysChart query={degreeDays} />
    </div>
  );
}

function OutdoorForm({ onSaved }: { onSaved: () => void }) {
  const t = useText(heatingText);
  const f = useHeatingFormat();
  const readNumber = useReadNumber();
  const [date, setDate] = useState(() => format(new Date(), 'yyyy-MM-dd'));
  const [mean, setMean] = useState('');
  const [saved, setSaved] = useState<string | null>(null);

  const submit = async () => {
    setSaved(null);
    const r = await api.call('heating.outdoor.enter', { date, meanCelsius: readNumber(mean, 'meanCelsius') });
    setSaved(r.replaced === null ? t.outdoorSaved(r.date, f.celsius(r.meanCelsius)) : t.outdoorReplaced(r.date, f.celsius(r.meanCelsius), f.celsius(r.replaced)));
    setMean('');
    onSaved();
  };

  return (
    <Card title={t.outdoorTitle} data-testid="heating-outdoor">
      <p className="muted">{t.outdoorIntro}</p>
      <Form onSubmit={submit} aria-label={t.outdoorTitle}>
        <div className="form-grid">
          <Field label={t.date} name="date">
            <Input type="date" value={date} onChange={(e) => setDate(e.target.value)} data-testid="outdoor-date" />
          </Field>
          <Field label={t.mean} name="meanCelsius">
            <Input type="text" inputMode="decimal" value={mean} onChange={(e) => setMean(e.target.value)} data-testid="outdoor-mean" />
          </Field>
        </div>
        <div className="form-actions">
          {saved ? (
            <Notice tone="success" data-testid="outdoor-saved">
              {saved}
            </Notice>
          ) : null}
          <SubmitButton data-testid="outdoor-save">{t.saveOutdoor}</SubmitButton>
        </div>
      </Form>
    </Card>
  );
}

/** Degree-days per day, the forecast part paler, with the outdoor mean they come from. */
function DegreeDaysChart({ query }: { query: Query<Output<'heating.degreeDays'>> }) {
  const t = useText(heatingText);
  const f = useHeatingFormat();
  const time = useChartTime();
  const data = (query.data?.days ?? []).map((d) => ({ ...d, forecast: d.date >= (query.data?.today ?? '') }));
  const dayLabel = (date: string) => time.day(`${date}T12:00:00`);
  return (
    <Card title={t.degreeDaysTitle} data-testid="heating-degree-days">
      {query.data ? <p className="muted">{t.degreeDaysIntro(f.celsius(query.data.baseCelsius))}</p> : null}
      <ErrorBanner error={query.error} onRetry={query.reload} />
      {query.data ? (
        <ChartFrame label={t.degreeDaysTitle} empty={data.length === 0}>
          <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid stroke={COLORS.grid} vertical={false} />
            <XAxis dataKey="date" tickFormatter={dayLabel} minTickGap={24} />
            <YAxis yAxisId="hdd" tickFormatter={(v: number) => f.n(v)} width={48} />
            <YAxis yAxisId="mean" orientation="right" tickFormatter={(v: number) => f.decimal(v)} unit=" °C" width={64} />
            <Tooltip labelFormatter={(v) => dayLabel(String(v))} formatter={(v, name) => (asNumber(v) === null ? '—' : name === t.seriesMean ? f.celsius(asNumber(v)!) : f.decimal(asNumber(v)!))} />
            <Legend />
            <Bar yAxisId="hdd" dataKey="hdd" name={t.seriesHdd} fill={COLORS.spaces} isAnimationActive={false}>
              {data.map((d) => (
                <Cell key={d.date} fill={d.forecast ? COLORS.forecast : COLORS.spaces} />
              ))}
            </Bar>
            <Line yAxisId="mean" type="linear" dataKey="meanCelsius" name={t.seriesMean} stroke={COLORS.unknown} strokeWidth={1.5} dot={false} isAnimationActive={false} />
          </ComposedChart>
        </ChartFrame>
      ) : query.loading ? (
        <Loading />
      ) : null}
    </Card>
  );
}
