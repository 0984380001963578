import { ROLES, type Role } from '../../../../shared/auth/roles.js';
import type { PublicUser } from '../../../../shared/system/schema.js';
import { useState } from 'react';
import { api } from '../../api/client.js';
import { fieldFailure } from '../../api/errors.js';
import { useText } from '../../i18n/lang.js';
import { roleText } from '../../i18n/roles.js';
import { settingsText } from '../../i18n/settings.js';
import { Button } from '../../ui/Button.js';
import { Dialog } from '../../ui/Dialog.js';
import { Field, Input, Select } from '../../ui/Field.js';
import { Form, SubmitButton } from '../../ui/Form.js';

export interface AddUserDialogProps {
  open: boolean;
  onClose: () => void;
  onAdded: (user: PublicUser) => void;
}

const EMPTY = { displayName: '', username: '', role: 'logistics' as Role, password: '', confirm: '' };

export function AddUserDialog({ open, onClose, onAdded }: AddUserDialogProps) {
  const t = useText(settingsText);
  const roles = useText(roleText);
  const [values, setValues] = useState(EMPTY);
  const set = (key: keyof typeof EMPTY) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value }));

  const close = () => {
    setValues(EMPTY);
    onClose();
  };

  const submit = async () => {
    if (values.password !== values.confirm) throw fieldFailure('confirm', t.passwordsDiffer);
    const { confirm: _confirm, ...input } = values;
    const user = await api.call('users.create', input);
    setValues(EMPTY);
    onAdded(user);
  };

  return (
    <Dialog open={open} onClose={close} title={t.addUserTitle} data-testid="add-user-dialog">
      <Form onSubmit={submit} aria-label={t.addUserTitle}>
        <Field label={t.displayName} name="displayName">
          <Input value={values.displayName} onChange={set('displayName')} autoComplete="off" />
        </Field>
        <Field label={t.username} name="username">
          <Input value={values.username} onChange={set('username')} autoComplete="off" autoCapitalize="none" spellCheck={false} />
        </Field>
        <Field label={t.role} name="role">
          <Select value={values.role} onChange={set('role')}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {roles[r]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.password} name="password" hint={t.passwordHint}>
          <Input type="password" value={values.password} onChange={set('password')} autoComplete="new-password" />
        </Field>
        <Field label={t.confirmPassword} name="confirm">
          <Input type="password" value={values.confirm} onChange={set('confirm')} autoComplete="new-password" />
        </Field>
        <div className="form-actions">
          <Button onClick={close}>{t.cancel}</Button>
          <SubmitButton icon="plus">{t.create}</SubmitButton>
        </div>
      </Form>
    </Dialog>
  );
}
