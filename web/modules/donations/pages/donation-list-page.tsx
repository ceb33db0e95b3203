import { useState } from 'react';
import { Button, Flex, Modal, Spin, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { BarChartOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import dayjs from 'dayjs';
import { donationForms, donorKinds, type DonationList, type DonationListItem } from '../../../../contracts/donations.ts';
import { ExportButton } from '../../../components/export-button.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useTableQuery } from '../../../components/use-table-query.ts';
import { DivisionFilter, listEmptyText, SearchFilter, SelectFilter } from '../../../components/list-filters.tsx';
import { useText } from '../../../platform/i18n.tsx';
import { useSession } from '../../../platform/session.tsx';
import { donationApi, donationKey } from '../donations.api.ts';
import { useDonationMessages } from '../donations.messages.ts';
import { DonationForm } from '../components/donation-form.tsx';
import { goodsParts, moneyText, recentYears } from '../donations.view.ts';

// projectId comes from a project's page (/donations?projectId=…), not from a control here.
type DonationFilter = 'divisionCode' | 'projectId' | 'donorKind' | 'form' | 'year' | 'q';
const tableOptions = {
  queryKey: donationKey,
  url: donationApi.listUrl,
  filters: ['divisionCode', 'projectId', 'donorKind', 'form', 'year', 'q'] as const,
  defaultSort: 'receivedOn',
  defaultOrder: 'desc' as const,
};

/** The edit form, once the gift (with what the caller may do to it) has loaded. */
function EditDonation({ id, onDone }: { id: string; onDone: () => void }) {
  const donation = useQuery({ queryKey: [donationKey, 'one', id], queryFn: () => donationApi.get(id) });
  if (donation.isError) return <LoadFailedResult error={donation.error} onRetry={() => void donation.refetch()} />;
  if (!donation.data) return <Spin />;
  return <DonationForm donation={donation.data} onSaved={onDone} onCancel={onDone} />;
}

/** /donations: every gift to the villages of the account's area, with the totals of what the filters match. */
export function DonationListPage() {
  const t = useDonationMessages();
  const text = useText();
  const { can } = useSession();
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const table = useTableQuery<DonationListItem, DonationFilter>(tableOptions);
  if (table.query.isError && !table.query.data) return <LoadFailedResult error={table.query.error} onRetry={() => void table.query.refetch()} />;
  const totals = (table.query.data as DonationList | undefined)?.totals;
  const keeper = can('donations.write');

  const columns: TableColumnsType<DonationListItem> = [
    { key: 'receivedOn', title: t('column.receivedOn'), dataIndex: 'receivedOn', sorter: true, sortOrder: table.sortOrderOf('receivedOn') },
    { key: 'village', title: t('column.village'), dataIndex: 'villageName' },
    { key: 'donor', title: t('column.donor'), dataIndex: 'donor' },
    { key: 'donorKind', title: t('column.donorKind'), render: (_: unknown, d) => text(donorKinds.labels[d.donorKind]), responsive: ['md'] },
    { key: 'form', title: t('column.form'), render: (_: unknown, d) => text(donationForms.labels[d.form]) },
    {
      key: 'value',
      title: t('column.value'),
      align: 'right',
      sorter: true,
      sortOrder: table.sortOrderOf('value'),
      render: (_: unknown, d) => moneyText(d.value),
    },
    {
      key: 'goods',
      title: t('column.goods'),
      render: (_: unknown, d) => {
        const parts = goodsParts(d);
        return parts ? (parts.quantity ? t('goods.quantity', parts) : parts.goods) : null;
      },
    },
    { key: 'purpose', title: t('column.purpose'), dataIndex: 'purpose', responsive: ['lg'] },
    { key: 'project', title: t('column.project'), dataIndex: 'projectName' },
    { key: 'arrangedBy', title: t('column.arrangedBy'), dataIndex: 'arrangedByName' },
    { key: 'receiptNo', title: t('column.receiptNo'), dataIndex: 'receiptNo', responsive: ['xl'] },
    ...(keeper
      ? [
          {
            key: 'actions',
            title: t('column.actions'),
            render: (_: unknown, d: DonationListItem) => (
              <Button type="link" size="small" onClick={() => setEditing(d.id)}>
                {t('action.edit')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        title={t('list.title')}
        subtitle={t('list.subtitle')}
        extra={
          <>
            <Link to="/donations/summary">
              <Button icon={<BarChartOutlined />}>{t('list.summary')}</Button>
            </Link>
            {can('donations.export') ? <ExportButton download={() => donationApi.exportList(table.listFilters)} /> : null}
            {keeper ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="donation-new">
                {t('list.new')}
              </Button>
            ) : null}
          </>
        }
      />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
        <DivisionFilter table={table} placeholder={t('list.region')} />
        <SelectFilter
          table={table}
          name="year"
          placeholder={t('list.year')}
          width={120}
          options={recentYears(dayjs().format('YYYY-MM-DD'), 10).map((y) => ({ value: String(y), label: String(y) }))}
        />
        <SelectFilter
          table={table}
          name="donorKind"
          placeholder={t('list.donorKind')}
          label={t('column.donorKind')}
          options={donorKinds.codes.map((k) => ({ value: k, label: text(donorKinds.labels[k]) }))}
        />
        <SelectFilter
          table={table}
          name="form"
          placeholder={t('list.form')}
          label={t('column.form')}
          width={130}
          options={donationForms.codes.map((f) => ({ value: f, label: text(donationForms.labels[f]) }))}
        />
        <SearchFilter table={table} name="q" placeholder={t('list.q')} width={220} />
        {table.state.filters.projectId ? (
          <Tag closable onClose={() => table.setFilter('projectId', undefined)} data-testid="donation-project-filter">
            {t('list.projectFilter', { name: table.query.data?.items[0]?.projectName ?? '' })}
          </Tag>
        ) : null}
      </Flex>
      <Table<DonationListItem>
        {...table.tableProps}
        columns={columns}
        size="middle"
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: listEmptyText(table.query.isPending, t('list.empty')) }}
        summary={() =>
          totals && totals.count > 0 ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={columns.length}>
                <Typography.Text strong data-testid="donation-totals">
                  {t('list.totals', {
                    count: totals.count,
                    donors: totals.donors,
                    money: moneyText(totals.money),
                    goods: moneyText(totals.goods),
                    total: moneyText(totals.total),
                  })}
                </Typography.Text>
              </Table.Summary.Cell>
            </Table.Summary.Row>
          ) : null
        }
      />
      <Modal
        title={editing === 'new' ? t('form.titleNew') : t('form.titleEdit')}
        open={editing !== null}
        footer={null}
        onCancel={() => setEditing(null)}
        destroyOnHidden
        width={680}
      >
        {editing === 'new' ? (
          <DonationForm onSaved={() => setEditing(null)} onCancel={() => setEditing(null)} />
        ) : editing ? (
          <EditDonation id={editing} onDone={() => setEditing(null)} />
        ) : null}
      </Modal>
    </>
  );
}
