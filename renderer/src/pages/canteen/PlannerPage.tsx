import { useEffect, useId, useMemo, useState } from 'react';
import { CANTEEN_WRITERS, type PlanSummary, type PlanView } from '../../../../shared/canteen/contract.js';
import { MEALS, type Meal } from '../../../../shared/canteen/schema.js';
import { api } from '../../api/client.js';
import { useAction } from '../../api/useAction.js';
import { useQuery } from '../../api/useQuery.js';
import { canteenText } from '../../i18n/canteen.js';
import { useDates, useText } from '../../i18n/lang.js';
import { useNumbers } from '../../i18n/numbers.js';
import { Link, navigate } from '../../router.js';
import { allows, useSession } from '../../session.js';
import { Button } from '../../ui/Button.js';
import { Card } from '../../ui/Card.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { Field, Select } from '../../ui/Field.js';
import { Badge, Notice } from '../../ui/Notice.js';
import { Loading } from '../../ui/Progress.js';
import { ConflictList } from './ConflictList.js';
import { FiguresTable } from './FiguresTable.js';
import { GenerateCard } from './GenerateCard.js';
import { HistoryCard } from './HistoryCard.js';
import { MovePanel } from './MovePanel.js';
import { OccupancyChart } from './OccupancyChart.js';
import { planModel } from './planModel.js';
import { RegionList } from './RegionList.js';
import { Timeline } from './Timeline.js';
import { UnitList } from './UnitList.js';

/** The planner tab; the page header with the rules in force is CanteenPage's. */
export function PlannerPage() {
  const t = useText(canteenText);
  const { user } = useSession();
  const writer = allows(user, CANTEEN_WRITERS);
  const canteens = useQuery('canteen.canteens.list', {});
  const plans = useQuery('canteen.plans.list', {});
  const [selected, setSelected] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const planId = selected ?? plans.data?.[0]?.id ?? null;

  return (
    <div className="stack">
      {writer ? null : <Notice tone="info">{t.readOnly}</Notice>}
      <ErrorBanner error={plans.error ?? canteens.error} onRetry={() => (plans.reload(), canteens.reload())} />
      {message ? (
        <Notice tone="success" onDismiss={() => setMessage(null)} data-testid="canteen-message">
          {message}
        </Notice>
      ) : null}
      {canteens.data && canteens.data.length === 0 ? (
        <Notice tone="warning" actions={<Link to="/canteen/canteens">{t.tabCanteens}</Link>}>
          {t.noCanteens}
        </Notice>
      ) : null}
      {writer && canteens.data && canteens.data.length > 0 ? (
        <GenerateCard
          onGenerated={(job, text) => {
            setSelected(job.planId);
            setMessage(text);
            plans.reload();
          }}
        />
      ) : null}
      {plans.data ? (
        plans.data.length === 0 ? (
          <p className="muted">{t.noPlans}</p>
        ) : planId ? (
          <PlanSection
            key={planId}
            planId={planId}
            versions={plans.data}
            writer={writer}
            onSelect={setSelected}
            onChanged={(text, next) => {
              setMessage(text);
              if (next) setSelected(next);
              plans.reload();
            }}
          />
        ) : null
      ) : plans.loading ? (
        <Loading />
      ) : null}
      <HistoryCard />
    </div>
  );
}

interface PlanSectionProps {
  planId: string;
  versions: readonly PlanSummary[];
  writer: boolean;
  onSelect: (planId: string) => void;
  /** After publishing or copying: a message, and the plan to show next. */
  onChanged: (message: string, planId?: string) => void;
}

