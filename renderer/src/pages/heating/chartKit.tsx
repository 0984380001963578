import { format, startOfDay, addDays } from 'date-fns';
import { useMemo, type ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';
import { heatingText } from '../../i18n/heating.js';
import { useDates, useLang, useText } from '../../i18n/lang.js';

/** Series colours, from the shell's tokens: green for warm, amber for unknown (never green), red for gaps and run-out. */
export const COLORS = {
  warm: '#16683f',
  spaces: '#1b5a84',
  unknown: '#c98a12',
  gap: '#b42318',
  used: '#4f616b',
  forecast: '#a9bcc6',
  stock: '#0f4c5c',
  minimum: '#b42318',
  grid: '#dde3e7',
} as const;

/** Distinct line colours for buildings, in order. */
export const BUILDING_COLORS = ['#2f6fb0', '#c0392b', '#2e7d4f', '#7a4fb0', '#c98a12', '#148a8a', '#a0527a', '#5d6d7e', '#8a6d1a', '#3d5a99'];

/** Axis labels: short dates, times of day, and midnight ticks over a time range. */
export function useChartTime() {
  const { lang } = useLang();
  const dates = useDates();
  return useMemo(() => {
    const dayPattern = lang === 'zh' ? 'M月d日' : 'd MMM';
    const day = (v: number | string | Date) => format(typeof v === 'string' ? new Date(v) : v, dayPattern, { locale: dates.locale });
    return {
      day,
      dateTime: (v: number | string) => dates.dateTime(v),
      /** Local midnights within [fromMs, toMs], for a time axis that reads by day. */
      midnights: (fromMs: number, toMs: number) => {
        const ticks: number[] = [];
        for (let d = addDays(startOfDay(fromMs), 1); d.getTime() <= toMs; d = addDays(d, 1)) ticks.push(d.getTime());
        return ticks;
      },
    };
  }, [lang, dates]);
}

/** A chart's frame: a fixed height so the page does not jump while data arrives, and a name for screen readers. */
export function ChartFrame({ label, height = 280, empty, children }: { label: string; height?: number; empty?: boolean; children: ReactElement }) {
  const t = useText(heatingText);
  if (empty) return <p className="muted heat-chart-empty">{t.chartEmpty}</p>;
  return (
    <figure className="heat-chart" aria-label={label} style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        {children}
      </ResponsiveContainer>
    </figure>
  );
}

/** Tooltip values: recharts hands over numbers, strings or arrays; only numbers are ours to format. */
export const asNumber = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null);
