import { useState, type DragEvent } from 'react';
import { clockToMinutes } from '../../../../shared/canteen/clock.js';
import type { Canteen, Meal, MealAssignment } from '../../../../shared/canteen/schema.js';
import { canteenText } from '../../i18n/canteen.js';
import { useText } from '../../i18n/lang.js';
import { useNumbers } from '../../i18n/numbers.js';
import { Icon } from '../../ui/icons.js';
import type { PlanModel } from './planModel.js';

export interface MoveTarget {
  unitId: string;
  canteenId: string;
  zoneId: string;
  start: string;
}

interface TimelineProps {
  model: PlanModel;
  canteen: Canteen;
  meal: Meal;
  selectedUnit: string | null;
  onSelect: (unitId: string) => void;
  /** Dropping a dragged unit on a free place; absent when the plan cannot be changed. */
  onMove?: (target: MoveTarget) => void;
}

const DRAG_TYPE = 'application/x-cordon-unit';
/** Pixels per unit in a row: units sharing a zone-slot stack, and each keeps a readable bar. */
const ROW_HEIGHT = 36;

/**
 * The Gantt of one canteen for one meal: zones as rows, the meal window across, one bar per unit's sitting. Bars are
 * buttons (Tab and Enter select a unit for the move form); dragging a bar onto another zone or sitting moves it.
 */
export function Timeline({ model, canteen, meal, selectedUnit, onSelect, onMove }: TimelineProps) {
  const t = useText(canteenText);
  const numbers = useNumbers();
  const [dropTarget, setDropTarget] = useState<string | null>(null);
  const window = model.view.rules.windows[meal];
  const windowStart = clockToMinutes(window.start);
  const length = clockToMinutes(window.end) - windowStart;
  const pct = (clock: string) => `${Math.min(100, Math.max(0, ((clockToMinutes(clock) - windowStart) / length) * 100))}%`;
  const width = (a: { start: string; end: string }) =>
    `${Math.max(1, ((Math.min(clockToMinutes(a.end), windowStart + length) - Math.max(clockToMinutes(a.start), windowStart)) / length) * 100)}%`;
  const sittings = model.sittings(meal);
  const conflicted = model.conflictedUnits(meal);
  const mealName = t[`meal_${meal}`];

  const byZone = new Map<string, MealAssignment[]>();
  for (const a of model.view.plan.assignments) {
    if (a.meal !== meal || a.canteenId !== canteen.id) continue;
    byZone.set(a.zoneId, [...(byZone.get(a.zoneId) ?? []), a]);
  }

  const drop = (zoneId: string, start: string) => (event: DragEvent) => {
    event.preventDefault();
    setDropTarget(null);
    const unitId = event.dataTransfer.getData(DRAG_TYPE);
    if (unitId && onMove) onMove({ unitId, canteenId: canteen.id, zoneId, start });
  };

  return (
    <div className="cp-timeline" role="group" aria-label={t.timelineTitle(canteen.name, mealName)} data-testid={`timeline-${canteen.id}`}>
      <div className="cp-tl-row cp-tl-axis" aria-hidden="true">
        <div className="cp-tl-label">{t.zone}</div>
        <div className="cp-tl-track">
          {sittings.map((s) => (
            <span key={s.start} className="cp-tl-tick" style={{ left: pct(s.start), width: width(s) }}>
              {s.start}–{s.end}
            </span>
          ))}
        </div>
      </div>
      {canteen.zones.map((zone) => {
        const here = byZone.get(zone.id) ?? [];
        // Units that share a zone-slot (allowed or not) stack in the row so every one stays visible.
        const stacks = new Map<string, MealAssignment[]>();
        for (const a of here) stacks.set(a.start, [...(stacks.get(a.start) ?? []), a]);
        return (
          <div className="cp-tl-row" key={zone.id} data-testid={`zone-${zone.id}`} style={{ minHeight: ROW_HEIGHT * Math.max(1, ...[...stacks.values()].map((s) => s.length)) }}>
            <div className="cp-tl-label">
              <strong>{zone.name}</strong>
              <span className="muted">{t.zoneSeats(numbers.format(zone.seats), numbers.format(model.capacity(zone.seats)))}</span>
            </div>
            <div className="cp-tl-track">
              {onMove
                ? sittings.map((s) => {
                    const key = `${zone.id}/${s.start}`;
                    return (
                      <div
                        key={key}
                        className={dropTarget === key ? 'cp-tl-drop cp-tl-drop-over' : 'cp-tl-drop'}
                        style={{ left: pct(s.start), width: width(s) }}
                        title={t.dropHere(zone.name, `${s.start}–${s.end}`)}
                        data-testid={`drop-${zone.id}-${s.start}`}
                        onDragOver={(event) => {
                          if (!event.dataTransfer.types.includes(DRAG_TYPE)) return;
                          event.preventDefault();
                          setDropTarget(key);
                        }}
                        onDragLeave={() => setDropTarget((k) => (k === key ? null : k))}
                        onDrop={drop(zone.id, s.start)}
                      />
                    );
                  })
                : null}
              {[...stacks.values()].flatMap((stack) =>
                stack.map((a, i) => {
                  const unit = model.unitById.get(a.unitId);
                  const isolated = unit?.status === 'isolated';
                  const classes = ['cp-tl-bar', isolated ? 'cp-tl-isolated' : '', conflicted.has(a.unitId) ? 'cp-tl-conflict' : '', selectedUnit === a.unitId ? 'cp-tl-selected' : '']
                    .filter(Boolean)
                    .join(' ');
                  const label = t.unitBar(model.unitName(a.unitId), numbers.format(unit?.size ?? 0), `${a.start}–${a.end}`);
                  return (
                    <button
                      type="button"
                      key={a.unitId}
                      className={classes}
                      style={{ left: pct(a.start), width: width(a), top: `${(i / stack.length) * 100}%`, height: `${100 / stack.length}%` }}
                      title={isolated ? `${label} · ${t.isolated}` : label}
                      aria-label={isolated ? `${label}, ${t.isolated}` : label}
                      aria-pressed={selectedUnit === a.unitId}
                      data-testid={`bar-${a.unitId}`}
                      draggable={Boolean(onMove)}
                      onDragStart={(event) => {
                        event.dataTransfer.setData(DRAG_TYPE, a.unitId);
                        event.dataTransfer.effectAllowed = 'move';
                        onSelect(a.unitId);
                      }}
                      onClick={() => onSelect(a.unitId)}
                      // Dropping onto a taken sitting is allowed: the conflict it makes is shown at once.
                      onDragOver={(event) => {
                        if (onMove && event.dataTransfer.types.includes(DRAG_TYPE)) event.preventDefault();
                      }}
                      onDrop={drop(zone.id, a.start)}
                    >
                      {isolated || conflicted.has(a.unitId) ? <Icon name="alert" size={14} /> : null}
                      <span className="cp-tl-name">{model.unitName(a.unitId)}</span>
                      {isolated ? <span className="cp-tl-flag">{t.isolated}</span> : null}
                    </button>
                  );
                }),
              )}
            </div>
          </div>
        );
      })}
    </div>
  );
}
