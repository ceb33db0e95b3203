import { useMemo, useState } from 'react';
import { Select, Spin } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { RemoteOption } from './remote-select.tsx';
import { useDebounced } from './use-debounced.ts';

export type RemoteMultiSelectProps = {
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
  /** Options already chosen when the form opens, so they show their labels before any search. */
  known?: readonly RemoteOption[];
  placeholder?: string;
  'aria-label'?: string;
  /** Distinguishes this picker's searches in the query cache. */
  queryKey: readonly unknown[];
  search: (q: string) => Promise<RemoteOption[]>;
};

/** Several records searched on the server as the user types; the chosen ones keep their labels. */
export function RemoteMultiSelect({ id, value, onChange, known, placeholder, queryKey, search, ...rest }: RemoteMultiSelectProps) {
  const [typed, setTyped] = useState('');
  const q = useDebounced(typed.trim(), 300);
  const found = useQuery({ queryKey: [...queryKey, q], queryFn: () => search(q), staleTime: 30_000 });
  const [chosen, setChosen] = useState<RemoteOption[]>([]);
  const options = useMemo(() => {
    const byValue = new Map<string, RemoteOption>();
    for (const option of [...(known ?? []), ...chosen, ...(found.data ?? [])]) byValue.set(option.value, option);
    return [...byValue.values()];
  }, [known, chosen, found.data]);
  return (
    <Select<string[]>
      id={id}
      aria-label={rest['aria-label']}
      mode="multiple"
      showSearch={{ filterOption: false, onSearch: setTyped }}
      value={value ?? []}
      placeholder={placeholder}
      options={options}
      notFoundContent={found.isFetching ? <Spin size="small" /> : undefined}
      onChange={(next) => {
        setChosen(options.filter((o) => next.includes(o.value)));
        onChange?.(next);
      }}
    />
  );
}
