import type { RoomView } from '../../../../shared/heating/contract.js';
import { useEffect, useMemo, useState } from 'react';
import { ApiFailure, api } from '../../api/client.js';
import { fieldFailure } from '../../api/errors.js';
import { useQuery } from '../../api/useQuery.js';
import { heatingText } from '../../i18n/heating.js';
import { useDates, useText } from '../../i18n/lang.js';
import { Card } from '../../ui/Card.js';
import { fromDateTimeInput, toDateTimeInput } from '../../ui/dateTimeInput.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { Field, Input, Select } from '../../ui/Field.js';
import { Form, SubmitButton, useFormState } from '../../ui/Form.js';
import { Notice } from '../../ui/Notice.js';
import { Loading } from '../../ui/Progress.js';
import { useErrorText } from '../../ui/errorText.js';
import { useReadNumber } from '../../ui/useReadNumber.js';
import { useHeatingAccess } from './access.js';
import { useHeatingFormat } from './format.js';

interface Group {
  key: string;
  name: string;
  rooms: RoomView[];
}

const byName = (a: RoomView, b: RoomView) => a.name.localeCompare(b.name, undefined, { numeric: true });

/** Rooms by building, buildings in the order their first room was added; rooms without a building last. */
function groupByBuilding(rooms: readonly RoomView[], noBuilding: string): Group[] {
  const groups = new Map<string, Group>();
  for (const room of rooms) {
    const key = room.buildingId ?? '';
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { key, name: room.buildingName ?? noBuilding, rooms: [] }));
    group.rooms.push(room);
  }
  return [...groups.values()].sort((a, b) => Number(a.key === '') - Number(b.key === '')).map((g) => ({ ...g, rooms: g.rooms.sort(byName) }));
}

/** One walk through a building: every room in one table, Tab from input to input, Enter saves the whole round. */
export function RoundForm() {
  const t = useText(heatingText);
  const rooms = useQuery('heating.rooms.list', {});
  const { canRecord } = useHeatingAccess();
  const groups = useMemo(() => groupByBuilding(rooms.data?.rooms ?? [], t.noBuilding), [rooms.data, t.noBuilding]);
  const [chosen, setChosen] = useState<string | null>(null);
  const group = groups.find((g) => g.key === chosen) ?? groups[0];

  return (
    <Card title={t.roundTitle} data-testid="heating-round">
      <p className="muted">{t.roundIntro}</p>
      <ErrorBanner error={rooms.error} onRetry={rooms.reload} />
      {!canRecord ? <Notice tone="info">{t.readOnly}</Notice> : null}
      {rooms.data ? (
        group ? (
          <>
            <div className="form-grid">
              <Field label={t.building} hint={t.roundRooms(String(group.rooms.length))}>
                <Select value={group.key} onChange={(e) => setChosen(e.target.value)} data-testid="round-building">
                  {groups.map((g) => (
                    <option key={g.key} value={g.key}>
                      {g.name}
                    </option>
                  ))}
                </Select>
              </Field>
            </div>
            <RoundTable key={group.key} group={group} disabled={!canRecord} onSaved={rooms.reload} />
          </>
        ) : (
          <p>{t.noRooms}</p>
        )
      ) : rooms.loading ? (
        <Loading />
      ) : null}
    </Card>
  );
}

/** The host names a round's entries by their place in the request; the table knows them by room. */
const ENTRY_FIELD = /^readings\.(\d+)\.(\w+)$/;

