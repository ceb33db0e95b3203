import { afterEach, describe, expect, test, vi } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { LocaleProvider } from '../platform/i18n.tsx';
import { readTableState, useTableQuery, writeTableState } from './use-table-query.ts';

const options = { queryKey: 'units', url: '/api/units', filters: ['q', 'type'] as const, defaultSort: 'name' };

describe('table state in the URL', () => {
  test('reads page, size, sort and filters, with defaults for what is missing or malformed', () => {
    const state = readTableState(new URLSearchParams('page=3&pageSize=50&sort=createdAt&order=desc&q=水务&other=x'), options);
    expect(state).toEqual({ page: 3, pageSize: 50, sort: 'createdAt', order: 'desc', filters: { q: '水务' } });
    expect(readTableState(new URLSearchParams('page=-2&pageSize=abc'), options)).toEqual({
      page: 1,
      pageSize: 20,
      sort: 'name',
      order: 'asc',
      filters: {},
    });
    expect(readTableState(new URLSearchParams('pageSize=5000'), options).pageSize).toBe(200);
  });

  test('a filter or sort change returns to page 1; paging keeps the filters', () => {
    const start = new URLSearchParams('page=4&q=局&type=county');
    const filtered = writeTableState(start, { filters: { q: '学校' } }, options);
    expect(filtered.get('page')).toBeNull();
    expect(filtered.get('q')).toBe('学校');
    expect(filtered.get('type')).toBe('county');

    const paged = writeTableState(filtered, { page: 2, pageSize: 50 }, options);
    expect(paged.toString()).toBe('q=%E5%AD%A6%E6%A0%A1&type=county&pageSize=50&page=2');

    const sorted = writeTableState(paged, { sort: 'createdAt', order: 'desc' }, options);
    expect(sorted.get('page')).toBeNull();
    expect(sorted.get('sort')).toBe('createdAt');
    expect(sorted.get('order')).toBe('desc');

    const cleared = writeTableState(sorted, { sort: undefined, order: 'asc', filters: { q: undefined, type: '' } }, options);
    expect(cleared.toString()).toBe('pageSize=50');
  });
});

describe('useTableQuery', () => {
  afterEach(() => vi.unstubAllGlobals());

  test('asks the server for what the URL says, and writes changes back to the URL', async () => {
    const fetchMock = vi.fn(async (_url: string) => new Response(JSON.stringify({ items: [{ id: 'u1', name: '会泽县水务局' }], total: 41 }), { headers: { 'content-type': 'application/json' } }));
    vi.stubGlobal('fetch', fetchMock);
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const wrapper = ({ children }: { children: ReactNode }) => (
      <QueryClientProvider client={client}>
        <LocaleProvider>
          <MemoryRouter initialEntries={['/units?page=2&type=county']}>{children}</MemoryRouter>
        </LocaleProvider>
      </QueryClientProvider>
    );
    const { result } = renderHook(() => ({ table: useTableQuery<{ id: string; name: string }, 'q' | 'type'>(options), location: useLocation() }), { wrapper });

    await waitFor(() => expect(result.current.table.tableProps.dataSource).toHaveLength(1));
    const firstUrl = new URL(String(fetchMock.mock.calls[0]?.[0]), 'http://x');
    expect(Object.fromEntries(firstUrl.searchParams)).toEqual({ type: 'county', page: '2', pageSize: '20', sort: 'name', order: 'asc' });
    expect(result.current.table.tableProps.pagination).toMatchObject({ current: 2, total: 41 });
    expect(result.current.table.sortOrderOf('name')).toBe('ascend');

    act(() => result.current.table.setFilter('q', '水务'));
    await waitFor(() => expect(result.current.location.search).toBe('?type=county&q=%E6%B0%B4%E5%8A%A1'));
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
    const secondUrl = new URL(String(fetchMock.mock.calls[1]?.[0]), 'http://x');
    expect(secondUrl.searchParams.get('q')).toBe('水务');
    expect(secondUrl.searchParams.get('page')).toBe('1');

    const onChange = result.current.table.tableProps.onChange!;
    act(() => onChange({ current: 1, pageSize: 20 }, {}, { columnKey: 'createdAt', order: 'descend' }, { action: 'sort', currentDataSource: [] }));
    await waitFor(() => expect(result.current.location.search).toContain('sort=createdAt&order=desc'));
    expect(result.current.table.sortOrderOf('createdAt')).toBe('descend');
  });
});
