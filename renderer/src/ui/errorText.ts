import { parseISO } from 'date-fns';
import { useMemo } from 'react';
import type { ApiError } from '../../../shared/contract/define.js';
import { wordError, type Catalog, type ParamFormatter } from '../../../shared/errors/catalog.js';
import { errorsEn } from '../../../shared/errors/en.js';
import type { FieldIssue } from '../../../shared/errors/index.js';
import { isUnreachable } from '../api/errors.js';
import { labelFor } from '../i18n/errors/labels.js';
import { errorsZh } from '../i18n/errors/zh.js';
import { useDates, useLang, useText } from '../i18n/lang.js';
import { useNumbers } from '../i18n/numbers.js';
import type { Lang } from '../i18n/text.js';
import { uiText } from '../i18n/ui.js';

/** Transitional: an English sentence from a module without codes starts with its field, which a Field already shows. */
const withoutField = (e: { code: string; field?: string | undefined }, text: string) =>
  e.code === 'legacy.text' && e.field && text.startsWith(`${e.field}: `) ? text.slice(e.field.length + 2) : text;

export const CATALOGS: Record<Lang, Catalog> = { en: errorsEn, zh: errorsZh };

/** How an ApiError reads in the current language: a headline by kind, and the code worded from the catalog. */
export function useErrorText() {
  const { lang } = useLang();
  const t = useText(uiText);
  const dates = useDates();
  const numbers = useNumbers();
  return useMemo(() => {
    const formatter: ParamFormatter = {
      number: numbers.format,
      dateTime: (iso) => dates.dateTime(iso),
      date: (d) => dates.date(parseISO(d)),
      time: (clock) => clock,
      list: (values) => values.join(lang === 'zh' ? '、' : ', '),
      label: (domain, value) => labelFor(domain, value, lang) ?? value,
    };
    const word = (code: FieldIssue['code'], params: FieldIssue['params']) => wordError(CATALOGS[lang], code, params, formatter);
    return {
      title: (e: ApiError) => t[`err_${e.kind}`],
      /** The whole explanation; a field error names its field first. */
      message: (e: ApiError) => {
        if (isUnreachable(e)) return t.unreachable;
        const reason = word(e.code, e.params);
        return e.field && e.kind === 'invalid_input' && e.code !== 'legacy.text' ? `${e.field}: ${reason}` : reason;
      },
      /** The reason alone, for showing beside its field. */
      reason: (e: ApiError) => withoutField(e, word(e.code, e.params)),
      issue: (i: FieldIssue) => withoutField(i, word(i.code, i.params)),
    };
  }, [lang, t, dates, numbers]);
}
