import { useRef, useState } from 'react';
import { Select } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { HouseholdListItem } from '../../../../contracts/households.ts';
import { api } from '../../../platform/api.ts';
import { useDebounced } from '../../../components/use-debounced.ts';
import { projectsKey } from '../projects.api.ts';
import { useProjectMessages } from '../projects.messages.ts';

type Props = { id?: string; value?: string[]; onChange?: (value: string[]) => void; villages: readonly string[] };

/** Households of the project's villages, searched by name; the counts of households and persons follow on the server. */
export function BeneficiarySelect({ id, value, onChange, villages }: Props) {
  const t = useProjectMessages();
  const [q, setQ] = useState('');
  const search = useDebounced(q, 300);
  const query = useQuery({
    queryKey: [projectsKey, 'beneficiaries', villages, search],
    enabled: villages.length > 0,
    queryFn: async () => {
      const pages = await Promise.all(
        villages.map((divisionCode) => api.get<{ items: HouseholdListItem[] }>('/api/households', { divisionCode, q: search || undefined, pageSize: 50 })),
      );
      return pages.flatMap((p) => p.items);
    },
  });
  // Chosen households keep their names once the search moves on to others.
  const seen = useRef(new Map<string, string>());
  for (const h of query.data ?? []) seen.current.set(h.id, `${h.householderName}（${h.villageName ?? ''}，${h.memberCount} 人）`);
  const shown = new Set((query.data ?? []).map((h) => h.id));
  const options = [
    ...(value ?? []).filter((v) => !shown.has(v)).map((v) => ({ value: v, label: seen.current.get(v) ?? t('form.beneficiaryChosen') })),
    ...(query.data ?? []).map((h) => ({ value: h.id, label: seen.current.get(h.id)! })),
  ];
  return (
    <Select
      id={id}
      mode="multiple"
      showSearch
      filterOption={false}
      value={value ?? []}
      onChange={(next: string[]) => onChange?.(next)}
      onSearch={setQ}
      loading={query.isFetching}
      disabled={villages.length === 0}
      placeholder={villages.length === 0 ? t('form.beneficiariesPickVillage') : t('form.beneficiariesSearch')}
      options={options}
      data-testid="project-beneficiaries"
    />
  );
}
