import { App, Button, Descriptions, Flex, Popconfirm, Table, Tag, Typography, type TableColumnsType, type TableProps } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { VisitView } from '../../../../contracts/visits.ts';
import { listEmptyText } from '../../../components/list-filters.tsx';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { visitsApi, visitsKey } from '../visits.api.ts';
import { useVisitMessages } from '../visits.messages.ts';
import { VisitPhotos } from './visit-photos.tsx';

type VisitTableProps = Pick<TableProps<VisitView>, 'dataSource' | 'loading' | 'pagination' | 'onChange'> & {
  /** A household's own page leaves out the household column. */
  showHousehold: boolean;
  pending: boolean;
  emptyText: string;
  sortOrderOf?: (key: string) => 'ascend' | 'descend' | null;
  onEdit: (visit: VisitView) => void;
};

function FollowUpTag({ visit }: { visit: VisitView }) {
  const t = useVisitMessages();
  if (!visit.followUp) return <Typography.Text type="secondary">{t('followUp.none')}</Typography.Text>;
  return visit.followUpDone ? <Tag color="green">{t('followUp.done', { day: visit.followUpDone })}</Tag> : <Tag color="orange">{t('followUp.open')}</Tag>;
}

/** Visits as rows; a row opens to the full findings, the follow-up and the photos. */
export function VisitTable({ showHousehold, pending, emptyText, sortOrderOf, onEdit, ...table }: VisitTableProps) {
  const t = useVisitMessages();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const client = useQueryClient();

  async function remove(visit: VisitView) {
    try {
      await visitsApi.remove(visit.id);
      void message.success(t('action.deleted'));
      await client.invalidateQueries({ queryKey: [visitsKey] });
    } catch (error) {
      notify(error);
    }
  }

  const columns: TableColumnsType<VisitView> = [
    { key: 'visitedOn', dataIndex: 'visitedOn', title: t('column.visitedOn'), sorter: Boolean(sortOrderOf), sortOrder: sortOrderOf?.('visitedOn') ?? null, width: 120 },
    ...(showHousehold
      ? [
          {
            key: 'household',
            title: t('column.household'),
            render: (_: unknown, v: VisitView) => <Link to={`/households/${v.householdId}?tab=visits`}>{v.householderName}</Link>,
          },
          { key: 'village', title: t('column.village'), responsive: ['md' as const], render: (_: unknown, v: VisitView) => v.villageName ?? v.divisionCode },
        ]
      : []),
    { key: 'cadre', dataIndex: 'cadreName', title: t('column.cadre') },
    { key: 'findings', dataIndex: 'findings', title: t('column.findings'), ellipsis: true },
    { key: 'followUp', title: t('column.followUp'), responsive: ['lg'], render: (_: unknown, v) => <FollowUpTag visit={v} /> },
    { key: 'photos', title: t('column.photos'), responsive: ['md'], render: (_: unknown, v) => v.photos.length || '—' },
    {
      key: 'actions',
      title: t('column.actions'),
      render: (_: unknown, v) =>
        v.abilities.update || v.abilities.delete ? (
          <Flex gap={4}>
            {v.abilities.update ? (
              <Button type="link" size="small" onClick={() => onEdit(v)}>
                {t('action.edit')}
              </Button>
            ) : null}
            {v.abilities.delete ? (
              <Popconfirm title={t('action.deleteConfirm')} onConfirm={() => void remove(v)}>
                <Button type="link" size="small" danger>
                  {t('action.delete')}
                </Button>
              </Popconfirm>
            ) : null}
          </Flex>
        ) : null,
    },
  ];

  return (
    <Table<VisitView>
      {...table}
      rowKey="id"
      columns={columns}
      size="middle"
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: listEmptyText(pending, emptyText) }}
      expandable={{
        expandedRowRender: (v) => (
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('column.findings')}>
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{v.findings}</Typography.Paragraph>
            </Descriptions.Item>
            <Descriptions.Item label={t('column.followUp')}>
              {v.followUp ? (
                <Flex vertical gap={4}>
                  <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{v.followUp}</Typography.Text>
                  <FollowUpTag visit={v} />
                </Flex>
              ) : (
                t('followUp.none')
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('column.photos')}>
              <VisitPhotos visit={v} />
            </Descriptions.Item>
          </Descriptions>
        ),
      }}
    />
  );
}
