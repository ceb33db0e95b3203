import { Button, Popconfirm, Table, type TableColumnsType } from 'antd';
import type { ContributionItem } from '../../../../contracts/enterprises.ts';
import { contributionKinds } from '../../../../contracts/social-codes.ts';
import { useText } from '../../../platform/i18n.tsx';
import { useEnterpriseMessages } from '../enterprises.messages.ts';

/** How much and of what: money as entered, people for jobs, a count and its unit for goods. */
export function amountOf(c: ContributionItem, people: string): string {
  if (c.kind === 'jobs') return c.quantity ? `${Number(c.quantity)} ${people}` : '—';
  const parts = [c.value ? `¥${c.value}` : null, c.kind === 'goods' && c.quantity ? `${Number(c.quantity)}${c.unit ?? ''}` : null].filter(Boolean);
  return parts.length > 0 ? parts.join(' / ') : '—';
}

type ContributionColumnsOptions = { showEnterprise?: boolean; onRemove?: (c: ContributionItem) => void };

export function useContributionColumns({ showEnterprise, onRemove }: ContributionColumnsOptions = {}): TableColumnsType<ContributionItem> {
  const t = useEnterpriseMessages();
  const text = useText();
  return [
    { key: 'givenOn', title: t('contribution.givenOn'), dataIndex: 'givenOn', sorter: showEnterprise ?? false },
    ...(showEnterprise ? [{ key: 'enterprise', title: t('contribution.enterprise'), dataIndex: 'enterpriseName' }] : []),
    { key: 'village', title: t('contribution.village'), render: (_: unknown, c) => c.villageName ?? c.divisionCode },
    { key: 'kind', title: t('contribution.kind'), render: (_: unknown, c) => text(contributionKinds.labels[c.kind]) },
    { key: 'value', title: t('contribution.value'), align: 'right', render: (_: unknown, c) => amountOf(c, t('unit.people')) },
    { key: 'description', title: t('contribution.description'), dataIndex: 'description' },
    { key: 'project', title: t('contribution.project'), dataIndex: 'projectName', responsive: ['lg'] },
    ...(onRemove
      ? [
          {
            key: 'actions',
            title: '',
            render: (_: unknown, c: ContributionItem) => (
              <Popconfirm title={t('contribution.removeConfirm')} onConfirm={() => onRemove(c)}>
                <Button type="link" size="small" danger>
                  {t('contribution.remove')}
                </Button>
              </Popconfirm>
            ),
          },
        ]
      : []),
  ];
}

export function ContributionsTable({ items, onRemove }: { items: ContributionItem[]; onRemove?: (c: ContributionItem) => void }) {
  const t = useEnterpriseMessages();
  const columns = useContributionColumns(onRemove ? { onRemove } : {});
  return <Table<ContributionItem> rowKey="id" size="small" dataSource={items} columns={columns} pagination={{ pageSize: 20, hideOnSinglePage: true }} locale={{ emptyText: t('detail.noContributions') }} scroll={{ x: 'max-content' }} />;
}
