import type { Building, Region, UnitKind } from '../../../../shared/campus/schema.js';
import { UNIT_KINDS } from '../../../../shared/campus/schema.js';
import type { UnitView } from '../../../../shared/campus/views.js';
import { useState } from 'react';
import { api } from '../../api/client.js';
import { campusText } from '../../i18n/campus.js';
import { useText } from '../../i18n/lang.js';
import { Button } from '../../ui/Button.js';
import { Dialog } from '../../ui/Dialog.js';
import { Field, Input, Select } from '../../ui/Field.js';
import { Form, SubmitButton } from '../../ui/Form.js';
import { BuildingOptions } from './options.js';

export interface UnitDialogProps {
  /** The unit to edit, or a new unit, optionally in a given region. */
  unit: UnitView | { regionId?: string };
  regions: readonly Region[];
  buildings: readonly Building[];
  onClose: () => void;
  onSaved: (unit: { id: string; name: string }) => void;
}

const isExisting = (u: UnitDialogProps['unit']): u is UnitView => 'id' in u;

/** Create or edit a unit's fields; its status changes only through a status change with a reason. */
export function UnitDialog({ unit, regions, buildings, onClose, onSaved }: UnitDialogProps) {
  const t = useText(campusText);
  const editing = isExisting(unit) ? unit : null;
  const [values, setValues] = useState({
    id: '',
    name: editing?.name ?? '',
    kind: (editing?.kind ?? 'class') as UnitKind,
    regionId: unit.regionId ?? '',
    buildingId: editing?.buildingId ?? '',
    dormitoryId: editing?.dormitoryId ?? '',
  });
  const set = (key: keyof typeof values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value }));

  const submit = async () => {
    const { id, dormitoryId, ...fields } = values;
    const saved = editing
      ? await api.call('campus.units.update', { id: editing.id, ...fields, dormitoryId: dormitoryId || null })
      : await api.call('campus.units.create', { ...fields, ...(dormitoryId ? { dormitoryId } : {}), ...(id.trim() ? { id: id.trim() } : {}) });
    onSaved(saved);
  };

  const title = editing ? t.editUnit : t.addUnit;
  return (
    <Dialog open onClose={onClose} title={title} data-testid="unit-dialog">
      <Form onSubmit={submit} aria-label={title}>
        <Field label={t.unitName} name="name">
          <Input value={values.name} onChange={set('name')} autoComplete="off" data-testid="unit-name" />
        </Field>
        <Field label={t.unitKind} name="kind">
          <Select value={values.kind} onChange={set('kind')}>
            {UNIT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t[`unitKind_${k}`]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.region} name="regionId">
          <Select value={values.regionId} onChange={set('regionId')} data-testid="unit-region">
            <option value="">{t.choose}</option>
            {regions.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.homeBuilding} name="buildingId" hint={t.homeBuildingHint}>
          <Select value={values.buildingId} onChange={set('buildingId')} data-testid="unit-building">
            <option value="">{t.choose}</option>
            <BuildingOptions regions={regions} buildings={buildings} />
          </Select>
        </Field>
        <Field label={t.dormitory} name="dormitoryId" hint={t.dormitoryHint}>
          <Select value={values.dormitoryId} onChange={set('dormitoryId')}>
            <option value="">{t.none}</option>
            <BuildingOptions regions={regions} buildings={buildings.filter((b) => b.kind === 'dormitory')} />
          </Select>
        </Field>
        {editing ? null : (
          <Field label={t.idOptional} name="id" hint={t.idHint}>
            <Input value={values.id} onChange={set('id')} autoComplete="off" spellCheck={false} className="mono" />
          </Field>
        )}
        <div className="form-actions">
          <Button onClick={onClose}>{t.cancel}</Button>
          <SubmitButton data-testid="unit-save">{editing ? t.save : t.add}</SubmitButton>
        </div>
      </Form>
    </Dialog>
  );
}
