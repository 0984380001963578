import { Area, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { clockToMinutes, minutesToClock } from '../../../../shared/canteen/clock.js';
import type { Canteen, Meal } from '../../../../shared/canteen/schema.js';
import { canteenText } from '../../i18n/canteen.js';
import { useText } from '../../i18n/lang.js';
import { useNumbers } from '../../i18n/numbers.js';
import type { PlanModel } from './planModel.js';

const COLORS = { seated: '#2f6fb0', capacity: '#c0392b', grid: '#e3e7ed' } as const;

/**
 * People seated in one canteen minute by minute over the meal window, against the canteen's distanced capacity (the
 * sum over its zones). Between sittings the line drops to zero: that is the cleaning gap.
 */
export function OccupancyChart({ model, canteen, meal }: { model: PlanModel; canteen: Canteen; meal: Meal }) {
  const t = useText(canteenText);
  const numbers = useNumbers();
  const window = model.view.rules.windows[meal];
  const from = clockToMinutes(window.start);
  const to = clockToMinutes(window.end);
  const capacity = canteen.zones.reduce((sum, z) => sum + model.capacity(z.seats), 0);
  const sittings = model.view.plan.assignments
    .filter((a) => a.meal === meal && a.canteenId === canteen.id)
    .map((a) => ({ start: clockToMinutes(a.start), end: clockToMinutes(a.end), size: model.unitById.get(a.unitId)?.size ?? 0 }));
  const data = [];
  for (let m = from; m <= to; m++) {
    data.push({ m, seated: sittings.reduce((sum, s) => (s.start <= m && m < s.end ? sum + s.size : sum), 0), capacity });
  }
  const ticks = data.filter((d) => (d.m - from) % 10 === 0).map((d) => d.m);
  const mealName = t[`meal_${meal}`];
  return (
    <figure className="cp-chart" aria-label={t.chartLabel(canteen.name, mealName)} data-testid={`chart-${canteen.id}`}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid stroke={COLORS.grid} vertical={false} />
          <XAxis dataKey="m" type="number" domain={[from, to]} ticks={ticks} tickFormatter={(v: number) => minutesToClock(v)} />
          <YAxis width={56} tickFormatter={(v: number) => numbers.format(v)} />
          <Tooltip labelFormatter={(v) => minutesToClock(Number(v))} formatter={(v) => (typeof v === 'number' ? numbers.format(v) : String(v))} />
          <Legend />
          <Area type="stepAfter" dataKey="seated" name={t.chartSeated} stroke={COLORS.seated} fill={COLORS.seated} fillOpacity={0.25} isAnimationActive={false} />
          <Line type="stepAfter" dataKey="capacity" name={t.chartCapacity} stroke={COLORS.capacity} strokeDasharray="6 4" strokeWidth={2} dot={false} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </figure>
  );
}
