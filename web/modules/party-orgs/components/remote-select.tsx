import { useEffect, useMemo, useState } from 'react';
import { Select, Spin } from 'antd';
import { useQuery } from '@tanstack/react-query';

export type RemoteOption = { value: string; label: string };

type RemoteSelectProps = {
  id?: string;
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** Distinguishes this picker's cached searches from another's. */
  queryKey: readonly unknown[];
  search: (q: string) => Promise<RemoteOption[]>;
  /** The label of a value already chosen (editing), shown before any search. */
  known?: RemoteOption | null;
  placeholder?: string;
  disabled?: boolean;
  'aria-label'?: string;
};

function useSettled(value: string, delay: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

/** A value chosen by typing: the server searches, this keeps the chosen label while the list changes. */
export function RemoteSelect({ id, value, onChange, queryKey, search, known, placeholder, disabled, ...rest }: RemoteSelectProps) {
  const [text, setText] = useState('');
  const q = useSettled(text.trim(), 300);
  const found = useQuery({ queryKey: [...queryKey, q], queryFn: () => search(q), staleTime: 30_000, enabled: !disabled });
  const [chosen, setChosen] = useState<RemoteOption | null>(null);
  const options = useMemo(() => {
    const byValue = new Map<string, RemoteOption>();
    for (const option of [known, chosen]) if (option) byValue.set(option.value, option);
    for (const option of found.data ?? []) byValue.set(option.value, option);
    return [...byValue.values()];
  }, [known, chosen, found.data]);

  return (
    <Select<string>
      id={id}
      aria-label={rest['aria-label']}
      showSearch={{ filterOption: false, onSearch: setText }}
      value={value ?? undefined}
      placeholder={placeholder}
      disabled={disabled}
      allowClear
      options={options}
      notFoundContent={found.isFetching ? <Spin size="small" /> : undefined}
      onChange={(next) => {
        setChosen(options.find((o) => o.value === next) ?? null);
        onChange?.(next ?? null);
      }}
    />
  );
}
