import { useState } from 'react';
import { Button, Empty, Flex, Modal, Table, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import type { AssetListItem } from '../../../../contracts/assets.ts';
import { assetKinds } from '../../../../contracts/project-codes.ts';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useText } from '../../../platform/i18n.tsx';
import { useSession } from '../../../platform/session.tsx';
import { assetApi, assetKey } from '../assets.api.ts';
import { useAssetMessages } from '../assets.messages.ts';
import { AssetForm } from './asset-form.tsx';
import { ConditionTag } from './condition-tag.tsx';

type ProjectAssetsTabProps = { projectId: string; divisionCode: string };

/** The project page's 资产 tab: what the project left behind, and a form to register more. */
export function ProjectAssetsTab({ projectId, divisionCode }: ProjectAssetsTabProps) {
  const t = useAssetMessages();
  const text = useText();
  const { can } = useSession();
  const [registering, setRegistering] = useState(false);
  const query = useQuery({ queryKey: [assetKey, 'project', projectId], queryFn: () => assetApi.list({ projectId, pageSize: 200 }) });
  if (query.isError) return <LoadFailedResult error={query.error} onRetry={() => void query.refetch()} />;

  const columns: TableColumnsType<AssetListItem> = [
    { key: 'name', title: t('column.name'), render: (_: unknown, a) => <Link to={`/assets/${a.id}`}>{a.name}</Link> },
    { key: 'kind', title: t('column.kind'), render: (_: unknown, a) => text(assetKinds.labels[a.kind]) },
    { key: 'village', title: t('column.village'), dataIndex: 'villageName' },
    { key: 'owner', title: t('column.owner'), dataIndex: 'owner' },
    { key: 'maintainer', title: t('column.maintainer'), dataIndex: 'maintainer' },
    { key: 'value', title: t('column.value'), dataIndex: 'value', align: 'right' },
    { key: 'handedOverOn', title: t('column.handedOverOn'), dataIndex: 'handedOverOn' },
    { key: 'condition', title: t('column.condition'), render: (_: unknown, a) => <ConditionTag condition={a.condition} /> },
  ];
  return (
    <>
      <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">{t('tab.count', { count: query.data?.total ?? 0 })}</Typography.Text>
        {can('assets.write') ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)} data-testid="project-asset-new">
            {t('list.new')}
          </Button>
        ) : null}
      </Flex>
      <Table<AssetListItem>
        rowKey="id"
        size="small"
        loading={query.isPending}
        dataSource={query.data?.items ?? []}
        columns={columns}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('tab.empty')} /> }}
      />
      <Modal title={t('form.title')} open={registering} footer={null} onCancel={() => setRegistering(false)} destroyOnHidden>
        <AssetForm projectId={projectId} divisionCode={divisionCode} onSaved={() => setRegistering(false)} onCancel={() => setRegistering(false)} />
      </Modal>
    </>
  );
}
