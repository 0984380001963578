import type { ApiError } from '../../../shared/contract/define.js';
import { useText } from '../i18n/lang.js';
import { uiText } from '../i18n/ui.js';
import { Button } from './Button.js';
import { useErrorText } from './errorText.js';
import { Notice } from './Notice.js';

export interface ErrorBannerProps {
  /** Nothing is shown for null. */
  error: ApiError | null;
  /** Shows a "Try again" button. */
  onRetry?: () => void;
  onDismiss?: () => void;
}

/** A failure from the host (or from reaching it), headlined by its code and explained in the current language. */
export function ErrorBanner({ error, onRetry, onDismiss }: ErrorBannerProps) {
  const t = useText(uiText);
  const text = useErrorText();
  if (!error) return null;
  return (
    <Notice
      tone="danger"
      title={text.title(error)}
      data-testid="error-banner"
      onDismiss={onDismiss}
      actions={onRetry ? <Button size="small" icon="refresh" onClick={onRetry}>{t.retry}</Button> : undefined}
    >
      {text.message(error)}
    </Notice>
  );
}
