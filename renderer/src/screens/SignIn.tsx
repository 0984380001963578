import type { Session } from '../../../shared/system/contract.js';
import { useState } from 'react';
import { api } from '../api/client.js';
import { authText } from '../i18n/auth.js';
import { useText } from '../i18n/lang.js';
import { Field, Input } from '../ui/Field.js';
import { Form, SubmitButton } from '../ui/Form.js';
import { Notice, type Tone } from '../ui/Notice.js';
import { AuthFrame } from './AuthFrame.js';

export interface SignInProps {
  onSignedIn: (session: Session) => Promise<void>;
  /** Why the user is here again (e.g. the session ended). */
  notice?: { tone: Tone; text: string };
}

export function SignIn({ onSignedIn, notice }: SignInProps) {
  const t = useText(authText);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');

  const submit = async () => {
    const session = await api.call('auth.signIn', { username, password }).catch((err: unknown) => {
      setPassword('');
      throw err;
    });
    await onSignedIn(session);
  };

  return (
    <AuthFrame title={t.signInTitle} intro={t.signInIntro} data-testid="sign-in">
      {notice ? <Notice tone={notice.tone}>{notice.text}</Notice> : null}
      <Form onSubmit={submit} aria-label={t.signInTitle} data-testid="sign-in-form">
        <Field label={t.username} name="username">
          <Input value={username} onChange={(e) => setUsername(e.target.value)} autoComplete="username" autoCapitalize="none" spellCheck={false} autoFocus />
        </Field>
        <Field label={t.password} name="password">
          <Input type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" />
        </Field>
        <div className="form-actions">
          <SubmitButton className="btn-block" data-testid="sign-in-submit">
            {t.signIn}
          </SubmitButton>
        </div>
      </Form>
    </AuthFrame>
  );
}
