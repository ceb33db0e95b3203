import { useState } from 'react';
import { Button, Flex, Modal, Table, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { ShareListItem } from '../../../../contracts/assets.ts';
import { ExportButton } from '../../../components/export-button.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useTableQuery } from '../../../components/use-table-query.ts';
import { listEmptyText, SearchFilter, DivisionFilter } from '../../../components/list-filters.tsx';
import { useSession } from '../../../platform/session.tsx';
import { shareApi, shareKey } from '../assets.api.ts';
import { useAssetMessages } from '../assets.messages.ts';
import { DividendForm } from '../components/dividend-form.tsx';
import { ShareSummaryCard } from '../components/share-summary.tsx';
import { ShareForm } from '../components/share-form.tsx';

type ShareFilter = 'divisionCode' | 'cooperative' | 'householdId';
const tableOptions = {
  queryKey: shareKey,
  url: shareApi.listUrl,
  filters: ['divisionCode', 'cooperative', 'householdId'] as const,
  defaultSort: 'cooperative',
  defaultOrder: 'asc' as const,
};

/** /shares: households' shares in cooperatives, grouped by cooperative, with what each has paid. */
export function ShareListPage() {
  const t = useAssetMessages();
  const { can } = useSession();
  const [year, setYear] = useState(dayjs().year() - 1);
  const [paying, setPaying] = useState<ShareListItem | null>(null);
  const [recording, setRecording] = useState(false);
  const table = useTableQuery<ShareListItem, ShareFilter>(tableOptions);
  if (table.query.isError && !table.query.data) return <LoadFailedResult error={table.query.error} onRetry={() => void table.query.refetch()} />;

  const columns: TableColumnsType<ShareListItem> = [
    { key: 'cooperative', title: t('column.cooperative'), dataIndex: 'cooperative', sorter: true, sortOrder: table.sortOrderOf('cooperative') },
    { key: 'householder', title: t('column.householder'), dataIndex: 'householderName' },
    { key: 'village', title: t('column.village'), dataIndex: 'villageName', responsive: ['md'] },
    { key: 'amount', title: t('column.amount'), dataIndex: 'amount', align: 'right', sorter: true, sortOrder: table.sortOrderOf('amount') },
    { key: 'units', title: t('column.units'), dataIndex: 'units', align: 'right', responsive: ['lg'] },
    { key: 'since', title: t('column.since'), dataIndex: 'since', sorter: true, sortOrder: table.sortOrderOf('since'), responsive: ['md'] },
    { key: 'dividendsTotal', title: t('column.dividendsTotal'), dataIndex: 'dividendsTotal', align: 'right' },
    {
      key: 'dividends',
      title: t('column.dividends'),
      render: (_: unknown, s) =>
        s.dividends.length === 0 ? t('dividend.none') : s.dividends.map((d) => <div key={d.id}>{t('dividend.row', { year: d.year, amount: d.amount, paidOn: d.paidOn })}</div>),
    },
    ...(can('assets.write')
      ? [
          {
            key: 'actions',
            title: t('column.actions'),
            render: (_: unknown, s: ShareListItem) => (
              <Button type="link" size="small" onClick={() => setPaying(s)} data-testid={`dividend-${s.id}`}>
                {t('dividend.record')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        title={t('shares.title')}
        subtitle={t('shares.subtitle')}
        extra={
          <>
            <ExportButton download={() => shareApi.exportList(table.listFilters)} />
            {can('assets.write') ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)} data-testid="share-new">
                {t('share.new')}
              </Button>
            ) : null}
          </>
        }
      />
      <ShareSummaryCard divisionCode={table.state.filters.divisionCode} year={year} onYearChange={setYear} />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
        <DivisionFilter table={table} placeholder={t('list.region')} />
        <SearchFilter table={table} name="cooperative" placeholder={t('shares.cooperative')} width={260} />
      </Flex>
      <Table<ShareListItem>
        {...table.tableProps}
        columns={columns}
        size="middle"
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: listEmptyText(table.query.isPending, t('shares.empty')) }}
      />
      <Modal
        title={paying ? t('dividend.title', { name: paying.householderName ?? paying.cooperative }) : ''}
        open={paying !== null}
        footer={null}
        onCancel={() => setPaying(null)}
        destroyOnHidden
      >
        {paying ? <DividendForm shareId={paying.id} onSaved={() => setPaying(null)} onCancel={() => setPaying(null)} /> : null}
      </Modal>
      <Modal title={t('share.new')} open={recording} footer={null} onCancel={() => setRecording(false)} destroyOnHidden>
        <ShareForm cooperative={table.state.filters.cooperative} onSaved={() => setRecording(false)} onCancel={() => setRecording(false)} />
      </Modal>
    </>
  );
}
