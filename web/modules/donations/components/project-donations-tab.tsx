import { Empty, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { donationForms, type DonationListItem } from '../../../../contracts/donations.ts';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useText } from '../../../platform/i18n.tsx';
import { donationApi, donationKey } from '../donations.api.ts';
import { useDonationMessages } from '../donations.messages.ts';
import { goodsParts, moneyText } from '../donations.view.ts';

/** A project page's 捐赠 tab: the gifts made toward the project, with their total; recorded on /donations. */
export function ProjectDonationsTab({ projectId }: { projectId: string }) {
  const t = useDonationMessages();
  const text = useText();
  const query = useQuery({ queryKey: [donationKey, 'project', projectId], queryFn: () => donationApi.list({ projectId, pageSize: 200 }) });
  if (query.isError) return <LoadFailedResult error={query.error} onRetry={() => void query.refetch()} />;
  const totals = query.data?.totals;

  const columns: TableColumnsType<DonationListItem> = [
    { key: 'receivedOn', title: t('column.receivedOn'), dataIndex: 'receivedOn' },
    { key: 'donor', title: t('column.donor'), dataIndex: 'donor' },
    { key: 'form', title: t('column.form'), render: (_: unknown, d) => text(donationForms.labels[d.form]) },
    { key: 'value', title: t('column.value'), align: 'right', render: (_: unknown, d) => moneyText(d.value) },
    {
      key: 'goods',
      title: t('column.goods'),
      render: (_: unknown, d) => {
        const parts = goodsParts(d);
        return parts ? (parts.quantity ? t('goods.quantity', parts) : parts.goods) : null;
      },
    },
    { key: 'purpose', title: t('column.purpose'), dataIndex: 'purpose' },
    { key: 'arrangedBy', title: t('column.arrangedBy'), dataIndex: 'arrangedByName' },
  ];
  return (
    <>
      <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary" data-testid="project-donation-totals">
          {totals ? t('tab.totals', { count: totals.count, total: moneyText(totals.total) }) : null}
        </Typography.Text>
        <Link to={`/donations?projectId=${encodeURIComponent(projectId)}`}>{t('tab.open')}</Link>
      </Flex>
      <Table<DonationListItem>
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
