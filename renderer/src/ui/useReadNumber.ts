import { useCallback } from 'react';
import { fieldFailure } from '../api/errors.js';
import { useText } from '../i18n/lang.js';
import { uiText } from '../i18n/ui.js';

export interface ReadNumberOptions {
  /** Empty input gives null instead of an error. */
  optional?: boolean;
  whole?: boolean;
}

/**
 * Reads a number typed into a field, inside a Form's submit: what cannot be a number is reported beside `field`.
 * Ranges are the host's to check: it names the field and the bound.
 */
export function useReadNumber() {
  const t = useText(uiText);
  return useCallback(
    ((raw: string, field: string, options: ReadNumberOptions = {}) => {
      const text = raw.trim();
      if (text === '' && options.optional) return null;
      const n = Number(text);
      if (text === '' || !Number.isFinite(n)) throw fieldFailure(field, options.whole ? t.enterWholeNumber : t.enterNumber);
      if (options.whole && !Number.isInteger(n)) throw fieldFailure(field, t.enterWholeNumber);
      return n;
    }) as {
      (raw: string, field: string, options: ReadNumberOptions & { optional: true }): number | null;
      (raw: string, field: string, options?: ReadNumberOptions): number;
    },
    [t],
  );
}
