import { useState } from 'react';
import { Button, Card, Empty, Flex, Statistic, Table, type TableColumnsType } from 'antd';
import { GiftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { materialKindLabels, materialKinds, type MaterialItem } from '../../../../contracts/trainings.ts';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useText } from '../../../platform/i18n.tsx';
import { useSession } from '../../../platform/session.tsx';
import { trainingsApi, trainingsKey } from '../trainings.api.ts';
import { useTrainingMessages } from '../trainings.messages.ts';
import { KindText } from '../labels.tsx';
import { IssueModal } from '../issue-modal.tsx';

/** What a team and its members received (plates, cards, diaries, handbooks), for the team's page. */
export function TeamMaterialsCard({ teamId, teamName }: { teamId: string; teamName?: string }) {
  const t = useTrainingMessages();
  const text = useText();
  const { can } = useSession();
  const [issuing, setIssuing] = useState(false);
  const query = useQuery({ queryKey: [trainingsKey, 'team-materials', teamId], queryFn: () => trainingsApi.materials({ teamId, pageSize: 200, sort: 'issuedOn', order: 'desc' }) });
  const columns: TableColumnsType<MaterialItem> = [
    { key: 'issuedOn', dataIndex: 'issuedOn', title: t('materials.issuedOn') },
    { key: 'kind', title: t('materials.kindLabel'), render: (_: unknown, m) => <KindText kind={m.kind} /> },
    { key: 'receiver', title: t('materials.receiver'), render: (_: unknown, m) => m.cadreName ?? t('materials.teamItself') },
    { key: 'quantity', dataIndex: 'quantity', title: t('materials.quantity'), align: 'right' },
    { key: 'note', dataIndex: 'note', title: t('materials.note'), responsive: ['md'] },
  ];
  const extra = can('trainings.manage') ? (
    <Button icon={<GiftOutlined />} onClick={() => setIssuing(true)}>
      {t('materials.issue')}
    </Button>
  ) : null;
  return (
    <Card title={t('materials.teamCard')} extra={extra} loading={query.isPending} style={{ marginBottom: 16 }}>
      {query.isError ? (
        <LoadFailedResult error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data && query.data.total > 0 ? (
        <>
          <Flex gap={32} wrap style={{ marginBottom: 12 }}>
            {materialKinds.map((kind) => (
              <Statistic key={kind} title={text(materialKindLabels[kind])} value={query.data.totals[kind]} />
            ))}
          </Flex>
          <Table<MaterialItem> rowKey="id" columns={columns} dataSource={query.data.items} size="small" pagination={{ pageSize: 10, hideOnSinglePage: true }} scroll={{ x: 'max-content' }} />
        </>
      ) : (
        <Empty description={t('materials.teamCardEmpty')} />
      )}
      <IssueModal open={issuing} onClose={() => setIssuing(false)} team={{ id: teamId, name: teamName ?? '' }} />
    </Card>
  );
}
