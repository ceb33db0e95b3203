import { Button, Flex, Space, Table, Tag, type TableColumnsType } from 'antd';
import { BarChartOutlined, PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import type { EnterpriseListItem } from '../../../../contracts/enterprises.ts';
import { DivisionTreeSelect } from '../../../components/division-tree-select.tsx';
import { ExportButton } from '../../../components/export-button.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useTableQuery } from '../../../components/use-table-query.ts';
import { listEmptyText, DivisionFilter, SearchFilter } from '../../../components/list-filters.tsx';
import { useSession } from '../../../platform/session.tsx';
import { enterpriseApi, enterpriseKey } from '../enterprises.api.ts';
import { useEnterpriseMessages } from '../enterprises.messages.ts';

type EnterpriseFilter = 'q' | 'divisionCode' | 'villageCode';
const tableOptions = {
  queryKey: enterpriseKey,
  url: enterpriseApi.listUrl,
  filters: ['q', 'divisionCode', 'villageCode'] as const,
  defaultSort: 'createdAt',
  defaultOrder: 'desc' as const,
};

/** /enterprises: the enterprises kept in the account's area or paired with one of its villages. */
export function EnterpriseListPage() {
  const t = useEnterpriseMessages();
  const { can } = useSession();
  const navigate = useNavigate();
  const table = useTableQuery<EnterpriseListItem, EnterpriseFilter>(tableOptions);
  if (table.query.isError && !table.query.data) return <LoadFailedResult error={table.query.error} onRetry={() => void table.query.refetch()} />;

  const columns: TableColumnsType<EnterpriseListItem> = [
    { key: 'name', title: t('column.name'), sorter: true, sortOrder: table.sortOrderOf('name'), render: (_: unknown, e) => <Link to={`/enterprises/${e.id}`}>{e.name}</Link> },
    { key: 'industry', title: t('column.industry'), dataIndex: 'industry', responsive: ['md'] },
    { key: 'division', title: t('column.division'), dataIndex: 'divisionName', responsive: ['lg'] },
    {
      key: 'villages',
      title: t('column.villages'),
      render: (_: unknown, e) => (
        <Space size={[4, 4]} wrap>
          {e.villages.map((v) => (
            <Tag key={v.code}>{v.name ?? v.code}</Tag>
          ))}
        </Space>
      ),
    },
    { key: 'partyOrg', title: t('column.partyOrg'), dataIndex: 'partyOrgName', responsive: ['xl'] },
    { key: 'contact', title: t('column.contact'), dataIndex: 'contactName', responsive: ['lg'] },
    { key: 'phone', title: t('column.phone'), dataIndex: 'contactPhone', responsive: ['lg'] },
  ];

  return (
    <>
      <PageHeader
        title={t('list.title')}
        subtitle={t('list.subtitle')}
        extra={
          <>
            <Button icon={<BarChartOutlined />} onClick={() => navigate('/enterprises/contributions')}>
              {t('list.contributions')}
            </Button>
            {can('enterprises.export') ? <ExportButton download={() => enterpriseApi.exportList(table.listFilters)} /> : null}
            {can('enterprises.write') ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/enterprises/new')} data-testid="enterprise-new">
                {t('list.new')}
              </Button>
            ) : null}
          </>
        }
      />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
        <SearchFilter table={table} name="q" placeholder={t('list.q')} />
        <DivisionFilter table={table} placeholder={t('list.region')} />
        <DivisionTreeSelect
          level="village"
          value={table.state.filters.villageCode ?? null}
          placeholder={t('list.village')}
          onChange={(value) => table.setFilter('villageCode', typeof value === 'string' ? value : undefined)}
          style={{ width: 220, maxWidth: '100%' }}
        />
      </Flex>
      <Table<EnterpriseListItem>
        {...table.tableProps}
        columns={columns}
        size="middle"
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: listEmptyText(table.query.isPending, t('list.empty')) }}
      />
    </>
  );
}
