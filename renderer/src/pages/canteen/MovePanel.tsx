import { useEffect, useMemo, useState } from 'react';
import type { PlanView } from '../../../../shared/canteen/contract.js';
import { MEALS, type Meal } from '../../../../shared/canteen/schema.js';
import { api } from '../../api/client.js';
import { canteenText } from '../../i18n/canteen.js';
import { useText } from '../../i18n/lang.js';
import { Card } from '../../ui/Card.js';
import { Field, Select } from '../../ui/Field.js';
import { Form, SubmitButton } from '../../ui/Form.js';
import { Notice } from '../../ui/Notice.js';
import type { PlanModel } from './planModel.js';

interface MovePanelProps {
  model: PlanModel;
  meal: Meal;
  unitId: string | null;
  onUnit: (unitId: string) => void;
  onMeal: (meal: Meal) => void;
  onMoved: (view: PlanView, message: string) => void;
}

/** The keyboard way to move a unit (the timeline's drag does the same): unit, meal, then canteen, zone and sitting. */
export function MovePanel({ model, meal, unitId, onUnit, onMeal, onMoved }: MovePanelProps) {
  const t = useText(canteenText);
  const { view } = model;
  const current = unitId ? model.sittingOf(unitId, meal) : undefined;
  const [canteenId, setCanteenId] = useState('');
  const [zoneId, setZoneId] = useState('');
  const [start, setStart] = useState('');

  // Choosing a unit or a meal starts from where the unit sits now.
  useEffect(() => {
    const first = view.canteens[0];
    setCanteenId(current?.canteenId ?? first?.id ?? '');
    setZoneId(current?.zoneId ?? first?.zones[0]?.id ?? '');
    setStart(current?.start ?? model.sittings(meal)[0]?.start ?? '');
  }, [unitId, meal, current?.canteenId, current?.zoneId, current?.start, view.canteens, model, meal]);

  const units = useMemo(
    () => view.units.filter((u) => u.size > 0 || view.plan.assignments.some((a) => a.unitId === u.id)).sort((a, b) => a.name.localeCompare(b.name, undefined, { numeric: true })),
    [view],
  );
  const canteen = model.canteenById.get(canteenId);
  const sittings = model.sittings(meal);
  // A sitting off the grid (a conflict) stays selectable, so the form shows where the unit really is.
  const times = current && !sittings.some((s) => s.start === current.start) && current.start === start ? [...sittings, { start: current.start, end: current.end }] : sittings;

  if (view.plan.status !== 'draft') {
    return (
      <Card title={t.moveTitle} level={3}>
        <Notice tone="info">{t.moveOnlyDraft}</Notice>
      </Card>
    );
  }

  const submit = async () => {
    if (!unitId) return;
    const next = await api.call('canteen.plans.move', { planId: view.plan.id, unitId, meal, canteenId, zoneId, start });
    const zone = canteen?.zones.find((z) => z.id === zoneId);
    onMoved(next, t.moveDone(model.unitName(unitId), t.place(canteen?.name ?? canteenId, zone?.name ?? zoneId, t[`meal_${meal}`], start)));
  };

  return (
    <Card title={t.moveTitle} level={3} data-testid="canteen-move">
      <Form onSubmit={submit} className="cp-move-form">
        <Field label={t.moveUnit} name="unitId">
          <Select value={unitId ?? ''} onChange={(e) => onUnit(e.target.value)} data-testid="move-unit">
            <option value="" disabled>
              {t.chooseUnit}
            </option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.status === 'isolated' ? `${u.name} (${t.isolated})` : u.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.moveMeal} name="meal">
          <Select value={meal} onChange={(e) => onMeal(e.target.value as Meal)} data-testid="move-meal">
            {MEALS.map((m) => (
              <option key={m} value={m}>
                {t[`meal_${m}`]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.moveCanteen} name="canteenId">
          <Select
            value={canteenId}
            onChange={(e) => {
              setCanteenId(e.target.value);
              setZoneId(model.canteenById.get(e.target.value)?.zones[0]?.id ?? '');
            }}
            data-testid="move-canteen"
          >
            {view.canteens.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.moveZone} name="zoneId">
          <Select value={zoneId} onChange={(e) => setZoneId(e.target.value)} data-testid="move-zone">
            {(canteen?.zones ?? []).map((z) => (
              <option key={z.id} value={z.id}>
                {`${z.name} · ${t.zoneSeats(String(z.seats), String(model.capacity(z.seats)))}`}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.moveSitting} name="start">
          <Select value={start} onChange={(e) => setStart(e.target.value)} data-testid="move-sitting">
            {times.map((s) => (
              <option key={s.start} value={s.start}>
                {t.sittingTime(s.start, s.end)}
              </option>
            ))}
          </Select>
        </Field>
        <div className="cp-move-actions">
          <SubmitButton disabled={!unitId} data-testid="move-submit">
            {t.moveSubmit}
          </SubmitButton>
        </div>
      </Form>
    </Card>
  );
}
