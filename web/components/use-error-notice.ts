import { useCallback } from 'react';
import { App } from 'antd';
import { ApiError } from '../platform/api.ts';
import { useLocale } from '../platform/i18n.tsx';

/** The server already localizes its messages; only network failures need our own words. */
export function errorText(error: unknown, locale: string): string {
  if (error instanceof ApiError) return error.message;
  return locale === 'en' ? 'Cannot reach the server; check the network and retry' : '无法连接服务器，请检查网络后重试';
}

/** A toast for a failed call, in the page's language. */
export function useErrorNotice(): (error: unknown) => void {
  const { message } = App.useApp();
  const locale = useLocale();
  return useCallback((error: unknown) => void message.error(errorText(error, locale)), [message, locale]);
}