function RoundTable({ group, disabled, onSaved }: { group: Group; disabled: boolean; onSaved: () => void }) {
  const t = useText(heatingText);
  const f = useHeatingFormat();
  const readNumber = useReadNumber();
  const [at, setAt] = useState(() => toDateTimeInput());
  const [values, setValues] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState<{ added: number; below: number } | null>(null);

  const submit = async () => {
    setSaved(null);
    const filled = group.rooms.filter((r) => (values[r.id] ?? '').trim() !== '');
    if (filled.length === 0) throw fieldFailure('readings', t.roundEmpty);
    const readings = filled.map((r) => ({ roomId: r.id, celsius: readNumber(values[r.id] ?? '', `room.${r.id}`) }));
    try {
      const result = await api.call('heating.readings.round', { at: fromDateTimeInput(at), readings });
      setSaved(result);
      setValues({});
      onSaved();
    } catch (err) {
      const match = err instanceof ApiFailure && err.error.field ? ENTRY_FIELD.exec(err.error.field) : null;
      const room = match ? filled[Number(match[1])] : undefined;
      if (err instanceof ApiFailure && room) throw new ApiFailure({ ...err.error, field: `room.${room.id}`, message: err.error.message.replace(/^[\w.]+: /, '') });
      throw err;
    }
  };

  return (
    <Form onSubmit={submit} aria-label={t.roundTitle} data-testid="round-form">
      <fieldset className="plain" disabled={disabled}>
        <div className="form-grid">
          <Field label={t.roundTime} name="at">
            <Input type="datetime-local" value={at} onChange={(e) => setAt(e.target.value)} data-testid="round-at" />
          </Field>
        </div>
        <div className="table-wrap">
          <table className="table heat-round-table" data-testid="round-table">
            <caption className="visually-hidden">{t.roundTitle}</caption>
            <thead>
              <tr>
                <th scope="col">{t.colSpace}</th>
                <th scope="col">{t.colWho}</th>
                <th scope="col" className="align-end">
                  {t.colMinimum}
                </th>
                <th scope="col" className="align-end">
                  {t.colLast}
                </th>
                <th scope="col" className="heat-round-input-col">
                  {t.colNew}
                </th>
              </tr>
            </thead>
            <tbody>
              {group.rooms.map((room) => (
                <RoundRow
                  key={room.id}
                  room={room}
                  value={values[room.id] ?? ''}
                  onChange={(value) => {
                    setSaved(null);
                    setValues((v) => ({ ...v, [room.id]: value }));
                  }}
                  format={f}
                />
              ))}
            </tbody>
          </table>
        </div>
      </fieldset>
      {!disabled ? (
        <div className="form-actions">
          {saved ? (
            <Notice tone={saved.below > 0 ? 'warning' : 'success'} data-testid="round-saved">
              {t.roundSaved(f.n(saved.added), f.n(saved.below))}
            </Notice>
          ) : null}
          <SubmitButton data-testid="round-save">{t.saveRound}</SubmitButton>
        </div>
      ) : null}
    </Form>
  );
}

function RoundRow({
  room,
  value,
  onChange,
  format: f,
}: {
  room: RoomView;
  value: string;
  onChange: (value: string) => void;
  format: ReturnType<typeof useHeatingFormat>;
}) {
  const t = useText(heatingText);
  const dates = useDates();
  const form = useFormState();
  const errorText = useErrorText();
  const name = `room.${room.id}`;
  const register = form?.register;
  useEffect(() => (register ? register(name) : undefined), [name, register]);
  const error = form?.error?.field === name ? errorText.reason(form.error) : null;
  const typed = value.trim() === '' ? NaN : Number(value);
  const cold = Number.isFinite(typed) && typed < room.effectiveMinCelsius;
  const errorId = `${name}-error`;
  return (
    <tr className={cold ? 'row-danger' : undefined}>
      <th scope="row" className="heat-space-name">
        {room.name}
      </th>
      <td>{room.unitNames.length > 0 ? room.unitNames.join(t.listSep) : f.n(room.occupants)}</td>
      <td className="align-end nowrap">{f.celsius(room.effectiveMinCelsius)}</td>
      <td className="align-end nowrap">
        {room.latest ? (
          <span title={dates.dateTime(room.latest.at)}>
            {f.celsius(room.latest.celsius)} · {dates.ago(room.latest.at)}
          </span>
        ) : (
          '—'
        )}
      </td>
      <td>
        <Input
          type="text"
          inputMode="decimal"
          autoComplete="off"
          className="heat-round-input"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-label={t.roomTemperature(room.name)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          data-testid={`round-input-${room.id}`}
        />
        {cold && !error ? <div className="heat-cold-hint">{t.belowHint(f.celsius(room.effectiveMinCelsius))}</div> : null}
        {error ? (
          <div className="field-error" id={errorId}>
            {error}
          </div>
        ) : null}
      </td>
    </tr>
  );
}
