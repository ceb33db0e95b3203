import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { setApiLocale } from './api.ts';

export type Locale = 'zh-CN' | 'en';
export type Localized = { zh: string; en: string };
export type Params = Record<string, string | number>;
export type Translate<K extends string> = (key: K, params?: Params) => string;

const STORAGE_KEY = 'zhucun.locale';

type LocaleState = { locale: Locale; setLocale: (locale: Locale) => void };
const LocaleContext = createContext<LocaleState>({ locale: 'zh-CN', setLocale: () => undefined });

export function readStoredLocale(): Locale {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

/** Chinese by default; the English switch is remembered on this browser. */
export function LocaleProvider({ children, initial }: { children: ReactNode; initial?: Locale }) {
  const [locale, setState] = useState<Locale>(() => {
    const chosen = initial ?? readStoredLocale();
    setApiLocale(chosen);
    return chosen;
  });
  const setLocale = useCallback((next: Locale) => {
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, next);
    } catch {
      // A browser that refuses storage still switches for this visit.
    }
    setApiLocale(next);
    setState(next);
  }, []);
  const value = useMemo(() => ({ locale, setLocale }), [locale, setLocale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocale(): Locale {
  return useContext(LocaleContext).locale;
}

export function useLocaleSwitch(): LocaleState {
  return useContext(LocaleContext);
}

export function fillParams(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

export function pickText(text: Localized, locale: Locale): string {
  return locale === 'en' ? text.en : text.zh;
}

/** For labels that travel as {zh, en} (menus, contract label tables). */
export function useText(): (text: Localized) => string {
  const locale = useLocale();
  return useCallback((text: Localized) => pickText(text, locale), [locale]);
}

/**
 * A module's catalog, Chinese and English side by side; returns the hook its components call:
 * `const t = useMessages(); t('title')`, with `{name}` placeholders filled from params.
 */
export function defineMessages<K extends string>(catalog: Record<K, Localized>): () => Translate<K> {
  return function useMessages() {
    const locale = useLocale();
    return useCallback((key: K, params?: Params) => fillParams(pickText(catalog[key], locale), params), [locale]);
  };
}
