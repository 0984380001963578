import type { PersonRow } from '../../../../shared/campus/peopleQuery.js';
import { BOARDING_KINDS, PERSON_KINDS, PRESENCES, type Boarding, type PersonKind, type Presence, type Region } from '../../../../shared/campus/schema.js';
import type { UnitView } from '../../../../shared/campus/views.js';
import { useState } from 'react';
import { api } from '../../api/client.js';
import { useAction } from '../../api/useAction.js';
import { campusText } from '../../i18n/campus.js';
import { useText } from '../../i18n/lang.js';
import { Button } from '../../ui/Button.js';
import { Dialog } from '../../ui/Dialog.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { Field, Input, Select } from '../../ui/Field.js';
import { Form, SubmitButton } from '../../ui/Form.js';
import { UnitOptions } from './options.js';

export interface PersonDialogProps {
  /** The person to edit, or a new person, optionally in a given unit. */
  person: PersonRow | { unitId: string };
  regions: readonly Region[];
  units: readonly UnitView[];
  onClose: () => void;
  onSaved: () => void;
}

const isExisting = (p: PersonDialogProps['person']): p is PersonRow => 'id' in p;

/** Add, edit or remove a person. Which fields apply follows the role; the host judges the whole record. */
export function PersonDialog({ person, regions, units, onClose, onSaved }: PersonDialogProps) {
  const t = useText(campusText);
  const editing = isExisting(person) ? person : null;
  const [values, setValues] = useState({
    id: '',
    name: editing?.name ?? '',
    kind: (editing?.kind ?? 'student') as PersonKind,
    boarding: (editing?.boarding ?? 'boarder') as Boarding,
    staffRoleId: editing?.staffRoleId ?? '',
    presence: (editing?.presence ?? 'onCampus') as Presence,
    unitId: person.unitId,
    phone: editing?.phone ?? '',
    idNumber: editing?.idNumber ?? '',
  });
  const [confirmRemove, setConfirmRemove] = useState(false);
  const remove = useAction();
  const set = (key: keyof typeof values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value }));

  const submit = async () => {
    const optional = (v: string) => (v.trim() === '' ? null : v.trim());
    const fields = {
      name: values.name,
      kind: values.kind,
      presence: values.presence,
      unitId: values.unitId,
      boarding: values.kind === 'student' ? values.boarding : null,
      staffRoleId: values.kind === 'staff' ? optional(values.staffRoleId) : null,
      phone: optional(values.phone),
      idNumber: optional(values.idNumber),
    };
    if (editing) {
      await api.call('campus.people.update', { id: editing.id, ...fields });
    } else {
      // A new record has nothing to clear: empty optional fields are left out.
      const id = optional(values.id);
      await api.call('campus.people.create', {
        name: fields.name,
        kind: fields.kind,
        presence: fields.presence,
        unitId: fields.unitId,
        ...(fields.boarding ? { boarding: fields.boarding } : {}),
        ...(fields.staffRoleId ? { staffRoleId: fields.staffRoleId } : {}),
        ...(fields.phone ? { phone: fields.phone } : {}),
        ...(fields.idNumber ? { idNumber: fields.idNumber } : {}),
        ...(id ? { id } : {}),
      });
    }
    onSaved();
  };

  const title = editing ? t.editPerson : t.addPerson;
  return (
    <Dialog open onClose={onClose} title={title} data-testid="person-dialog">
      <Form onSubmit={submit} aria-label={title}>
        <div className="form-grid">
          <Field label={t.name} name="name">
            <Input value={values.name} onChange={set('name')} autoComplete="off" data-testid="person-name" />
          </Field>
          <Field label={t.personKind} name="kind">
            <Select value={values.kind} onChange={set('kind')} data-testid="person-kind">
              {PERSON_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t[`personKind_${k}`]}
                </option>
              ))}
            </Select>
          </Field>
          {values.kind === 'student' ? (
            <Field label={t.boarding} name="boarding">
              <Select value={values.boarding} onChange={set('boarding')}>
                {BOARDING_KINDS.map((b) => (
                  <option key={b} value={b}>
                    {t[`boarding_${b}`]}
                  </option>
                ))}
              </Select>
            </Field>
          ) : null}
          {values.kind === 'staff' ? (
            <Field label={t.staffRole} name="staffRoleId" hint={t.staffRoleHint}>
              <Input value={values.staffRoleId} onChange={set('staffRoleId')} autoComplete="off" spellCheck={false} className="mono" />
            </Field>
          ) : null}
          <Field label={t.presence} name="presence">
            <Select value={values.presence} onChange={set('presence')} data-testid="person-presence">
              {PRESENCES.map((p) => (
                <option key={p} value={p}>
                  {t[`presence_${p}`]}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t.unit} name="unitId">
            <Select value={values.unitId} onChange={set('unitId')} data-testid="person-unit">
              <option value="">{t.choose}</option>
              <UnitOptions regions={regions} units={units} />
            </Select>
          </Field>
          <Field label={t.phone} name="phone">
            <Input type="tel" value={values.phone} onChange={set('phone')} autoComplete="off" />
          </Field>
          <Field label={t.idNumber} name="idNumber">
            <Input value={values.idNumber} onChange={set('idNumber')} autoComplete="off" spellCheck={false} />
          </Field>
          {editing ? null : (
            <Field label={t.idOptional} name="id" hint={t.idHint}>
              <Input value={values.id} onChange={set('id')} autoComplete="off" spellCheck={false} className="mono" />
            </Field>
          )}
        </div>
        <ErrorBanner error={remove.error} onDismiss={remove.clear} />
        <div className="form-actions">
          {editing ? (
            confirmRemove ? (
              <Button
                variant="danger"
                busy={remove.busy}
                onClick={() => void remove.run(async () => {
                  await api.call('campus.people.delete', { id: editing.id });
                  onSaved();
                })}
                data-testid="person-remove-confirm"
              >
                {t.confirmDeleteTitle(editing.name)}
              </Button>
            ) : (
              <Button variant="ghost" onClick={() => setConfirmRemove(true)} data-testid="person-remove">
                {t.deletePerson}
              </Button>
            )
          ) : null}
          <span className="form-actions-spacer" />
          <Button onClick={onClose}>{t.cancel}</Button>
          <SubmitButton data-testid="person-save">{editing ? t.save : t.add}</SubmitButton>
        </div>
      </Form>
    </Dialog>
  );
}
