import { useMemo } from 'react';
import { useLang } from './lang.js';

/** Number formatting in the current language (3,000 / 3,000; 18.5). */
export function useNumbers() {
  const { lang } = useLang();
  return useMemo(() => {
    const nf = new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en', { maximumFractionDigits: 2 });
    return { format: (n: number) => nf.format(n) };
  }, [lang]);
}
