import { useLang, useText } from '../i18n/lang.js';
import { LANG_NAMES, shellText } from '../i18n/shell.js';
import { LANGS } from '../i18n/text.js';

/** 中文 | English: applies at once and is remembered (LangProvider keeps it in localStorage). */
export function LanguageSwitch() {
  const t = useText(shellText);
  const { lang, setLang } = useLang();
  return (
    <div className="segmented" role="group" aria-label={t.language}>
      {LANGS.map((l) => (
        <button key={l} type="button" lang={l === 'zh' ? 'zh-CN' : 'en'} aria-pressed={lang === l} onClick={() => setLang(l)} data-testid={`lang-${l}`}>
          {LANG_NAMES[l]}
        </button>
      ))}
    </div>
  );
}
