import type { Building, BuildingKind, Region } from '../../../../shared/campus/schema.js';
import { BUILDING_KINDS } from '../../../../shared/campus/schema.js';
import { useState } from 'react';
import { api } from '../../api/client.js';
import { campusText } from '../../i18n/campus.js';
import { useText } from '../../i18n/lang.js';
import { Button } from '../../ui/Button.js';
import { Dialog } from '../../ui/Dialog.js';
import { Field, Input, Select } from '../../ui/Field.js';
import { Form, SubmitButton } from '../../ui/Form.js';
import { useReadNumber } from '../../ui/useReadNumber.js';

export interface BuildingDialogProps {
  building: Building | 'new';
  regions: readonly Region[];
  onClose: () => void;
  onSaved: (building: Building) => void;
}

export function BuildingDialog({ building, regions, onClose, onSaved }: BuildingDialogProps) {
  const t = useText(campusText);
  const readNumber = useReadNumber();
  const editing = building === 'new' ? null : building;
  const [values, setValues] = useState({
    id: '',
    name: editing?.name ?? '',
    kind: (editing?.kind ?? 'classroom') as BuildingKind,
    regionId: editing?.regionId ?? regions[0]?.id ?? '',
    floors: String(editing?.floors ?? 1),
  });
  const set = (key: keyof typeof values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value }));

  const submit = async () => {
    const fields = { name: values.name, kind: values.kind, regionId: values.regionId, floors: readNumber(values.floors, 'floors', { whole: true }) };
    const id = values.id.trim();
    onSaved(editing ? await api.call('campus.buildings.update', { id: editing.id, ...fields }) : await api.call('campus.buildings.create', { ...fields, ...(id ? { id } : {}) }));
  };

  const title = editing ? t.editBuilding : t.addBuilding;
  return (
    <Dialog open onClose={onClose} title={title} data-testid="building-dialog">
      <Form onSubmit={submit} aria-label={title}>
        <Field label={t.buildingName} name="name">
          <Input value={values.name} onChange={set('name')} autoComplete="off" />
        </Field>
        <Field label={t.buildingKind} name="kind">
          <Select value={values.kind} onChange={set('kind')}>
            {BUILDING_KINDS.map((k) => (
              <option key={k} value={k}>
                {t[`buildingKind_${k}`]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.region} name="regionId">
          <Select value={values.regionId} onChange={set('regionId')}>
            {regions.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.floors} name="floors">
          <Input inputMode="numeric" value={values.floors} onChange={set('floors')} />
        </Field>
        {editing ? null : (
          <Field label={t.idOptional} name="id" hint={t.idHint}>
            <Input value={values.id} onChange={set('id')} autoComplete="off" spellCheck={false} className="mono" />
          </Field>
        )}
        <div className="form-actions">
          <Button onClick={onClose}>{t.cancel}</Button>
          <SubmitButton>{editing ? t.save : t.add}</SubmitButton>
        </div>
      </Form>
    </Dialog>
  );
}
