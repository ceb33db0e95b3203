import { describe, expect, test } from 'vitest';
import { act, render, renderHook, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { defineMessages, fillParams, LocaleProvider, readStoredLocale, useLocale, useLocaleSwitch, useText } from './i18n.tsx';

const useMessages = defineMessages({
  greeting: { zh: '您好，{name}', en: 'Hello, {name}' },
  title: { zh: '单位', en: 'Units' },
});

const wrapper = ({ children }: { children: ReactNode }) => <LocaleProvider>{children}</LocaleProvider>;

describe('i18n', () => {
  test('speaks Chinese by default and fills placeholders', () => {
    const { result } = renderHook(() => useMessages(), { wrapper });
    expect(result.current('title')).toBe('单位');
    expect(result.current('greeting', { name: '张三' })).toBe('您好，张三');
  });

  test('switches to English, and the choice is remembered for the next visit', () => {
    const { result } = renderHook(() => ({ t: useMessages(), locale: useLocale(), control: useLocaleSwitch(), text: useText() }), { wrapper });
    act(() => result.current.control.setLocale('en'));
    expect(result.current.locale).toBe('en');
    expect(result.current.t('greeting', { name: 'Li' })).toBe('Hello, Li');
    expect(result.current.text({ zh: '县', en: 'County' })).toBe('County');
    expect(localStorage.getItem('zhucun.locale')).toBe('en');
    expect(readStoredLocale()).toBe('en');
  });

  test('a stored English choice is picked up on load', () => {
    localStorage.setItem('zhucun.locale', 'en');
    function Title() {
      const t = useMessages();
      return <h1>{t('title')}</h1>;
    }
    render(<Title />, { wrapper });
    expect(screen.getByRole('heading').textContent).toBe('Units');
  });

  test('leaves unknown placeholders as written', () => {
    expect(fillParams('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});
