import type { HeatingRooms, RoomView } from '../../../../shared/heating/contract.js';
import { hasRuleMinimum, ROOM_KINDS, type RoomKind } from '../../../../shared/heating/schema.js';
import { useState } from 'react';
import { ApiFailure, api } from '../../api/client.js';
import { useQuery } from '../../api/useQuery.js';
import { heatingText } from '../../i18n/heating.js';
import { useText } from '../../i18n/lang.js';
import { Button } from '../../ui/Button.js';
import { Dialog } from '../../ui/Dialog.js';
import { Field, Input, Select } from '../../ui/Field.js';
import { Form, SubmitButton } from '../../ui/Form.js';
import { useReadNumber } from '../../ui/useReadNumber.js';
import { useHeatingFormat } from './format.js';

interface Values {
  name: string;
  kind: RoomKind;
  buildingId: string;
  source: 'units' | 'entered';
  unitIds: string[];
  count: string;
  minCelsius: string;
}

const blank: Values = { name: '', kind: 'classroom', buildingId: '', source: 'units', unitIds: [], count: '', minCelsius: '' };

function toValues(room: RoomView): Values {
  return {
    name: room.name,
    kind: room.kind,
    buildingId: room.buildingId ?? '',
    source: room.occupancy.source,
    unitIds: room.occupancy.source === 'units' ? [...room.occupancy.unitIds] : [],
    count: room.occupancy.source === 'entered' ? String(room.occupancy.count) : '',
    minCelsius: room.minCelsius === undefined ? '' : String(room.minCelsius),
  };
}

/** Adds a heated space, or edits one (`room`); the host checks names, links and minimums. */
export function RoomDialog({ room, campus, onClose, onSaved }: { room: RoomView | null; campus: HeatingRooms; onClose: () => void; onSaved: () => void }) {
  const t = useText(heatingText);
  const f = useHeatingFormat();
  const readNumber = useReadNumber();
  const settings = useQuery('settings.get', {});
  const [values, setValues] = useState<Values>(() => (room ? toValues(room) : blank));
  const set = <K extends keyof Values>(key: K, value: Values[K]) => setValues((v) => ({ ...v, [key]: value }));
  const rule = settings.data && hasRuleMinimum(values.kind) ? settings.data.heating[`${values.kind}MinCelsius`] : null;

  const submit = async () => {
    const occupancy =
      values.source === 'units'
        ? { source: 'units' as const, unitIds: values.unitIds }
        : { source: 'entered' as const, count: readNumber(values.count, 'occupancy.count', { whole: true }) };
    const minCelsius = readNumber(values.minCelsius, 'minCelsius', { optional: true });
    try {
      if (room) {
        await api.call('heating.rooms.update', {
          id: room.id,
          name: values.name,
          kind: values.kind,
          buildingId: values.buildingId || null,
          occupancy,
          minCelsius,
        });
      } else {
        await api.call('heating.rooms.create', {
          name: values.name,
          kind: values.kind,
          ...(values.buildingId ? { buildingId: values.buildingId } : {}),
          occupancy,
          ...(minCelsius === null ? {} : { minCelsius }),
        });
      }
    } catch (err) {
      // One unit of the list at fault is shown beside the list.
      if (err instanceof ApiFailure && err.error.field?.startsWith('occupancy.unitIds')) throw new ApiFailure({ ...err.error, field: 'occupancy.unitIds' });
      throw err;
    }
    onSaved();
  };

  return (
    <Dialog open onClose={onClose} title={room ? t.editRoom : t.addRoom} data-testid="room-dialog">
      <Form onSubmit={submit}>
        <Field label={t.name} name="name">
          <Input value={values.name} onChange={(e) => set('name', e.target.value)} data-testid="room-name" />
        </Field>
        <div className="form-grid">
          <Field label={t.kind} name="kind">
            <Select value={values.kind} onChange={(e) => set('kind', e.target.value as RoomKind)} data-testid="room-kind">
              {ROOM_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t[`kind_${k}`]}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t.building} name="buildingId">
            <Select value={values.buildingId} onChange={(e) => set('buildingId', e.target.value)} data-testid="room-building">
              <option value="">{t.noBuilding}</option>
              {campus.buildings.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.name}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t.occupancy} name="occupancy.source">
            <Select value={values.source} onChange={(e) => set('source', e.target.value as Values['source'])} data-testid="room-source">
              <option value="units">{t.occupancyUnits}</option>
              <option value="entered">{t.occupancyEntered}</option>
            </Select>
          </Field>
          <Field label={t.minimum} name="minCelsius" hint={rule === null ? t.minimumRequired : t.minimumHint(f.celsius(rule))}>
            <Input type="text" inputMode="decimal" value={values.minCelsius} onChange={(e) => set('minCelsius', e.target.value)} data-testid="room-min" />
          </Field>
        </div>
        {values.source === 'units' ? (
          <Field label={t.units} name="occupancy.unitIds" hint={t.unitsHint}>
            <Select
              multiple
              size={8}
              value={values.unitIds}
              onChange={(e) => set('unitIds', [...e.target.selectedOptions].map((o) => o.value))}
              data-testid="room-units"
            >
              {campus.units.map((u) => (
                <option key={u.id} value={u.id}>
                  {t.unitOption(u.name, f.n(u.onCampus))}
                </option>
              ))}
            </Select>
          </Field>
        ) : (
          <Field label={t.count} name="occupancy.count">
            <Input type="text" inputMode="numeric" value={values.count} onChange={(e) => set('count', e.target.value)} data-testid="room-count" />
          </Field>
        )}
        <div className="form-actions">
          <Button onClick={onClose}>{t.cancel}</Button>
          <SubmitButton data-testid="room-save">{t.save}</SubmitButton>
        </div>
      </Form>
    </Dialog>
  );
}
