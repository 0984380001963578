import type { ApiError } from '../../../shared/contract/define.js';
import { isUnreachable } from '../api/errors.js';
import { localizeHostMessage } from '../i18n/hostMessages.js';
import { useLang, useText } from '../i18n/lang.js';
import { uiText } from '../i18n/ui.js';

/** How an ApiError reads in the current language: a headline by code, and the host's explanation. */
export function useErrorText() {
  const { lang } = useLang();
  const t = useText(uiText);
  return {
    title: (e: ApiError) => t[`err_${e.code}`],
    message: (e: ApiError) => (isUnreachable(e) ? t.unreachable : localizeHostMessage(e.message, lang)),
    /** The message without its leading `field: `, for showing beside that field. */
    reason: (e: ApiError) => {
      const own = e.field && e.message.startsWith(`${e.field}: `) ? e.message.slice(e.field.length + 2) : e.message;
      return localizeHostMessage(own, lang);
    },
  };
}
