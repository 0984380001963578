import { useEffect, useId, useRef, useState } from 'react';
import type { Building } from '../../../../shared/campus/schema.js';
import { distancedCapacity } from '../../../../shared/canteen/capacity.js';
import type { Canteen } from '../../../../shared/canteen/schema.js';
import { api } from '../../api/client.js';
import { canteenSetupText } from '../../i18n/canteen.js';
import { useText } from '../../i18n/lang.js';
import { useNumbers } from '../../i18n/numbers.js';
import { Button } from '../../ui/Button.js';
import { Dialog } from '../../ui/Dialog.js';
import { useErrorText } from '../../ui/errorText.js';
import { Field, Input, Select } from '../../ui/Field.js';
import { Form, SubmitButton, useFormState } from '../../ui/Form.js';
import { useReadNumber } from '../../ui/useReadNumber.js';

export interface CanteenDialogProps {
  canteen: Canteen | 'new';
  /** The campus's canteen buildings. */
  buildings: readonly Building[];
  regions: readonly { id: string; name: string }[];
  occupancyPct: number | undefined;
  onClose: () => void;
  onSaved: (canteen: Canteen) => void;
}

/** A zone as edited: an existing one keeps its id (plans refer to it), and is only marked until the host accepts the removal. */
interface ZoneRow {
  key: string;
  id?: string;
  name: string;
  seats: string;
  removed: boolean;
}

let rowKeys = 0;
const newRow = (): ZoneRow => ({ key: `new-${++rowKeys}`, name: '', seats: '', removed: false });

