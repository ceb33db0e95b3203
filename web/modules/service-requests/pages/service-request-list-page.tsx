import { Button, Checkbox, Empty, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import dayjs from 'dayjs';
import {
  serviceRequestKinds,
  serviceRequestStateLabels,
  serviceRequestStates,
  type ServiceRequestListItem,
} from '../../../../contracts/service-requests.ts';
import { ExportButton } from '../../../components/export-button.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useTableQuery } from '../../../components/use-table-query.ts';
import { SearchFilter, SelectFilter, DivisionFilter } from '../../../components/list-filters.tsx';
import { useText } from '../../../platform/i18n.tsx';
import { useSession } from '../../../platform/session.tsx';
import { serviceRequestApi, serviceRequestKey } from '../service-requests.api.ts';
import { useServiceRequestMessages } from '../service-requests.messages.ts';
import { ServiceRequestStateTag } from '../service-request-labels.tsx';

type ServiceRequestFilter = 'divisionCode' | 'q' | 'state' | 'kind' | 'overdue';
// Stable identity: the hook memoizes on it.
const tableOptions = {
  queryKey: serviceRequestKey,
  url: serviceRequestApi.listUrl,
  filters: ['divisionCode', 'q', 'state', 'kind', 'overdue'] as const,
  defaultSort: 'createdAt',
  defaultOrder: 'desc' as const,
};

/** /service-requests: a village's requests for its leader, the county's for the station, with the overdue in red. */
export function ServiceRequestListPage() {
  const t = useServiceRequestMessages();
  const text = useText();
  const { can } = useSession();
  const table = useTableQuery<ServiceRequestListItem, ServiceRequestFilter>(tableOptions);
  if (table.query.isError && !table.query.data) return <LoadFailedResult error={table.query.error} onRetry={() => void table.query.refetch()} />;

  const columns: TableColumnsType<ServiceRequestListItem> = [
    { key: 'title', title: t('column.title'), render: (_: unknown, r) => <Link to={`/service-requests/${r.id}`}>{r.title}</Link> },
    { key: 'kind', title: t('column.kind'), render: (_: unknown, r) => text(serviceRequestKinds.labels[r.kind]) },
    { key: 'village', title: t('column.village'), dataIndex: 'villageName', responsive: ['md'] },
    { key: 'requester', title: t('column.requester'), dataIndex: 'requesterName', responsive: ['lg'] },
    {
      key: 'createdAt',
      title: t('column.createdOn'),
      sorter: true,
      sortOrder: table.sortOrderOf('createdAt'),
      render: (_: unknown, r) => dayjs(r.createdAt).format('YYYY-MM-DD'),
    },
    {
      key: 'dueOn',
      title: t('column.dueOn'),
      sorter: true,
      sortOrder: table.sortOrderOf('dueOn'),
      render: (_: unknown, r) => <Typography.Text type={r.overdue ? 'danger' : undefined}>{r.dueOn}</Typography.Text>,
    },
    { key: 'state', title: t('column.state'), render: (_: unknown, r) => <ServiceRequestStateTag state={r.state} overdue={r.overdue} /> },
  ];

  return (
    <>
      <PageHeader
        title={t('list.title')}
        subtitle={t('list.subtitle')}
        extra={
          <>
            <ExportButton download={() => serviceRequestApi.exportList(table.listFilters)} />
            {can('service-requests.request') ? (
              <Link to="/service-requests/new">
                <Button type="primary" icon={<PlusOutlined />} data-testid="service-request-new">
                  {t('list.new')}
                </Button>
              </Link>
            ) : null}
          </>
        }
      />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
        <DivisionFilter table={table} placeholder={t('list.region')} />
        <SearchFilter table={table} name="q" placeholder={t('list.search')} width={200} />
        <SelectFilter
          table={table}
          name="state"
          placeholder={t('list.state')}
          label={t('column.state')}
          options={serviceRequestStates.map((state) => ({ value: state, label: text(serviceRequestStateLabels[state]) }))}
          width={130}
        />
        <SelectFilter
          table={table}
          name="kind"
          placeholder={t('list.kind')}
          label={t('column.kind')}
          options={serviceRequestKinds.codes.map((kind) => ({ value: kind, label: text(serviceRequestKinds.labels[kind]) }))}
          width={140}
        />
        <Checkbox
          checked={table.state.filters.overdue === 'true'}
          onChange={(e) => table.setFilter('overdue', e.target.checked ? 'true' : undefined)}
          data-testid="service-request-overdue-filter"
        >
          {t('list.overdue')}
        </Checkbox>
      </Flex>
      <Table<ServiceRequestListItem>
        {...table.tableProps}
        rowKey="id"
        columns={columns}
        size="middle"
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('list.empty')} /> }}
      />
    </>
  );
}
