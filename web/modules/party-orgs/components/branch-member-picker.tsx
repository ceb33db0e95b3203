import { useMemo, useState } from 'react';
import { Input, Table, Typography, type TableColumnsType } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { BranchCandidate } from '../../../../contracts/temporary-branches.ts';
import { temporaryBranchesApi, temporaryBranchesKey } from '../temporary-branches.api.ts';
import { usePartyOrgMessages } from '../party-orgs.messages.ts';
import { PartyStatusTag } from './branch-tags.tsx';

/** Formal members among the chosen: probationary members do not count toward the three [art. 30]. */
export function formalCountOf(chosen: readonly string[], candidates: readonly BranchCandidate[]): number {
  const formal = new Set(candidates.filter((c) => c.partyStatus === 'formal').map((c) => c.cadreId));
  return chosen.filter((id) => formal.has(id)).length;
}

type Props = {
  id?: string;
  value?: string[];
  onChange?: (value: string[]) => void;
  divisionCode?: string | undefined;
  teamIds?: string[] | undefined;
};

/** The party members of the place or the chosen teams, ticked into the roll, with the live formal count. */
export function BranchMemberPicker({ id, value = [], onChange, divisionCode, teamIds }: Props) {
  const t = usePartyOrgMessages();
  const [q, setQ] = useState('');
  const candidates = useQuery({
    queryKey: [temporaryBranchesKey, 'candidates', divisionCode, teamIds, q],
    queryFn: () => temporaryBranchesApi.candidates({ divisionCode, teamIds, q }),
  });
  // Ticked members stay counted while a search hides them from the table.
  const [seen, setSeen] = useState<Map<string, BranchCandidate>>(new Map());
  const rows = useMemo(() => candidates.data?.items ?? [], [candidates.data]);
  const known = useMemo(() => {
    const all = new Map(seen);
    for (const row of rows) all.set(row.cadreId, row);
    return [...all.values()];
  }, [rows, seen]);
  const count = formalCountOf(value, known);

  const columns: TableColumnsType<BranchCandidate> = [
    { key: 'name', dataIndex: 'name', title: t('member.name') },
    { key: 'party', dataIndex: 'partyStatus', title: t('member.partyStatus'), render: (s: BranchCandidate['partyStatus']) => <PartyStatusTag status={s} /> },
    { key: 'formalOrg', title: t('tb.member.formalOrg'), render: (_: unknown, c) => c.formalOrg?.name ?? t('detail.none') },
    { key: 'team', dataIndex: 'teamName', title: t('tb.member.team'), responsive: ['md'], render: (name: string | null) => name ?? t('detail.none') },
  ];

  return (
    <div id={id}>
      <Input.Search allowClear placeholder={t('tb.field.memberSearch')} aria-label={t('tb.field.memberSearch')} onSearch={setQ} style={{ maxWidth: 280, marginBottom: 8 }} />
      <Table<BranchCandidate>
        rowKey="cadreId"
        size="small"
        loading={candidates.isPending}
        dataSource={rows}
        columns={columns}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        rowSelection={{
          selectedRowKeys: value,
          preserveSelectedRowKeys: true,
          onChange: (keys) => {
            setSeen(new Map(known.map((c) => [c.cadreId, c])));
            onChange?.(keys.map(String));
          },
          getCheckboxProps: (c) => ({ 'aria-label': c.name }),
        }}
      />
      <Typography.Text type={count >= 3 ? 'success' : 'warning'} data-testid="formal-count">
        {t('tb.field.formalLine', { count })}
      </Typography.Text>
    </div>
  );
}
