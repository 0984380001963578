import { useId, useState } from 'react';
import type { CanteenOverview } from '../../../../shared/canteen/contract.js';
import { MEALS, type CanteenSettings, type Meal, type MealWindow } from '../../../../shared/canteen/schema.js';
import { api } from '../../api/client.js';
import { useQuery } from '../../api/useQuery.js';
import { canteenRulesText, canteenText } from '../../i18n/canteen.js';
import { useText } from '../../i18n/lang.js';
import { settingsText } from '../../i18n/settings.js';
import { Link } from '../../router.js';
import { useSession } from '../../session.js';
import { Card } from '../../ui/Card.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { Field, Input } from '../../ui/Field.js';
import { Form, SubmitButton } from '../../ui/Form.js';
import { Notice } from '../../ui/Notice.js';
import { Loading } from '../../ui/Progress.js';
import { useReadNumber } from '../../ui/useReadNumber.js';
import './canteen.css';

/** The canteen rules (R6, R7) in Settings: saves only `canteen`, and says what a change does to the plans. */
export function CanteenSettingsSection() {
  const t = useText(canteenRulesText);
  const settings = useQuery('settings.get', {});
  const overview = useQuery('canteen.overview', {});
  return (
    <Card title={t.title} data-testid="canteen-settings">
      <p className="muted">{t.intro}</p>
      <ErrorBanner error={settings.error} onRetry={settings.reload} />
      {settings.data ? <CanteenRulesForm initial={settings.data.canteen} draft={overview.data?.draft ?? null} onSaved={overview.reload} /> : settings.loading ? <Loading /> : null}
    </Card>
  );
}

type NumberKey = 'occupancyPct' | 'eatMinutes' | 'gapMinutes';
type Values = Record<NumberKey, string> & { shareRegion: boolean; windows: Record<Meal, MealWindow> };

const toValues = (s: CanteenSettings): Values => ({
  occupancyPct: String(s.occupancyPct),
  eatMinutes: String(s.eatMinutes),
  gapMinutes: String(s.gapMinutes),
  shareRegion: s.shareRegion,
  windows: s.windows,
});

interface FormProps {
  initial: CanteenSettings;
  /** The newest draft and its conflicts under the rules in force, if there is one. */
  draft: CanteenOverview['draft'];
  onSaved: () => void;
}

function CanteenRulesForm({ initial, draft, onSaved }: FormProps) {
  const t = useText(canteenRulesText);
  const meals = useText(canteenText);
  const common = useText(settingsText);
  const { user } = useSession();
  const readNumber = useReadNumber();
  const [values, setValues] = useState(() => toValues(initial));
  const [saved, setSaved] = useState(false);
  const effectId = useId();
  const canEdit = user.role === 'administrator';
  const change = (patch: Partial<Values>) => {
    setSaved(false);
    setValues((v) => ({ ...v, ...patch }));
  };
  const setWindow = (meal: Meal, end: keyof MealWindow, value: string) => change({ windows: { ...values.windows, [meal]: { ...values.windows[meal], [end]: value } } });

  const submit = async () => {
    const whole = (key: NumberKey) => readNumber(values[key], `canteen.${key}`, { whole: true });
    const canteen: CanteenSettings = {
      occupancyPct: whole('occupancyPct'),
      eatMinutes: whole('eatMinutes'),
      gapMinutes: whole('gapMinutes'),
      shareRegion: values.shareRegion,
      windows: values.windows,
    };
    const stored = await api.call('settings.update', { canteen });
    setValues(toValues(stored.canteen));
    setSaved(true);
    onSaved();
  };

  const number = (key: NumberKey, label: string, hint?: string) => (
    <Field label={label} name={`canteen.${key}`} hint={hint}>
      <Input inputMode="numeric" value={values[key]} onChange={(e) => change({ [key]: e.target.value })} data-testid={`canteen-rule-${key}`} />
    </Field>
  );

  return (
    <Form onSubmit={submit} aria-label={t.title} aria-describedby={effectId} data-testid="canteen-settings-form">
      <div id={effectId}>
        <Notice tone="warning" title={t.effectTitle} data-testid="canteen-settings-effect">
          <p className="cp-rules-effect">{t.effect}</p>
          {draft ? (
            <p className="cp-rules-effect" data-testid="canteen-settings-draft">
              <strong className={draft.conflicts > 0 ? 'cp-text-danger' : undefined}>
                {draft.conflicts > 0 ? t.draftConflicts(draft.version, draft.conflicts) : t.draftClean(draft.version)}
              </strong>{' '}
              <Link to="/canteen">{t.openPlanner}</Link>
            </p>
          ) : null}
        </Notice>
      </div>
      <fieldset className="plain" disabled={!canEdit}>
        <div className="form-grid">
          {number('occupancyPct', t.occupancy, t.occupancyHint)}
          {number('eatMinutes', t.eat)}
          {number('gapMinutes', t.gap, t.gapHint)}
          <div className="field">
            <label className="choice cp-rules-share">
              <input type="checkbox" checked={values.shareRegion} onChange={(e) => change({ shareRegion: e.target.checked })} aria-describedby={`${effectId}-share`} data-testid="canteen-rule-shareRegion" />
              {t.share}
            </label>
            <div className="field-hint" id={`${effectId}-share`}>
              {t.shareHint}
            </div>
          </div>
        </div>
        <fieldset className="form-section">
          <legend>{t.windowsTitle}</legend>
          <div className="form-grid">
            {MEALS.flatMap((meal) =>
              (['start', 'end'] as const).map((end) => (
                <Field key={`${meal}.${end}`} label={(end === 'start' ? t.windowStart : t.windowEnd)(meals[`meal_${meal}`])} name={`canteen.windows.${meal}.${end}`}>
                  {/* Text, not type="time": the browser would show its own locale's clock (AM/PM) whatever the language chosen here. */}
                  <Input
                    inputMode="numeric"
                    placeholder={t.timePlaceholder}
                    maxLength={5}
                    spellCheck={false}
                    value={values.windows[meal][end]}
                    onChange={(e) => setWindow(meal, end, e.target.value.trim())}
                    data-testid={`canteen-rule-${meal}-${end}`}
                  />
                </Field>
              )),
            )}
          </div>
        </fieldset>
      </fieldset>
      {canEdit ? (
        <div className="form-actions">
          {saved ? (
            <Notice tone="success" data-testid="canteen-settings-saved">
              {common.saved}
            </Notice>
          ) : null}
          <SubmitButton data-testid="canteen-settings-save">{common.save}</SubmitButton>
        </div>
      ) : (
        <p className="muted">{common.rulesReadOnly}</p>
      )}
    </Form>
  );
}
