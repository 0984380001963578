import { FUEL_KINDS, type FuelKind, type HeatingSettings } from '../../../../shared/heating/schema.js';
import { useState } from 'react';
import { api } from '../../api/client.js';
import { useQuery } from '../../api/useQuery.js';
import { useText } from '../../i18n/lang.js';
import { settingsText } from '../../i18n/settings.js';
import { useSession } from '../../session.js';
import { Card } from '../../ui/Card.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { Field, Input, Select } from '../../ui/Field.js';
import { Form, SubmitButton } from '../../ui/Form.js';
import { Notice } from '../../ui/Notice.js';
import { Loading } from '../../ui/Progress.js';
import { useReadNumber } from '../../ui/useReadNumber.js';

export function HeatingSettingsSection() {
  const t = useText(settingsText);
  const settings = useQuery('settings.get', {});
  return (
    <Card title={t.heatingTitle}>
      <p className="muted">{t.heatingIntro}</p>
      <ErrorBanner error={settings.error} onRetry={settings.reload} />
      {settings.data ? <HeatingForm initial={settings.data.heating} /> : settings.loading ? <Loading /> : null}
    </Card>
  );
}

type Values = Record<'classroomMinCelsius' | 'dormitoryMinCelsius' | 'readingMaxAgeHours' | 'hddBaseCelsius' | 'fuelItemId' | 'fuelPerDegreeDayFallback' | 'fuelFitMinDays', string> & {
  fuelKind: FuelKind;
};

const toValues = (h: HeatingSettings): Values => ({
  classroomMinCelsius: String(h.classroomMinCelsius),
  dormitoryMinCelsius: String(h.dormitoryMinCelsius),
  readingMaxAgeHours: String(h.readingMaxAgeHours),
  hddBaseCelsius: String(h.hddBaseCelsius),
  fuelKind: h.fuelKind,
  fuelItemId: h.fuelItemId ?? '',
  fuelPerDegreeDayFallback: h.fuelPerDegreeDayFallback === null ? '' : String(h.fuelPerDegreeDayFallback),
  fuelFitMinDays: String(h.fuelFitMinDays),
});

function HeatingForm({ initial }: { initial: HeatingSettings }) {
  const t = useText(settingsText);
  const { user } = useSession();
  const readNumber = useReadNumber();
  const [values, setValues] = useState(() => toValues(initial));
  const [saved, setSaved] = useState(false);
  const canEdit = user.role === 'administrator';
  const set = (key: keyof Values) => (e: { target: { value: string } }) => {
    setSaved(false);
    setValues((v) => ({ ...v, [key]: e.target.value }));
  };

  const submit = async () => {
    const name = (key: keyof Values) => `heating.${key}`;
    const heating: HeatingSettings = {
      classroomMinCelsius: readNumber(values.classroomMinCelsius, name('classroomMinCelsius')),
      dormitoryMinCelsius: readNumber(values.dormitoryMinCelsius, name('dormitoryMinCelsius')),
      readingMaxAgeHours: readNumber(values.readingMaxAgeHours, name('readingMaxAgeHours')),
      hddBaseCelsius: readNumber(values.hddBaseCelsius, name('hddBaseCelsius')),
      fuelKind: values.fuelKind,
      ...(values.fuelItemId.trim() ? { fuelItemId: values.fuelItemId.trim() } : {}),
      fuelPerDegreeDayFallback: readNumber(values.fuelPerDegreeDayFallback, name('fuelPerDegreeDayFallback'), { optional: true }),
      fuelFitMinDays: readNumber(values.fuelFitMinDays, name('fuelFitMinDays'), { whole: true }),
    };
    const stored = await api.call('settings.update', { heating });
    setValues(toValues(stored.heating));
    setSaved(true);
  };

  const number = (key: keyof Values, label: string, hint?: string) => (
    <Field label={label} name={`heating.${key}`} hint={hint}>
      <Input type="text" inputMode="decimal" value={values[key]} onChange={set(key)} />
    </Field>
  );

  return (
    <Form onSubmit={submit} aria-label={t.heatingTitle} data-testid="heating-settings-form">
      <fieldset className="plain" disabled={!canEdit}>
        <div className="form-grid">
          {number('classroomMinCelsius', t.classroomMin)}
          {number('dormitoryMinCelsius', t.dormitoryMin)}
          {number('readingMaxAgeHours', t.readingMaxAge, t.readingMaxAgeHint)}
          {number('hddBaseCelsius', t.hddBase, t.hddBaseHint)}
          <Field label={t.fuelKind} name="heating.fuelKind">
            <Select value={values.fuelKind} onChange={set('fuelKind')}>
              {FUEL_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t[`fuel_${k}`]}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t.fuelItem} name="heating.fuelItemId" hint={t.fuelItemHint}>
            <Input value={values.fuelItemId} onChange={set('fuelItemId')} spellCheck={false} />
          </Field>
          {number('fuelPerDegreeDayFallback', t.fuelFallback, t.fuelFallbackHint)}
          {number('fuelFitMinDays', t.fuelFitMinDays)}
        </div>
      </fieldset>
      {canEdit ? (
        <div className="form-actions">
          {saved ? (
            <Notice tone="success" data-testid="heating-saved">
              {t.saved}
            </Notice>
          ) : null}
          <SubmitButton data-testid="heating-save">{t.save}</SubmitButton>
        </div>
      ) : (
        <p className="muted">{t.rulesReadOnly}</p>
      )}
    </Form>
  );
}
