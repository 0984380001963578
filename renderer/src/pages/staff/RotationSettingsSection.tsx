import type { RotationSettings } from '../../../../shared/rotation/schema.js';
import { useState } from 'react';
import { api } from '../../api/client.js';
import { useQuery } from '../../api/useQuery.js';
import { useText } from '../../i18n/lang.js';
import { rotationText } from '../../i18n/rotation.js';
import { Card } from '../../ui/Card.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { Field, Input } from '../../ui/Field.js';
import { Form, SubmitButton } from '../../ui/Form.js';
import { Notice } from '../../ui/Notice.js';
import { Loading } from '../../ui/Progress.js';
import { useReadNumber } from '../../ui/useReadNumber.js';
import { useRotationAccess } from './access.js';

type Key = keyof RotationSettings;
const KEYS: readonly Key[] = ['lookBackDays', 'natValidityHours', 'natIntervalDays', 'securityMinPercent'];

/** The rotation rules' numbers (R2, R4, R5), stored with the campus. */
export function RotationSettingsSection() {
  const t = useText(rotationText);
  const settings = useQuery('settings.get', {});
  return (
    <Card title={t.settingsTitle}>
      <p className="muted">{t.settingsIntro}</p>
      <ErrorBanner error={settings.error} onRetry={settings.reload} />
      {settings.data ? <RotationForm initial={settings.data.rotation} /> : settings.loading ? <Loading /> : null}
    </Card>
  );
}

const toValues = (s: RotationSettings) => Object.fromEntries(KEYS.map((k) => [k, String(s[k])])) as Record<Key, string>;

function RotationForm({ initial }: { initial: RotationSettings }) {
  const t = useText(rotationText);
  const readNumber = useReadNumber();
  const { canMaintain } = useRotationAccess();
  const [values, setValues] = useState(() => toValues(initial));
  const [saved, setSaved] = useState(false);
  const hints: Partial<Record<Key, string>> = { lookBackDays: t.lookBackHint, securityMinPercent: t.securityMinHint };

  const submit = async () => {
    const rotation = Object.fromEntries(KEYS.map((k) => [k, readNumber(values[k], `rotation.${k}`, { whole: true })])) as RotationSettings;
    const stored = await api.call('settings.update', { rotation });
    setValues(toValues(stored.rotation));
    setSaved(true);
  };

  return (
    <Form onSubmit={submit} aria-label={t.settingsTitle} data-testid="rotation-settings-form">
      <fieldset className="plain" disabled={!canMaintain}>
        <div className="form-grid">
          {KEYS.map((k) => (
            <Field key={k} label={t[k]} name={`rotation.${k}`} hint={hints[k]}>
              <Input
                inputMode="numeric"
                value={values[k]}
                onChange={(e) => {
                  setSaved(false);
                  setValues((v) => ({ ...v, [k]: e.target.value }));
                }}
              />
            </Field>
          ))}
        </div>
      </fieldset>
      {canMaintain ? (
        <div className="form-actions">
          {saved ? <Notice tone="success">{t.saved}</Notice> : null}
          <SubmitButton data-testid="rotation-settings-save">{t.save}</SubmitButton>
        </div>
      ) : (
        <p className="muted">{t.rulesReadOnly}</p>
      )}
    </Form>
  );
}
