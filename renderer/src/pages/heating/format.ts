import { useMemo } from 'react';
import { heatingText } from '../../i18n/heating.js';
import { useLang, useText } from '../../i18n/lang.js';
import { useNumbers } from '../../i18n/numbers.js';

/**
 * A share as a percentage to one decimal that never rounds across 0 or 100: 99.96 % covered is not "everyone", and
 * one person out of 3,000 is not "nobody".
 */
export function clampShare(share: number): number {
  if (share > 0.999 && share < 1) return 0.999;
  if (share > 0 && share < 0.001) return 0.001;
  return share;
}

/** How heating figures read in the current language. */
export function useHeatingFormat() {
  const { lang } = useLang();
  const t = useText(heatingText);
  const numbers = useNumbers();
  return useMemo(() => {
    const percent = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', { style: 'percent', maximumFractionDigits: 1 });
    const oneDecimal = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    return {
      n: numbers.format,
      pct: (share: number) => percent.format(clampShare(share)),
      celsius: (c: number) => `${oneDecimal.format(c)} °C`,
      /** Against a minimum: "+1.5 °C", "−2.0 °C". */
      margin: (m: number) => `${m > 0 ? '+' : m < 0 ? '−' : '±'}${oneDecimal.format(Math.abs(m))} °C`,
      qty: (q: number, unit: string) => t.quantity(numbers.format(Math.round(q)), unit),
      decimal: (x: number) => oneDecimal.format(x),
      /** Days of cover to one decimal, rounded down: a promise of 4.96 days is a promise of 4.9. */
      days: (d: number) => t.days(oneDecimal.format(Math.floor(d * 10) / 10)),
    };
  }, [lang, t, numbers]);
}
