import { useState } from 'react';
import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useDebounced } from '../../../components/use-debounced.ts';
import { classApi, classKey } from '../village-classes.api.ts';

type UnitMultiSelectProps = {
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
  /** Names of units already chosen (editing), shown before any search. */
  known?: { id: string; name: string | null }[];
  placeholder?: string;
};

/** Several units picked by typing part of a name; the server searches once the typing pauses. */
export function UnitMultiSelect({ id, value, onChange, known = [], placeholder }: UnitMultiSelectProps) {
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const found = useQuery({ queryKey: [classKey, 'units', q], queryFn: () => classApi.searchUnits(q), staleTime: 30_000 });
  const options = new Map<string, string>(known.map((u) => [u.id, u.name ?? u.id]));
  for (const unit of found.data?.items ?? []) options.set(unit.id, unit.name);
  return (
    <Select<string[]>
      id={id}
      mode="multiple"
      value={value ?? []}
      onChange={(next) => onChange?.(next)}
      showSearch
      filterOption={false}
      onSearch={setSearch}
      loading={found.isFetching}
      placeholder={placeholder}
      aria-label={placeholder}
      options={[...options].map(([unitId, name]) => ({ value: unitId, label: name }))}
      style={{ width: '100%' }}
    />
  );
}
