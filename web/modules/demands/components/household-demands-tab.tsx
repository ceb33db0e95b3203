import { Button, Empty, Flex, Table, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import type { DemandListItem } from '../../../../contracts/demands.ts';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useSession } from '../../../platform/session.tsx';
import { demandsApi, demandsKey } from '../demands.api.ts';
import { useDemandsMessages } from '../demands.messages.ts';
import { DemandCategoryText, DemandStateTag } from './demand-labels.tsx';

type HouseholdDemandsTabProps = { householdId: string; divisionCode: string };

/** The household page's 诉求 tab: what this family asked for and where each request stands. */
export function HouseholdDemandsTab({ householdId }: HouseholdDemandsTabProps) {
  const t = useDemandsMessages();
  const { can } = useSession();
  const query = useQuery({
    queryKey: [demandsKey, 'household', householdId],
    queryFn: () => demandsApi.list({ householdId, pageSize: 100, sort: 'raisedOn', order: 'desc' }),
  });
  if (query.isError) return <LoadFailedResult error={query.error} onRetry={() => void query.refetch()} />;

  const columns: TableColumnsType<DemandListItem> = [
    { key: 'raisedOn', title: t('column.raisedOn'), dataIndex: 'raisedOn' },
    { key: 'raisedBy', title: t('column.raisedBy'), dataIndex: 'raisedBy' },
    { key: 'category', title: t('column.category'), render: (_: unknown, d) => <DemandCategoryText category={d.category} /> },
    { key: 'content', title: t('column.content'), render: (_: unknown, d) => <Link to={`/demands/${d.id}`}>{d.content}</Link>, ellipsis: true },
    { key: 'cadre', title: t('column.cadre'), render: (_: unknown, d) => d.assignedCadreName ?? '—' },
    { key: 'state', title: t('column.state'), render: (_: unknown, d) => <DemandStateTag state={d.state} overdue={d.overdue} /> },
    { key: 'days', title: t('column.days'), render: (_: unknown, d) => (d.daysToSolve === null ? '—' : t('days', { days: d.daysToSolve })) },
  ];
  return (
    <>
      <Flex justify="end" gap={8} style={{ marginBottom: 12 }}>
        <Link to={`/demands?householdId=${encodeURIComponent(householdId)}`}>
          <Button>{t('tab.all')}</Button>
        </Link>
        {can('demands.write') ? (
          <Link to={`/demands/new?householdId=${encodeURIComponent(householdId)}`}>
            <Button type="primary" icon={<PlusOutlined />} data-testid="household-demand-new">
              {t('tab.raise')}
            </Button>
          </Link>
        ) : null}
      </Flex>
      <Table<DemandListItem>
        rowKey="id"
        size="small"
        loading={query.isPending}
        dataSource={query.data?.items ?? []}
        columns={columns}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('tab.empty')} /> }}
      />
    </>
  );
}
