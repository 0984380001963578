import { useLang, useText } from '../../i18n/lang.js';
import { settingsText } from '../../i18n/settings.js';
import { LANG_NAMES } from '../../i18n/shell.js';
import { LANGS } from '../../i18n/text.js';
import { Card } from '../../ui/Card.js';

export function LanguageSection() {
  const t = useText(settingsText);
  const { lang, setLang } = useLang();
  return (
    <Card title={t.languageTitle}>
      <fieldset className="choice-group">
        <legend className="visually-hidden">{t.languageTitle}</legend>
        {LANGS.map((l) => (
          <label key={l} className="choice" lang={l === 'zh' ? 'zh-CN' : 'en'}>
            <input type="radio" name="language" value={l} checked={lang === l} onChange={() => setLang(l)} data-testid={`settings-lang-${l}`} />
            <span>{LANG_NAMES[l]}</span>
          </label>
        ))}
      </fieldset>
      <p className="muted">{t.languageHint}</p>
    </Card>
  );
}
