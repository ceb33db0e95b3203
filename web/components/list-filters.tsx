import type { ReactNode } from 'react';
import { Empty, Input, Select } from 'antd';
import type { TableState } from './use-table-query.ts';
import { DivisionTreeSelect } from './division-tree-select.tsx';

/** The part of a table query a filter needs: the filters in the URL and the way to change one. */
type FilterTable<F extends string> = { state: TableState<F>; setFilter: (name: F, value: string | undefined) => void };

type SearchFilterProps<F extends string> = { table: FilterTable<F>; name: F; placeholder: string; label?: string; width?: number };

/**
 * A search box bound to one URL filter. Keyed by the filter's value, so going back in history
 * shows the text the list is filtered by, not the text last typed.
 */
export function SearchFilter<F extends string>({ table, name, placeholder, label, width = 260 }: SearchFilterProps<F>) {
  const value = table.state.filters[name];
  return (
    <Input.Search
      key={`${name}:${value ?? ''}`}
      defaultValue={value}
      placeholder={placeholder}
      aria-label={label ?? placeholder}
      allowClear
      onSearch={(next) => table.setFilter(name, next)}
      style={{ width, maxWidth: '100%' }}
    />
  );
}

type SelectFilterProps<F extends string> = {
  table: FilterTable<F>;
  name: F;
  placeholder: string;
  label?: string;
  options: { value: string; label: ReactNode }[];
  width?: number;
};

/** A clearable choice bound to one URL filter. */
export function SelectFilter<F extends string>({ table, name, placeholder, label, options, width = 160 }: SelectFilterProps<F>) {
  return (
    <Select<string>
      value={table.state.filters[name]}
      placeholder={placeholder}
      aria-label={label ?? placeholder}
      allowClear
      onChange={(value) => table.setFilter(name, value)}
      options={options}
      style={{ width }}
    />
  );
}

/** The region picker bound to the `divisionCode` URL filter, limited to the account's scope. */
export function DivisionFilter({ table, placeholder }: { table: FilterTable<'divisionCode'>; placeholder: string }) {
  return (
    <DivisionTreeSelect
      value={table.state.filters.divisionCode ?? null}
      placeholder={placeholder}
      onChange={(value) => table.setFilter('divisionCode', typeof value === 'string' ? value : undefined)}
      style={{ width: 240, maxWidth: '100%' }}
    />
  );
}

/** Until the first answer arrives the spinner speaks; "nothing matches" would be a lie. */
export function listEmptyText(pending: boolean, description: string): ReactNode {
  return pending ? <div style={{ height: 120 }} /> : <Empty description={description} />;
}
