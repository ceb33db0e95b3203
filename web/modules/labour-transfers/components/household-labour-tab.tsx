import { Button, Empty, Flex, Table, Tag, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { labourChannelLabels, type LabourListItem } from '../../../../contracts/labour-transfers.ts';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useText } from '../../../platform/i18n.tsx';
import { useSession } from '../../../platform/session.tsx';
import { labourApi, labourKey } from '../labour-transfers.api.ts';
import { useLabourMessages } from '../labour-transfers.messages.ts';

type HouseholdLabourTabProps = { householdId: string; divisionCode: string };

/** The household page's 转移就业 tab: who in the family works away, where, and for how much. */
export function HouseholdLabourTab({ householdId }: HouseholdLabourTabProps) {
  const t = useLabourMessages();
  const text = useText();
  const { can } = useSession();
  const query = useQuery({
    queryKey: [labourKey, 'household', householdId],
    queryFn: () => labourApi.list({ householdId, pageSize: 100 }),
  });
  if (query.isError) return <LoadFailedResult error={query.error} onRetry={() => void query.refetch()} />;

  const columns: TableColumnsType<LabourListItem> = [
    { key: 'person', title: t('column.person'), dataIndex: 'personName' },
    { key: 'destination', title: t('column.destination'), dataIndex: 'destination' },
    { key: 'employer', title: t('column.employer'), dataIndex: 'employer' },
    { key: 'channel', title: t('column.channel'), render: (_: unknown, l) => text(labourChannelLabels[l.organized]) },
    {
      key: 'period',
      title: t('column.period'),
      render: (_: unknown, l) => (l.endedOn ? t('period.closed', { start: l.startedOn, end: l.endedOn }) : t('period.open', { start: l.startedOn })),
    },
    { key: 'income', title: t('column.income'), dataIndex: 'monthlyIncome', align: 'right' },
    { key: 'current', title: '', render: (_: unknown, l) => (l.current ? <Tag color="blue">{t('current')}</Tag> : <Tag>{t('back')}</Tag>) },
  ];
  return (
    <>
      {can('labour.write') ? (
        <Flex justify="end" style={{ marginBottom: 12 }}>
          <Link to={`/labour-transfers/new?householdId=${encodeURIComponent(householdId)}`}>
            <Button type="primary" icon={<PlusOutlined />} data-testid="household-labour-new">
              {t('tab.new')}
            </Button>
          </Link>
        </Flex>
      ) : null}
      <Table<LabourListItem>
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
