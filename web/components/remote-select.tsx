import { useMemo, useState, type CSSProperties } from 'react';
import { Select, Spin } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useDebounced } from './use-debounced.ts';

export type RemoteOption = { value: string; label: string };

export type RemoteSelectProps = {
  id?: string;
  value?: string | null;
  onChange?: (value: string | undefined) => void;
  /** The first parts of the query key, so each kind of search keeps its own cached results. */
  queryKey: readonly unknown[];
  search: (q: string) => Promise<RemoteOption[]>;
  /** The label of a value already chosen (editing), shown before any search; several when a form holds several. */
  known?: RemoteOption | readonly RemoteOption[] | null;
  placeholder?: string;
  disabled?: boolean;
  style?: CSSProperties;
  'aria-label'?: string;
};

/**
 * A value chosen by typing: the server searches once the typing pauses, and the chosen option's
 * label is kept while the result list changes under it.
 */
export function RemoteSelect({ id, value, onChange, queryKey, search, known, placeholder, disabled, style, ...rest }: RemoteSelectProps) {
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 300);
  const found = useQuery({ queryKey: [...queryKey, q], queryFn: () => search(q), staleTime: 30_000, enabled: !disabled });
  const [chosen, setChosen] = useState<RemoteOption | null>(null);
  const options = useMemo(() => {
    const byValue = new Map<string, RemoteOption>();
    const knownOptions = known ? (Array.isArray(known) ? known : [known as RemoteOption]) : [];
    for (const option of [...knownOptions, chosen, ...(found.data ?? [])]) if (option) byValue.set(option.value, option);
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
      style={style}
      options={options}
      notFoundContent={found.isFetching ? <Spin size="small" /> : undefined}
      onChange={(next) => {
        setChosen(options.find((o) => o.value === next) ?? null);
        onChange?.(next ?? undefined);
      }}
    />
  );
}
