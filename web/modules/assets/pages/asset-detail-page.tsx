import { useState } from 'react';
import { Button, Card, Descriptions, Empty, Flex, Modal, Skeleton, Table, type TableColumnsType } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import type { AssetCheck } from '../../../../contracts/assets.ts';
import { assetKinds } from '../../../../contracts/project-codes.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useText } from '../../../platform/i18n.tsx';
import { assetApi, assetKey } from '../assets.api.ts';
import { useAssetMessages } from '../assets.messages.ts';
import { AssetCheckForm } from '../components/asset-check-form.tsx';
import { AssetForm } from '../components/asset-form.tsx';
import { ConditionTag } from '../components/condition-tag.tsx';

/** /assets/:id: the asset, its care record newest first, and the form for the next check. */
export function AssetDetailPage() {
  const { id } = useParams<{ id: string }>();
  const t = useAssetMessages();
  const text = useText();
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const query = useQuery({ queryKey: [assetKey, 'detail', id], queryFn: () => assetApi.get(id!), enabled: Boolean(id) });
  const back = <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('list.title')} onClick={() => navigate(-1)} />;
  if (query.isError) return <LoadFailedResult error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return (<><PageHeader title={t('detail.title')} back={back} /><Skeleton active /></>);
  const asset = query.data;
  const columns: TableColumnsType<AssetCheck> = [
    { key: 'checkedOn', title: t('check.checkedOn'), dataIndex: 'checkedOn' },
    { key: 'condition', title: t('check.condition'), render: (_: unknown, c) => <ConditionTag condition={c.condition} /> },
    { key: 'checkedBy', title: t('check.checkedBy'), dataIndex: 'checkedBy' },
    { key: 'note', title: t('check.note'), dataIndex: 'note' },
  ];
  return (
    <>
      <PageHeader
        title={asset.name}
        subtitle={asset.villageName ?? asset.divisionCode}
        back={back}
        extra={
          <Flex gap={8} align="center">
            <ConditionTag condition={asset.condition} />
            {asset.abilities.update ? (
              <Button onClick={() => setEditing(true)} data-testid="asset-edit">
                {t('edit')}
              </Button>
            ) : null}
          </Flex>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('column.kind')}>{text(assetKinds.labels[asset.kind])}</Descriptions.Item>
          <Descriptions.Item label={t('column.project')}>{asset.projectName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('column.owner')}>{asset.owner}</Descriptions.Item>
          <Descriptions.Item label={t('column.maintainer')}>{asset.maintainer}</Descriptions.Item>
          <Descriptions.Item label={t('column.value')}>{asset.value}</Descriptions.Item>
          <Descriptions.Item label={t('column.quantity')}>{asset.quantity ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('column.handedOverOn')}>{asset.handedOverOn}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('detail.checks')} style={{ marginBottom: 16 }}>
        <Table<AssetCheck>
          rowKey="id"
          size="small"
          dataSource={asset.checks}
          columns={columns}
          pagination={false}
          locale={{ emptyText: <Empty description={t('detail.noChecks')} /> }}
        />
      </Card>
      {asset.abilities.update ? (
        <Card title={t('check.submit')}>
          <AssetCheckForm assetId={asset.id} />
        </Card>
      ) : null}
      <Modal title={t('edit')} open={editing} footer={null} onCancel={() => setEditing(false)} destroyOnHidden>
        <AssetForm asset={asset} onSaved={() => setEditing(false)} onCancel={() => setEditing(false)} />
      </Modal>
    </>
  );
}
