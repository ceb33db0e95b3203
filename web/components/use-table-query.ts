import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { keepPreviousData, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { TablePaginationConfig, TableProps } from 'antd';
import type { FilterValue, SorterResult } from 'antd/es/table/interface';
import { api, type Query } from '../platform/api.ts';
import { useComponentMessages } from './components.messages.ts';

export type SortOrder = 'asc' | 'desc';
export type ListBody<Row> = { items: Row[]; total: number };

export type TableQueryOptions<F extends string> = {
  /** The first element of the TanStack query key; mutations invalidate by it. */
  queryKey: string;
  url: string;
  /** Filters held in the URL beside page/pageSize/sort/order. */
  filters?: readonly F[];
  defaultSort?: string;
  defaultOrder?: SortOrder;
  defaultPageSize?: number;
  /** Fixed query parameters that are not the user's to change (a parent id, a mode). */
  fixed?: Record<string, string>;
};

export type TableState<F extends string> = {
  page: number;
  pageSize: number;
  sort: string | undefined;
  order: SortOrder;
  filters: Partial<Record<F, string>>;
};

const PAGE_SIZES = [10, 20, 50, 100];

function positiveInt(text: string | null, fallback: number): number {
  const value = Number(text);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

/** What the list shows, read from the address bar, so a reload or a shared link opens the same page. */
export function readTableState<F extends string>(params: URLSearchParams, options: TableQueryOptions<F>): TableState<F> {
  const filters: Partial<Record<F, string>> = {};
  for (const name of options.filters ?? []) {
    const value = params.get(name);
    if (value) filters[name] = value;
  }
  const pageSize = positiveInt(params.get('pageSize'), options.defaultPageSize ?? 20);
  return {
    page: positiveInt(params.get('page'), 1),
    pageSize: Math.min(pageSize, 200),
    sort: params.get('sort') ?? options.defaultSort,
    order: params.get('order') === 'desc' ? 'desc' : params.get('order') === 'asc' ? 'asc' : (options.defaultOrder ?? 'asc'),
    filters,
  };
}

/** Writes a change back, leaving defaults out of the URL; any change but paging returns to page 1. */
export function writeTableState<F extends string>(
  current: URLSearchParams,
  change: Partial<Omit<TableState<F>, 'filters'>> & { filters?: Partial<Record<F, string | undefined>> },
  options: TableQueryOptions<F>,
): URLSearchParams {
  const next = new URLSearchParams(current);
  const set = (key: string, value: string | number | undefined, fallback?: string | number) => {
    if (value === undefined || value === '' || value === fallback) next.delete(key);
    else next.set(key, String(value));
  };
  for (const [name, value] of Object.entries(change.filters ?? {}) as [F, string | undefined][]) set(name, value?.trim());
  if ('sort' in change) set('sort', change.sort, options.defaultSort);
  if ('sort' in change && change.sort === undefined) next.delete('order');
  else if ('order' in change) set('order', change.order, options.defaultOrder ?? 'asc');
  if (change.pageSize !== undefined) set('pageSize', change.pageSize, options.defaultPageSize ?? 20);
  const paging = change.page !== undefined && change.filters === undefined && !('sort' in change);
  set('page', paging ? change.page : undefined, 1);
  return next;
}

export type TableQuery<Row, F extends string> = {
  state: TableState<F>;
  query: UseQueryResult<ListBody<Row>>;
  /** What the list asks the server for, less the page: an export of "what I see" sends exactly this. */
  listFilters: Query;
  setFilter: (name: F, value: string | undefined) => void;
  setFilters: (filters: Partial<Record<F, string | undefined>>) => void;
  /** For a column's controlled `sortOrder`. */
  sortOrderOf: (column: string) => 'ascend' | 'descend' | null;
  tableProps: Pick<TableProps<Row>, 'dataSource' | 'loading' | 'pagination' | 'onChange' | 'rowKey'>;
};

/** A server-paged antd Table whose page, size, sort and filters live in the URL search params. */
export function useTableQuery<Row extends { id: string }, F extends string = never>(options: TableQueryOptions<F>): TableQuery<Row, F> {
  const [params, setParams] = useSearchParams();
  const t = useComponentMessages();
  const state = useMemo(() => readTableState(params, options), [params, options]);

  const listFilters = useMemo<Query>(
    () => ({ ...options.fixed, ...state.filters, sort: state.sort, order: state.sort ? state.order : undefined }),
    [options.fixed, state.filters, state.sort, state.order],
  );
  const query = useQuery({
    queryKey: [options.queryKey, 'list', options.url, options.fixed ?? {}, state],
    queryFn: () => api.get<ListBody<Row>>(options.url, { ...listFilters, page: state.page, pageSize: state.pageSize }),
    placeholderData: keepPreviousData,
  });

  const update = useCallback(
    (change: Parameters<typeof writeTableState<F>>[1]) => setParams((current) => writeTableState(current, change, options), { replace: true }),
    [setParams, options],
  );
  const setFilters = useCallback((filters: Partial<Record<F, string | undefined>>) => update({ filters }), [update]);
  const setFilter = useCallback((name: F, value: string | undefined) => setFilters({ [name]: value } as Partial<Record<F, string>>), [setFilters]);
  const sortOrderOf = useCallback(
    (column: string) => (state.sort === column ? (state.order === 'desc' ? 'descend' : 'ascend') : null),
    [state.sort, state.order],
  );

  const onChange = useCallback(
    (pagination: TablePaginationConfig, _filters: Record<string, FilterValue | null>, sorter: SorterResult<Row> | SorterResult<Row>[]) => {
      const single = Array.isArray(sorter) ? sorter[0] : sorter;
      const column = single?.order ? String(single.columnKey ?? single.field) : undefined;
      const order: SortOrder = single?.order === 'descend' ? 'desc' : 'asc';
      if (column !== state.sort || (column && order !== state.order)) {
        update({ sort: column, order });
        return;
      }
      update({ page: pagination.current ?? 1, pageSize: pagination.pageSize ?? state.pageSize });
    },
    [update, state.sort, state.order, state.pageSize],
  );

  const tableProps = {
    rowKey: 'id' as const,
    dataSource: query.data?.items ?? [],
    loading: query.isFetching,
    onChange,
    pagination: {
      current: state.page,
      pageSize: state.pageSize,
      total: query.data?.total ?? 0,
      showSizeChanger: true,
      pageSizeOptions: PAGE_SIZES,
      showTotal: (total: number) => t('table.total', { total }),
    },
  };
  return { state, query, listFilters, setFilter, setFilters, sortOrderOf, tableProps };
}
