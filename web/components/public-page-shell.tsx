import type { ReactNode } from 'react';
import { Result, Skeleton, Typography } from 'antd';
import type { UseQueryResult } from '@tanstack/react-query';
import { ApiError } from '../platform/api.ts';

type Props<T> = {
  title: string;
  query: UseQueryResult<T>;
  /** What an unknown or withdrawn token says: both answer 404, and the page does not tell them apart. */
  gone: { title: string; hint: string };
  loadFailed: string;
  children: (data: T) => ReactNode;
};

/** A page opened from a QR code without an account: phone-sized, with its loading and closed states. */
export function PublicPageShell<T>({ title, query, gone, loadFailed, children }: Props<T>) {
  return (
    <div style={{ maxWidth: 520, margin: '0 auto', padding: 12, minHeight: '100vh', background: '#f5f5f5' }}>
      <Typography.Title level={4} style={{ textAlign: 'center', color: '#c8102e', margin: '8px 0 12px' }}>
        {title}
      </Typography.Title>
      {query.isPending ? <Skeleton active /> : null}
      {query.isError ? (
        query.error instanceof ApiError && query.error.status === 404 ? (
          <Result status="warning" title={gone.title} subTitle={gone.hint} />
        ) : (
          <Result status="error" title={loadFailed} />
        )
      ) : null}
      {query.data ? children(query.data) : null}
    </div>
  );
}
