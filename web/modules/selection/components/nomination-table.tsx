import { Table, Tag, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { NominationListItem, NominationStateCode } from '../../../../contracts/selection.ts';
import { useSelectionMessages } from '../selection.messages.ts';
import { NominationStateTag } from './selection-labels.tsx';

/** A slot's nominations, oldest first: who was put forward, what became of him and why. */
export function NominationTable({ items }: { items: NominationListItem[] }) {
  const t = useSelectionMessages();
  const columns: TableColumnsType<NominationListItem> = [
    {
      key: 'cadre',
      title: t('column.cadre'),
      render: (_: unknown, n) => (
        <>
          <Link to={`/selection/nominations/${n.id}`}>{n.cadreName ?? '—'}</Link>
          {n.replacesId ? <Tag style={{ marginLeft: 8 }}>{t('replacement')}</Tag> : null}
        </>
      ),
    },
    { key: 'state', dataIndex: 'state', title: t('column.status'), render: (state: NominationStateCode) => <NominationStateTag state={state} /> },
    { key: 'effectiveDate', dataIndex: 'effectiveDate', title: t('column.effectiveDate'), responsive: ['md'] },
    { key: 'endDate', dataIndex: 'endDate', title: t('column.endDate'), responsive: ['md'] },
    { key: 'reason', dataIndex: 'reason', title: t('column.reason') },
    { key: 'createdAt', title: t('column.createdAt'), responsive: ['lg'], render: (_: unknown, n) => n.createdAt.slice(0, 10) },
  ];
  return <Table<NominationListItem> rowKey="id" columns={columns} dataSource={items} pagination={false} size="small" scroll={{ x: 'max-content' }} />;
}