/** Adds or edits a canteen with all its zones; the whole list is saved at once, as the host takes it. */
export function CanteenDialog({ canteen, buildings, regions, occupancyPct, onClose, onSaved }: CanteenDialogProps) {
  const t = useText(canteenSetupText);
  const numbers = useNumbers();
  const readNumber = useReadNumber();
  const editing = canteen === 'new' ? null : canteen;
  const [values, setValues] = useState({ name: editing?.name ?? '', buildingId: editing?.buildingId ?? '', regionId: editing?.regionId ?? '' });
  const [rows, setRows] = useState<ZoneRow[]>(() => editing?.zones.map((z) => ({ key: z.id, id: z.id, name: z.name, seats: String(z.seats), removed: false })) ?? [newRow()]);
  const [focusRow, setFocusRow] = useState<string | null>(null);
  const zonesRef = useRef<HTMLFieldSetElement>(null);
  const zonesErrorId = useId();

  // A zone just added gets the focus; a new zone taken out again hands it to "Add zone".
  useEffect(() => {
    if (!focusRow) return;
    zonesRef.current?.querySelector<HTMLElement>(focusRow === 'add' ? '[data-testid="zone-add"]' : `[data-zone-key="${focusRow}"]`)?.focus();
    setFocusRow(null);
  }, [focusRow]);

  const setRow = (key: string, patch: Partial<ZoneRow>) => setRows((list) => list.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const addRow = () => {
    const row = newRow();
    setRows((list) => [...list, row]);
    setFocusRow(row.key);
  };
  const toggleRow = (row: ZoneRow) => {
    if (row.id) return setRow(row.key, { removed: !row.removed });
    setRows((list) => list.filter((r) => r.key !== row.key));
    setFocusRow('add');
  };

  // Field names follow the host's: zones.<index in the list sent>.seats, so its errors land beside the zone.
  const sentIndex = new Map(rows.filter((r) => !r.removed).map((r, i) => [r.key, i]));

  const submit = async () => {
    const zones = rows
      .filter((r) => !r.removed)
      .map((r, i) => ({ ...(r.id ? { id: r.id } : {}), name: r.name, seats: readNumber(r.seats, `zones.${i}.seats`, { whole: true }) }));
    const saved = editing
      ? await api.call('canteen.canteens.update', { id: editing.id, name: values.name, buildingId: values.buildingId || null, regionId: values.regionId || null, zones })
      : await api.call('canteen.canteens.create', {
          name: values.name,
          ...(values.buildingId ? { buildingId: values.buildingId } : {}),
          ...(values.regionId ? { regionId: values.regionId } : {}),
          zones,
        });
    onSaved(saved);
  };

  const capacity = (seats: string) => {
    const n = Number(seats.trim());
    return occupancyPct !== undefined && seats.trim() !== '' && Number.isInteger(n) && n > 0 ? t.zoneCapacity(numbers.format(distancedCapacity(n, occupancyPct))) : t.noCapacity;
  };

  const title = editing ? t.editTitle(editing.name) : t.addTitle;
  return (
    <Dialog open onClose={onClose} title={title} data-testid="canteen-dialog">
      <Form onSubmit={submit} aria-label={title}>
        <Field label={t.name} name="name">
          <Input value={values.name} onChange={(e) => setValues((v) => ({ ...v, name: e.target.value }))} autoComplete="off" data-testid="canteen-name" />
        </Field>
        <div className="form-grid">
          <Field label={t.building} name="buildingId">
            <Select
              value={values.buildingId}
              onChange={(e) => {
                const building = buildings.find((b) => b.id === e.target.value);
                // A canteen serves its building's region first, unless told otherwise afterwards.
                setValues((v) => ({ ...v, buildingId: e.target.value, regionId: building?.regionId ?? v.regionId }));
              }}
              data-testid="canteen-building"
            >
              <option value="">{t.noBuilding}</option>
              {buildings.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.name}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t.region} name="regionId" hint={t.regionHint}>
            <Select value={values.regionId} onChange={(e) => setValues((v) => ({ ...v, regionId: e.target.value }))} data-testid="canteen-region">
              <option value="">{t.allRegions}</option>
              {regions.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </Select>
          </Field>
        </div>

        <fieldset ref={zonesRef} className="form-section cp-zones" aria-describedby={zonesErrorId} data-testid="canteen-zones">
          <legend>{t.zones}</legend>
          <p className="field-hint">{t.zonesHint}</p>
          <GroupError name="zones" id={zonesErrorId} />
          <div className="cp-zone-row cp-zone-head" aria-hidden="true">
            <span>{t.zoneCol}</span>
            <span>{t.seatsCol}</span>
          </div>
          {rows.map((row, n) => {
            const index = sentIndex.get(row.key);
            const label = row.name.trim() || String(n + 1);
            return (
              <div key={row.key} className={row.removed ? 'cp-zone-row cp-zone-removed' : 'cp-zone-row'} data-testid={`zone-row-${n}`}>
                <Field label={t.zoneName(n + 1)} {...(index === undefined ? {} : { name: `zones.${index}.name` })}>
                  <Input value={row.name} onChange={(e) => setRow(row.key, { name: e.target.value })} disabled={row.removed} autoComplete="off" data-zone-key={row.key} data-testid="zone-name" />
                </Field>
                <Field label={t.zoneSeats(n + 1)} {...(index === undefined ? {} : { name: `zones.${index}.seats` })}>
                  <Input inputMode="numeric" value={row.seats} onChange={(e) => setRow(row.key, { seats: e.target.value })} disabled={row.removed} data-testid="zone-seats" />
                </Field>
                <span className="cp-zone-capacity" aria-live="polite">
                  {row.removed ? t.removed : capacity(row.seats)}
                </span>
                <Button size="small" variant="ghost" onClick={() => toggleRow(row)} aria-label={row.removed ? t.keepZone(label) : t.removeZone(label)} data-testid="zone-remove">
                  {row.removed ? t.keep : t.remove}
                </Button>
              </div>
            );
          })}
          <Button icon="plus" size="small" onClick={addRow} data-testid="zone-add">
            {t.addZone}
          </Button>
        </fieldset>

        <div className="form-actions">
          <Button onClick={onClose}>{t.cancel}</Button>
          <SubmitButton data-testid="canteen-save">{editing ? t.save : t.add}</SubmitButton>
        </div>
      </Form>
    </Dialog>
  );
}

/**
 * The host's error about a group of fields as a whole (here the zone list: a zone that may not be removed), shown at
 * the group. The list can be long, so the message is brought into view and focused, as the Form does for a field.
 */
function GroupError({ name, id }: { name: string; id: string }) {
  const form = useFormState();
  const text = useErrorText();
  const ref = useRef<HTMLDivElement>(null);
  const register = form?.register;
  useEffect(() => (register ? register(name) : undefined), [name, register]);
  const error = form?.error?.field === name ? form.error : null;
  useEffect(() => {
    if (!error) return;
    ref.current?.scrollIntoView({ block: 'center' });
    ref.current?.focus();
  }, [error]);
  return (
    <div ref={ref} id={id} className="field-error" role="alert" tabIndex={-1} data-testid={`${name}-error`}>
      {error ? text.reason(error) : null}
    </div>
  );
}
