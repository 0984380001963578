import type { Session } from '../../../shared/system/contract.js';
import { useState } from 'react';
import { api } from '../api/client.js';
import { fieldFailure } from '../api/errors.js';
import { authText } from '../i18n/auth.js';
import { useText } from '../i18n/lang.js';
import { Field, Input } from '../ui/Field.js';
import { Form, SubmitButton } from '../ui/Form.js';
import { Notice, type Tone } from '../ui/Notice.js';
import { AuthFrame } from './AuthFrame.js';

export interface SetupProps {
  onDone: (session: Session) => Promise<void>;
  /** Why setup is asked for (e.g. the restored backup predates the first administrator). */
  notice?: { tone: Tone; text: string };
}

const EMPTY = { campusName: '', displayName: '', username: '', password: '', confirm: '' };

/** First run: the first administrator and the campus's name. */
export function Setup({ onDone, notice }: SetupProps) {
  const t = useText(authText);
  const [values, setValues] = useState(EMPTY);
  const set = (key: keyof typeof EMPTY) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value }));

  const submit = async () => {
    if (values.password !== values.confirm) throw fieldFailure('confirm', t.passwordsDiffer);
    const { confirm: _confirm, ...input } = values;
    await onDone(await api.call('system.setup', input));
  };

  return (
    <AuthFrame title={t.setupTitle} intro={t.setupIntro} wide data-testid="setup">
      {notice ? <Notice tone={notice.tone}>{notice.text}</Notice> : null}
      <Form onSubmit={submit} aria-label={t.setupTitle} data-testid="setup-form">
        <fieldset className="form-section">
          <legend>{t.campusSection}</legend>
          <Field label={t.campusName} name="campusName" hint={t.campusNameHint}>
            <Input value={values.campusName} onChange={set('campusName')} autoFocus />
          </Field>
        </fieldset>
        <fieldset className="form-section">
          <legend>{t.adminSection}</legend>
          <div className="form-grid">
            <Field label={t.displayName} name="displayName">
              <Input value={values.displayName} onChange={set('displayName')} autoComplete="name" />
            </Field>
            <Field label={t.username} name="username" hint={t.usernameHint}>
              <Input value={values.username} onChange={set('username')} autoComplete="username" autoCapitalize="none" spellCheck={false} />
            </Field>
            <Field label={t.password} name="password" hint={t.passwordHint}>
              <Input type="password" value={values.password} onChange={set('password')} autoComplete="new-password" />
            </Field>
            <Field label={t.confirmPassword} name="confirm">
              <Input type="password" value={values.confirm} onChange={set('confirm')} autoComplete="new-password" />
            </Field>
          </div>
        </fieldset>
        <div className="form-actions">
          <SubmitButton data-testid="setup-submit">{t.createAdmin}</SubmitButton>
        </div>
      </Form>
    </AuthFrame>
  );
}
