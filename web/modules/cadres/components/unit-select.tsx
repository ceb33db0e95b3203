import { useEffect, useMemo, useState } from 'react';
import { Select, Spin } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { cadresApi, cadresKey } from '../cadres.api.ts';

type Option = { value: string; label: string };

type UnitSelectProps = {
  id?: string;
  value?: string;
  onChange?: (value: string | undefined) => void;
  /** 'pick': any registered unit (county and city organization departments); 'scope': the caller's own. */
  mode: 'scope' | 'pick';
  /** The label of a unit already chosen (editing), shown before any search. */
  known?: Option | null;
  placeholder?: string;
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

/** A unit chosen by typing its name; the label carries the place so two 农业农村局 are told apart. */
export function UnitSelect({ id, value, onChange, mode, known, placeholder, ...rest }: UnitSelectProps) {
  const [text, setText] = useState('');
  const q = useSettled(text.trim(), 300);
  const found = useQuery({
    queryKey: [cadresKey, 'units', mode, q],
    queryFn: () => cadresApi.searchUnits(q, mode),
    staleTime: 30_000,
  });
  const [chosen, setChosen] = useState<Option | null>(null);
  const options = useMemo(() => {
    const byValue = new Map<string, Option>();
    for (const option of [known, chosen].filter((o): o is Option => Boolean(o))) byValue.set(option.value, option);
    for (const unit of found.data?.items ?? []) {
      byValue.set(unit.id, { value: unit.id, label: unit.divisionName ? `${unit.name} · ${unit.divisionName}` : unit.name });
    }
    return [...byValue.values()];
  }, [known, chosen, found.data]);

  return (
    <Select<string>
      id={id}
      aria-label={rest['aria-label']}
      showSearch={{ filterOption: false, onSearch: setText }}
      value={value}
      placeholder={placeholder}
      allowClear
      style={{ width: '100%' }}
      options={options}
      notFoundContent={found.isFetching ? <Spin size="small" /> : undefined}
      onChange={(next) => {
        setChosen(options.find((o) => o.value === next) ?? null);
        onChange?.(next);
      }}
    />
  );
}
