import { useState } from 'react';
import { Button, Flex, Modal, Table, Tag, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { campaignStatuses, type CampaignView } from '../../../../contracts/campaigns.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useTableQuery } from '../../../components/use-table-query.ts';
import { listEmptyText, SearchFilter, SelectFilter } from '../../../components/list-filters.tsx';
import { useText } from '../../../platform/i18n.tsx';
import { useSession } from '../../../platform/session.tsx';
import { campaignApi, campaignKey } from '../campaigns.api.ts';
import { useCampaignMessages } from '../campaigns.messages.ts';
import { CampaignForm } from '../components/campaign-form.tsx';

type Filter = 'status' | 'q';
const tableOptions = { queryKey: campaignKey, url: campaignApi.listUrl, filters: ['status', 'q'] as const };
export const statusColor = { draft: 'default', running: 'processing', closed: 'success' } as const;

/** /campaigns: the campaigns the account takes part in or oversees. */
export function CampaignListPage() {
  const t = useCampaignMessages();
  const text = useText();
  const { can } = useSession();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  const table = useTableQuery<CampaignView, Filter>(tableOptions);
  if (table.query.isError && !table.query.data) return <LoadFailedResult error={table.query.error} onRetry={() => void table.query.refetch()} />;

  const columns: TableColumnsType<CampaignView> = [
    { key: 'name', title: t('column.name'), render: (_: unknown, c) => <Link to={`/campaigns/${c.id}`}>{c.name}</Link> },
    { key: 'year', title: t('column.year'), dataIndex: 'year' },
    { key: 'region', title: t('column.region'), dataIndex: 'divisionName' },
    { key: 'dates', title: t('column.dates'), render: (_: unknown, c) => t('dates', { from: c.startsOn, to: c.endsOn }) },
    { key: 'status', title: t('column.status'), render: (_: unknown, c) => <Tag color={statusColor[c.status]}>{text(campaignStatuses.labels[c.status])}</Tag> },
  ];

  return (
    <>
      <PageHeader
        title={t('list.title')}
        subtitle={t('list.subtitle')}
        extra={
          can('campaigns.manage') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="campaign-new">
              {t('list.new')}
            </Button>
          ) : null
        }
      />
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <SelectFilter table={table} name="status" placeholder={t('list.status')} options={campaignStatuses.codes.map((s) => ({ value: s, label: text(campaignStatuses.labels[s]) }))} />
        <SearchFilter table={table} name="q" placeholder={t('list.q')} />
      </Flex>
      <Table<CampaignView> {...table.tableProps} columns={columns} size="middle" scroll={{ x: 'max-content' }} locale={{ emptyText: listEmptyText(table.query.isPending, t('list.empty')) }} />
      <Modal title={t('form.titleNew')} open={creating} footer={null} onCancel={() => setCreating(false)} destroyOnHidden width={680}>
        <CampaignForm onSaved={(saved) => void navigate(`/campaigns/${saved.id}`)} onCancel={() => setCreating(false)} />
      </Modal>
    </>
  );
}
