// Translations are plain typed objects per module: the compiler checks that Chinese has every English entry with the
// same arguments, and components read entries as properties, so a missing or misspelt key does not build.
type Entry = string | ((...args: never[]) => string);
type Dict = Record<string, Entry>;

export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

export interface Text<T extends Dict> {
  en: T;
  zh: { [K in keyof T]: T[K] extends string ? string : T[K] };
}

export function defineText<T extends Dict>(text: Text<T>): Text<T> {
  return text;
}

export function systemLang(languages: readonly string[] = navigator.languages): Lang {
  const first = languages.find((l) => /^(zh|en)\b/i.test(l)) ?? 'en';
  return first.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
