import { format as formatDate, formatDistanceToNow } from 'date-fns';
import { enUS, zhCN } from 'date-fns/locale';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { systemLang, type Lang } from './text.js';

const STORAGE_KEY = 'cordon.lang';

interface LangState {
  lang: Lang;
  setLang(lang: Lang): void;
}

const LangContext = createContext<LangState>({ lang: 'en', setLang: () => undefined });

export function LangProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => {
    const saved = localStorage.getItem(STORAGE_KEY);
    return saved === 'zh' || saved === 'en' ? saved : systemLang();
  });
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }, [lang]);
  const setLang = useCallback((next: Lang) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLangState(next);
  }, []);
  const value = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  return <LangContext.Provider value={value}>{children}</LangContext.Provider>;
}

export const useLang = () => useContext(LangContext);

/** The module's texts in the current language. */
export function useText<E extends object>(text: { en: E; zh: unknown }): E {
  const { lang } = useLang();
  return (lang === 'zh' ? text.zh : text.en) as E;
}

const LOCALES = { zh: zhCN, en: enUS } as const;
const PATTERNS = {
  zh: { date: 'yyyy年M月d日', dateTime: 'yyyy年M月d日 HH:mm', time: 'HH:mm', weekday: 'EEEE' },
  en: { date: 'd MMM yyyy', dateTime: 'd MMM yyyy, HH:mm', time: 'HH:mm', weekday: 'EEEE' },
} as const;

/** Date formatting in the current language, always through date-fns. */
export function useDates() {
  const { lang } = useLang();
  return useMemo(() => {
    const locale = LOCALES[lang];
    const p = PATTERNS[lang];
    const toDate = (v: string | number | Date) => (v instanceof Date ? v : new Date(v));
    return {
      date: (v: string | number | Date) => formatDate(toDate(v), p.date, { locale }),
      dateTime: (v: string | number | Date) => formatDate(toDate(v), p.dateTime, { locale }),
      time: (v: string | number | Date) => formatDate(toDate(v), p.time, { locale }),
      weekday: (v: string | number | Date) => formatDate(toDate(v), p.weekday, { locale }),
      ago: (v: string | number | Date) => formatDistanceToNow(toDate(v), { locale, addSuffix: true }),
      locale,
    };
  }, [lang]);
}
