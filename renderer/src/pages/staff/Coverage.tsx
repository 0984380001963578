import type { CoverageMarker, CoverageView } from '../../../../shared/rotation/contract.js';
import type { RoleCoverage } from '../../../../shared/rotation/coverage.js';
import { addDays, addHours, format, startOfDay } from 'date-fns';
import { useState } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useQuery } from '../../api/useQuery.js';
import { useDates, useLang, useText } from '../../i18n/lang.js';
import { rotationText } from '../../i18n/rotation.js';
import { Card } from '../../ui/Card.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { Loading } from '../../ui/Progress.js';
import { Table, type Column } from '../../ui/Table.js';
import { useRotationFormat } from './format.js';
import type { SectionProps } from './StaffPage.js';

const COLORS = { count: '#0f4c5c', minimum: '#b42318', entry: '#16683f', leave: '#7f5300', request: '#728590', grid: '#dde3e7' };

interface Move {
  key: string;
  at: string;
  kind: 'entry' | 'leave';
  marker: CoverageMarker;
}

/** Every entry and departure of the role's rotations inside the window, in time order. */
function movesOf(report: CoverageView, roleId: string): Move[] {
  const from = Date.parse(report.from);
  const to = Date.parse(report.to);
  const moves: Move[] = [];
  for (const m of report.markers) {
    if (m.roleId !== roleId) continue;
    if (m.status !== 'entered') moves.push({ key: `${m.rotationId}-in`, at: m.handoverAt, kind: 'entry', marker: m });
    moves.push({ key: `${m.rotationId}-out`, at: m.leaveAt, kind: 'leave', marker: m });
  }
  return moves.filter((mv) => Date.parse(mv.at) <= to).map((mv) => (Date.parse(mv.at) < from ? { ...mv, at: report.from } : mv)).sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/** The rule's 14 days, and the next two days, where today's handovers can be told apart. */
const PERIODS = [14, 2] as const;
type Period = (typeof PERIODS)[number];

export function Coverage(_props: SectionProps) {
  const t = useText(rotationText);
  const f = useRotationFormat();
  const [days, setDays] = useState<Period>(14);
  const report = useQuery('rotation.coverage', { days });
  const [chosen, setChosen] = useState<string | null>(null);
  const data = report.data;
  const role = data ? (data.roles.find((r) => r.roleId === chosen) ?? data.roles.find((r) => r.breach) ?? data.roles[0]) : undefined;

  const columns: Column<RoleCoverage>[] = [
    {
      key: 'role',
      header: t.coverageRole,
      cell: (r) => (
        <button type="button" className="rot-link-button" aria-pressed={r.roleId === role?.roleId} onClick={() => setChosen(r.roleId)} data-testid={`coverage-role-${r.roleId}`}>
          {r.roleName}
        </button>
      ),
    },
    { key: 'posts', header: t.posts, align: 'end', cell: (r) => f.n(r.posts) },
    { key: 'min', header: t.minimum, align: 'end', cell: (r) => f.n(r.minimum) },
    { key: 'now', header: t.onCampus, align: 'end', cell: (r) => f.n(r.steps[0]?.count ?? 0) },
    { key: 'lowest', header: t.lowest, align: 'end', cell: (r) => <span className={r.lowest < r.minimum ? 'rot-text-danger' : undefined}>{f.n(r.lowest)}</span> },
    {
      key: 'breach',
      header: t.firstBreach,
      nowrap: true,
      cell: (r) => (r.breach ? <span className="rot-text-danger">{f.at(r.breach.at)}</span> : <span className="muted">{t.none}</span>),
    },
  ];

  return (
    <div className="stack" data-testid="rotation-coverage">
      <ErrorBanner error={report.error} onRetry={report.reload} />
      {data && role ? (
        <>
          <Card
            title={t.coverageTitle}
            actions={
              <div className="segmented" role="group" aria-label={t.period}>
                {PERIODS.map((p) => (
                  <button key={p} type="button" aria-pressed={days === p} onClick={() => setDays(p)} data-testid={`coverage-period-${p}`}>
                    {t[`period_${p}`]}
                  </button>
                ))}
              </div>
            }
          >
            <p className="muted">{t.coverageIntro}</p>
            <Table columns={columns} rows={data.roles} rowKey={(r) => r.roleId} caption={t.coverageTitle} rowClass={(r) => (r.breach ? 'row-danger' : undefined)} data-testid="coverage-table" />
          </Card>
          <RoleChart report={data} role={role} />
        </>
      ) : report.loading ? (
        <Loading />
      ) : null}
    </div>
  );
}

function RoleChart({ report, role }: { report: CoverageView; role: RoleCoverage }) {
  const t = useText(rotationText);
  const f = useRotationFormat();
  const dates = useDates();
  const { lang } = useLang();
  const from = Date.parse(report.from);
  const to = Date.parse(report.to);
  const points = role.steps.map((s) => ({ t: Date.parse(s.at), count: s.count }));
  points.push({ t: to, count: role.steps.at(-1)?.count ?? 0 });
  // Midnights over two weeks; every six hours over two days, where the time of day matters.
  const short = to - from <= 3 * 24 * 3_600_000;
  const ticks: number[] = [];
  for (let d = startOfDay(from); d.getTime() <= to; d = short ? addHours(d, 6) : addDays(d, 1)) if (d.getTime() >= from) ticks.push(d.getTime());
  const tick = (v: number) => format(v, short ? (lang === 'zh' ? 'M月d日 HH:mm' : 'd MMM HH:mm') : lang === 'zh' ? 'M月d日' : 'd MMM', { locale: dates.locale });
  const moves = movesOf(report, role.roleId);
  // Near the counts, not from zero: a swap moves the line by one, which must be visible.
  const counts = points.map((p) => p.count);
  const top = Math.max(role.posts, role.minimum, ...counts) + 1;
  const bottom = Math.max(0, Math.min(role.minimum, ...counts) - 3);
  const summary = t.chartSummary(role.roleName, f.n(role.steps[0]?.count ?? 0), f.n(role.lowest), f.n(role.minimum));

  const moveColumns: Column<Move>[] = [
    { key: 'at', header: t.at, nowrap: true, cell: (m) => f.at(m.at) },
    {
      key: 'move',
      header: t.move,
      cell: (m) => (
        <>
          {m.kind === 'entry' ? t.markerEntry(m.marker.incomingName) : t.markerLeave(m.marker.outgoingName)}
          {m.marker.status === 'request' ? <span className="muted"> · {t.markerRequest}</span> : null}
        </>
      ),
    },
  ];

  return (
    <Card title={role.roleName} data-testid="coverage-chart">
      <figure className="rot-chart" aria-label={summary} data-role={role.roleId} data-lowest={role.lowest} data-minimum={role.minimum}>
        <div style={{ width: '100%', height: 300 }}>
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={points} margin={{ top: 16, right: 24, bottom: 4, left: 0 }}>
              <CartesianGrid stroke={COLORS.grid} vertical={false} />
              <XAxis dataKey="t" type="number" scale="time" domain={[from, to]} ticks={ticks} tickFormatter={tick} interval={0} tick={{ fontSize: 12 }} />
              <YAxis domain={[bottom, top]} allowDecimals={false} width={40} />
              <Tooltip labelFormatter={(v) => f.at(new Date(Number(v)).toISOString())} formatter={(v) => [f.n(Number(v)), t.seriesOnCampus]} />
              <ReferenceLine y={role.minimum} stroke={COLORS.minimum} strokeDasharray="6 4" label={{ value: `${t.seriesMinimum} ${f.n(role.minimum)}`, position: 'insideBottomRight', fill: COLORS.minimum, fontSize: 12 }} />
              {moves.map((m) => (
                <ReferenceLine
                  key={m.key}
                  x={Date.parse(m.at)}
                  stroke={m.marker.status === 'request' ? COLORS.request : m.kind === 'entry' ? COLORS.entry : COLORS.leave}
                  strokeDasharray={m.marker.status === 'request' ? '2 4' : undefined}
                />
              ))}
              <Line type="stepAfter" dataKey="count" name={t.seriesOnCampus} stroke={COLORS.count} strokeWidth={2} dot={false} isAnimationActive={false} />
            </LineChart>
          </ResponsiveContainer>
        </div>
        <figcaption className="muted" data-testid="coverage-summary">
          {summary}
          <span className="rot-legend">
            <span className="rot-key rot-key-entry" /> {t.legendEntry}
            <span className="rot-key rot-key-leave" /> {t.legendLeave}
            <span className="rot-key rot-key-request" /> {t.markerRequest}
          </span>
        </figcaption>
      </figure>
      <h3 className="rot-subtitle">{t.markersTitle}</h3>
      <Table columns={moveColumns} rows={moves} rowKey={(m) => m.key} caption={t.markersTitle} empty={t.noMarkers} />
    </Card>
  );
}
