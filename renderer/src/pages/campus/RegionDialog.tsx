import type { Region } from '../../../../shared/campus/schema.js';
import { useState } from 'react';
import { api } from '../../api/client.js';
import { campusText } from '../../i18n/campus.js';
import { useText } from '../../i18n/lang.js';
import { Button } from '../../ui/Button.js';
import { Dialog } from '../../ui/Dialog.js';
import { Field, Input } from '../../ui/Field.js';
import { Form, SubmitButton } from '../../ui/Form.js';

export interface RegionDialogProps {
  /** The region to edit, or "new". */
  region: Region | 'new';
  onClose: () => void;
  onSaved: (region: Region) => void;
}

/** Mounted only while open, so each opening starts from the record as it is. */
export function RegionDialog({ region, onClose, onSaved }: RegionDialogProps) {
  const t = useText(campusText);
  const editing = region === 'new' ? null : region;
  const [values, setValues] = useState({ id: '', name: editing?.name ?? '', code: editing?.code ?? '' });
  const set = (key: keyof typeof values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value }));

  const submit = async () => {
    const code = values.code.trim();
    const saved = editing
      ? await api.call('campus.regions.update', { id: editing.id, name: values.name, code: code === '' ? null : code })
      : await api.call('campus.regions.create', { name: values.name, ...(code ? { code } : {}), ...(values.id.trim() ? { id: values.id.trim() } : {}) });
    onSaved(saved);
  };

  const title = editing ? t.editRegion : t.addRegion;
  return (
    <Dialog open onClose={onClose} title={title} data-testid="region-dialog">
      <Form onSubmit={submit} aria-label={title}>
        <Field label={t.regionName} name="name">
          <Input value={values.name} onChange={set('name')} autoComplete="off" data-testid="region-name" />
        </Field>
        <Field label={t.regionCode} name="code" hint={t.regionCodeHint}>
          <Input value={values.code} onChange={set('code')} autoComplete="off" />
        </Field>
        {editing ? null : (
          <Field label={t.idOptional} name="id" hint={t.idHint}>
            <Input value={values.id} onChange={set('id')} autoComplete="off" spellCheck={false} className="mono" />
          </Field>
        )}
        <div className="form-actions">
          <Button onClick={onClose}>{t.cancel}</Button>
          <SubmitButton data-testid="region-save">{editing ? t.save : t.add}</SubmitButton>
        </div>
      </Form>
    </Dialog>
  );
}