function PlanSection({ planId, versions, writer, onSelect, onChanged }: PlanSectionProps) {
  const t = useText(canteenText);
  const dates = useDates();
  const numbers = useNumbers();
  const loaded = useQuery('canteen.plans.get', { id: planId });
  const [moved, setMoved] = useState<PlanView | null>(null);
  const view = moved ?? loaded.data;
  const model = useMemo(() => (view ? planModel(view) : null), [view]);
  const [meal, setMeal] = useState<Meal>('lunch');
  const [canteenId, setCanteenId] = useState<string | null>(null);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const action = useAction();
  const blockedId = useId();

  // A unit chosen elsewhere shows in its canteen for the meal.
  useEffect(() => {
    const sitting = unitId && model ? model.sittingOf(unitId, meal) : undefined;
    if (sitting) setCanteenId(sitting.canteenId);
  }, [unitId, meal, model]);

  if (!view || !model) return loaded.loading ? <Loading /> : <ErrorBanner error={loaded.error} onRetry={loaded.reload} />;
  const { plan } = view;
  const canteen = view.canteens.find((c) => c.id === canteenId) ?? view.canteens[0];
  const conflicts = view.conflicts.length;
  const seatedUnits = new Set(plan.assignments.map((a) => a.unitId));
  const people = view.units.filter((u) => seatedUnits.has(u.id)).reduce((sum, u) => sum + u.size, 0);
  const range = (from: string, to: string) => `${dates.date(`${from}T00:00`)} – ${dates.date(`${to}T00:00`)}`;

  const publish = () =>
    action.run(async () => {
      const published = await api.call('canteen.plans.publish', { id: plan.id });
      setMoved(null);
      loaded.reload();
      onChanged(t.published(published.version));
    });
  const copy = () =>
    action.run(async () => {
      const draft = await api.call('canteen.plans.copy', { id: plan.id });
      onChanged(t.copied(draft.version), draft.id);
    });
  const move = (target: { unitId: string; canteenId: string; zoneId: string; start: string }) =>
    action.run(async () => {
      const next = await api.call('canteen.plans.move', { planId: plan.id, meal, ...target });
      setMoved(next);
      setUnitId(target.unitId);
    });

  return (
    <>
      <Card
        title={t.versionsTitle}
        data-testid="canteen-plan"
        actions={
          <>
            <Button icon="reports" onClick={() => navigate(`/canteen/print/${encodeURIComponent(plan.id)}/region/${encodeURIComponent(view.regions[0]?.id ?? '')}`)} disabled={view.regions.length === 0} data-testid="plan-print">
              {t.printNotices}
            </Button>
            {writer && plan.status === 'published' ? (
              <Button icon="plus" onClick={copy} busy={action.busy} data-testid="plan-copy">
                {t.copy}
              </Button>
            ) : null}
            {writer && plan.status === 'draft' ? (
              <Button variant="primary" icon="check" onClick={publish} busy={action.busy} disabled={conflicts > 0} aria-describedby={conflicts > 0 ? blockedId : undefined} data-testid="plan-publish">
                {t.publish}
              </Button>
            ) : null}
          </>
        }
      >
        <div className="cp-version-row">
          <Field label={t.version}>
            <Select value={plan.id} onChange={(e) => onSelect(e.target.value)} data-testid="plan-version">
              {versions.map((p) => (
                <option key={p.id} value={p.id}>
                  {t.versionLabel(p.version, t[`status_${p.status}`], p.from, p.to)}
                </option>
              ))}
            </Select>
          </Field>
          <div className="cp-version-facts">
            <Badge tone={plan.status === 'published' ? 'success' : 'warning'}>{t[`status_${plan.status}`]}</Badge>{' '}
            <span data-testid="plan-range">{range(plan.from, plan.to)}</span>
            <span className="muted">
              {plan.status === 'published' ? t.publishedAt(dates.dateTime(plan.publishedAt)) : t.createdAt(dates.dateTime(plan.createdAt))}
            </span>
            <span className="muted">{t.seatedUnits(numbers.format(seatedUnits.size), numbers.format(people))}</span>
          </div>
        </div>
        {plan.status === 'draft' && conflicts > 0 ? (
          <p id={blockedId} className="cp-blocked" data-testid="publish-blocked">
            {t.publishBlocked(conflicts)}
          </p>
        ) : null}
        {view.rulesChanged ? <Notice tone="warning">{t.rulesChanged}</Notice> : null}
        <ErrorBanner error={action.error} onDismiss={action.clear} />
        {note ? (
          <Notice tone="info" onDismiss={() => setNote(null)} data-testid="move-message">
            {note}
          </Notice>
        ) : null}
        <ConflictList model={model} />
      </Card>

      <Card
        title={canteen ? t.timelineTitle(canteen.name, t[`meal_${meal}`]) : t.title}
        actions={
          <div className="cp-switches">
            <div className="segmented" role="group" aria-label={t.moveMeal}>
              {MEALS.map((m) => (
                <button key={m} type="button" aria-pressed={m === meal} onClick={() => setMeal(m)} data-testid={`meal-${m}`}>
                  {t[`meal_${m}`]}
                </button>
              ))}
            </div>
            <div className="segmented" role="group" aria-label={t.moveCanteen}>
              {view.canteens.map((c) => (
                <button key={c.id} type="button" aria-pressed={c.id === canteen?.id} onClick={() => setCanteenId(c.id)} data-testid={`canteen-${c.id}`}>
                  {c.name}
                </button>
              ))}
            </div>
          </div>
        }
      >
        {writer && plan.status === 'draft' ? <p className="muted">{t.timelineHint}</p> : null}
        {canteen ? (
          <div className="cp-canteen-views">
            <Timeline
              model={model}
              canteen={canteen}
              meal={meal}
              selectedUnit={unitId}
              onSelect={setUnitId}
              {...(writer && plan.status === 'draft' ? { onMove: (target) => void move(target) } : {})}
            />
            <div>
              <h3 className="cp-subtitle">{t.chartTitle(canteen.name, t[`meal_${meal}`])}</h3>
              <OccupancyChart model={model} canteen={canteen} meal={meal} />
              <FiguresTable model={model} canteenId={canteen.id} />
            </div>
          </div>
        ) : null}
      </Card>

      {writer ? (
        <MovePanel
          model={model}
          meal={meal}
          unitId={unitId}
          onUnit={setUnitId}
          onMeal={setMeal}
          onMoved={(next, text) => {
            setMoved(next);
            setNote(text);
          }}
        />
      ) : null}
      <div className="cp-lists">
        <UnitList model={model} selectedUnit={unitId} onSelect={setUnitId} />
        <RegionList model={model} />
      </div>
    </>
  );
}
