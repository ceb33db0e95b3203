import { useState } from 'react';
import { Button, Flex, Modal, Table, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import type { AssetListItem } from '../../../../contracts/assets.ts';
import { assetConditions, assetKinds } from '../../../../contracts/project-codes.ts';
import { ExportButton } from '../../../components/export-button.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useTableQuery } from '../../../components/use-table-query.ts';
import { listEmptyText, SelectFilter, DivisionFilter } from '../../../components/list-filters.tsx';
import { useText } from '../../../platform/i18n.tsx';
import { useSession } from '../../../platform/session.tsx';
import { assetApi, assetKey } from '../assets.api.ts';
import { useAssetMessages } from '../assets.messages.ts';
import { AssetForm } from '../components/asset-form.tsx';
import { ConditionTag } from '../components/condition-tag.tsx';

// projectId comes from a project's page, not from a control here.
type AssetFilter = 'divisionCode' | 'projectId' | 'kind' | 'condition';
const tableOptions = {
  queryKey: assetKey,
  url: assetApi.listUrl,
  filters: ['divisionCode', 'projectId', 'kind', 'condition'] as const,
  defaultSort: 'handedOverOn',
  defaultOrder: 'desc' as const,
};

/** /assets: every asset projects left in the account's area, its keeper and its state. */
export function AssetListPage() {
  const t = useAssetMessages();
  const text = useText();
  const { can } = useSession();
  const navigate = useNavigate();
  const [registering, setRegistering] = useState(false);
  const table = useTableQuery<AssetListItem, AssetFilter>(tableOptions);
  if (table.query.isError && !table.query.data) return <LoadFailedResult error={table.query.error} onRetry={() => void table.query.refetch()} />;

  const columns: TableColumnsType<AssetListItem> = [
    { key: 'name', title: t('column.name'), sorter: true, sortOrder: table.sortOrderOf('name'), render: (_: unknown, a) => <Link to={`/assets/${a.id}`}>{a.name}</Link> },
    { key: 'kind', title: t('column.kind'), render: (_: unknown, a) => text(assetKinds.labels[a.kind]) },
    { key: 'village', title: t('column.village'), dataIndex: 'villageName', responsive: ['md'] },
    { key: 'project', title: t('column.project'), dataIndex: 'projectName', responsive: ['lg'] },
    { key: 'owner', title: t('column.owner'), dataIndex: 'owner', responsive: ['lg'] },
    { key: 'maintainer', title: t('column.maintainer'), dataIndex: 'maintainer', responsive: ['md'] },
    { key: 'value', title: t('column.value'), dataIndex: 'value', align: 'right', sorter: true, sortOrder: table.sortOrderOf('value') },
    { key: 'handedOverOn', title: t('column.handedOverOn'), dataIndex: 'handedOverOn', sorter: true, sortOrder: table.sortOrderOf('handedOverOn') },
    { key: 'condition', title: t('column.condition'), render: (_: unknown, a) => <ConditionTag condition={a.condition} /> },
  ];

  return (
    <>
      <PageHeader
        title={t('list.title')}
        subtitle={t('list.subtitle')}
        extra={
          <>
            <ExportButton download={() => assetApi.exportList(table.listFilters)} />
            {can('assets.write') ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)} data-testid="asset-new">
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
          name="kind"
          placeholder={t('list.kind')}
          label={t('column.kind')}
          options={assetKinds.codes.map((k) => ({ value: k, label: text(assetKinds.labels[k]) }))}
        />
        <SelectFilter
          table={table}
          name="condition"
          placeholder={t('list.condition')}
          label={t('column.condition')}
          options={assetConditions.codes.map((c) => ({ value: c, label: text(assetConditions.labels[c]) }))}
        />
      </Flex>
      <Table<AssetListItem>
        {...table.tableProps}
        columns={columns}
        size="middle"
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: listEmptyText(table.query.isPending, t('list.empty')) }}
      />
      <Modal title={t('form.title')} open={registering} footer={null} onCancel={() => setRegistering(false)} destroyOnHidden>
        <AssetForm
          projectId={table.state.filters.projectId}
          onSaved={(asset) => {
            setRegistering(false);
            navigate(`/assets/${asset.id}`);
          }}
          onCancel={() => setRegistering(false)}
        />
      </Modal>
    </>
  );
}
