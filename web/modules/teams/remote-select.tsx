import { useEffect, useMemo, useState } from 'react';
import { Select, Spin } from 'antd';
import { useQuery } from '@tanstack/react-query';

export type RemoteOption = { value: string; label: string };

type RemoteSelectProps = {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  /** The first parts of the query key, so results are cached per kind of search. */
  queryKey: readonly unknown[];
  search: (q: string) => Promise<RemoteOption[]>;
  /** Labels of values already chosen (an edited team's units), so they show before any search. */
  known?: RemoteOption[];
  placeholder?: string;
  disabled?: boolean;
  'aria-label'?: string;
};

function useDebounced(value: string, delay: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

/** A Select that searches the server as the user types (a unit by name, a cadre by name or initials). */
export function RemoteSelect({ id, value, onChange, queryKey, search, known = [], placeholder, disabled, ...rest }: RemoteSelectProps) {
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 300);
  const results = useQuery({ queryKey: [...queryKey, q], queryFn: () => search(q), staleTime: 30_000 });
  const [chosen, setChosen] = useState<RemoteOption[]>([]);
  const options = useMemo(() => {
    const byValue = new Map<string, RemoteOption>();
    for (const option of [...known, ...chosen, ...(results.data ?? [])]) byValue.set(option.value, option);
    return [...byValue.values()];
  }, [known, chosen, results.data]);

  return (
    <Select<string>
      id={id}
      aria-label={rest['aria-label']}
      showSearch={{ filterOption: false, onSearch: setText }}
      value={value}
      placeholder={placeholder}
      disabled={disabled}
      allowClear
      options={options}
      notFoundContent={results.isFetching ? <Spin size="small" /> : undefined}
      onChange={(next) => {
        const option = options.find((o) => o.value === next);
        if (option) setChosen((current) => [...current.filter((c) => c.value !== option.value), option]);
        onChange?.(next);
      }}
    />
  );
}
