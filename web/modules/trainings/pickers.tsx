import { useMemo, useState } from 'react';
import { Select, Spin } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { genderLabels } from '../../../contracts/cadres.ts';
import { RemoteSelect, type RemoteOption } from '../../components/remote-select.tsx';
import { useDebounced } from '../../components/use-debounced.ts';
import { useText } from '../../platform/i18n.tsx';
import { trainingsApi, trainingsKey } from './trainings.api.ts';

type CadresPickerProps = { id?: string; value?: string[]; onChange?: (value: string[]) => void; placeholder?: string; 'aria-label'?: string };

/** Several cadres of the caller's region, searched by name or initials; unit and gender tell namesakes apart. */
export function CadresPicker({ id, value, onChange, placeholder, ...rest }: CadresPickerProps) {
  const text = useText();
  const [typed, setTyped] = useState('');
  const q = useDebounced(typed.trim(), 300);
  const found = useQuery({
    queryKey: [trainingsKey, 'pick-cadres', q],
    queryFn: async () =>
      (await trainingsApi.searchCadres(q)).items.map((c) => ({
        value: c.id,
        label: [c.name, text(genderLabels[c.gender]), c.unitName].filter(Boolean).join(' · '),
      })),
    staleTime: 30_000,
  });
  const [chosen, setChosen] = useState<RemoteOption[]>([]);
  const options = useMemo(() => {
    const byValue = new Map<string, RemoteOption>();
    for (const option of [...chosen, ...(found.data ?? [])]) byValue.set(option.value, option);
    return [...byValue.values()];
  }, [chosen, found.data]);
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

type TeamPickerProps = { id?: string; value?: string; onChange?: (value: string | undefined) => void; known?: RemoteOption | null; placeholder?: string; disabled?: boolean };

/** A team in post of the caller's region, by name. */
export function TeamPicker(props: TeamPickerProps) {
  return (
    <RemoteSelect
      {...props}
      queryKey={[trainingsKey, 'pick-teams']}
      search={async (q) => (await trainingsApi.searchTeams(q)).items.map((team) => ({ value: team.id, label: team.name }))}
    />
  );
}
