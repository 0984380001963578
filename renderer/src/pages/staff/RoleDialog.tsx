import type { RoleView } from '../../../../shared/rotation/contract.js';
import { STAFF_ROLE_KINDS, type StaffRoleKind } from '../../../../shared/rotation/schema.js';
import { useState } from 'react';
import { api, ApiFailure } from '../../api/client.js';
import { fieldFailure } from '../../api/errors.js';
import { useQuery } from '../../api/useQuery.js';
import { useText } from '../../i18n/lang.js';
import { rotationText } from '../../i18n/rotation.js';
import { Button } from '../../ui/Button.js';
import { Dialog } from '../../ui/Dialog.js';
import { Field, Input, Select } from '../../ui/Field.js';
import { Form, SubmitButton } from '../../ui/Form.js';
import { useReadNumber } from '../../ui/useReadNumber.js';
import { refusalDetails, useRotationFormat } from './format.js';

interface Values {
  name: string;
  kind: StaffRoleKind;
  posts: string;
  minOnCampus: string;
}

const toValues = (role: RoleView | null): Values =>
  role
    ? { name: role.name, kind: role.kind, posts: String(role.posts), minOnCampus: role.minOnCampus === undefined ? '' : String(role.minOnCampus) }
    : { name: '', kind: 'management', posts: '', minOnCampus: '' };

export interface RoleDialogProps {
  /** The role to edit; a new one when null. */
  role: RoleView | null;
  onClose: () => void;
  onSaved: (name: string) => void;
}

/** Adds or edits a staff role; the host checks the minimum against the posts and against the approved rotations. */
export function RoleDialog({ role, onClose, onSaved }: RoleDialogProps) {
  const t = useText(rotationText);
  const f = useRotationFormat();
  const readNumber = useReadNumber();
  const settings = useQuery('settings.get', {});
  const [values, setValues] = useState(() => toValues(role));
  const set = (key: keyof Values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value }));
  const title = role ? t.editRoleNamed(role.name) : t.newRoleTitle;
  const percent = settings.data?.rotation.securityMinPercent;

  const submit = async () => {
    const fields = { name: values.name, kind: values.kind, posts: readNumber(values.posts, 'posts', { whole: true }) };
    const minOnCampus = readNumber(values.minOnCampus, 'minOnCampus', { optional: true, whole: true });
    try {
      const saved = role
        ? await api.call('rotation.roles.update', { id: role.id, ...fields, minOnCampus })
        : await api.call('rotation.roles.create', { ...fields, ...(minOnCampus === null ? {} : { minOnCampus }) });
      onSaved(saved.name);
    } catch (err) {
      // A raise that an approved rotation's gap would fall below: said beside the field, with the moment in local time.
      const details = err instanceof ApiFailure ? refusalDetails(err.error) : null;
      if (err instanceof ApiFailure && err.error.field && details?.kind === 'coverage') {
        throw fieldFailure(err.error.field, t.rolePlanBroken(f.refusal(details.refusal, () => values.name)));
      }
      throw err;
    }
  };

  return (
    <Dialog open onClose={onClose} title={title} data-testid="role-dialog">
      <Form onSubmit={submit} aria-label={title}>
        <Field label={t.roleName} name="name">
          <Input value={values.name} onChange={set('name')} data-testid="role-name" />
        </Field>
        <div className="form-grid">
          <Field label={t.roleKind} name="kind">
            <Select value={values.kind} onChange={set('kind')} data-testid="role-kind">
              {STAFF_ROLE_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t[`kind_${k}`]}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t.posts} name="posts">
            <Input inputMode="numeric" value={values.posts} onChange={set('posts')} data-testid="role-posts" />
          </Field>
          <Field
            label={t.minOnCampus}
            name="minOnCampus"
            hint={values.kind === 'security' && percent !== undefined ? t.minimumDefaultHint(f.n(percent)) : t.minimumOwnHint}
          >
            <Input inputMode="numeric" value={values.minOnCampus} onChange={set('minOnCampus')} data-testid="role-min" />
          </Field>
        </div>
        <div className="form-actions">
          <Button onClick={onClose}>{t.cancelForm}</Button>
          <SubmitButton data-testid="role-save">{t.save}</SubmitButton>
        </div>
      </Form>
    </Dialog>
  );
}
