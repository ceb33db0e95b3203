import { useState } from 'react';
import { Badge, Button, Flex, Modal, Table, Tag, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { noticeStates, type NoticeView } from '../../../../contracts/notices.ts';
import { ExportButton } from '../../../components/export-button.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useTableQuery } from '../../../components/use-table-query.ts';
import { DivisionFilter, listEmptyText, SearchFilter, SelectFilter } from '../../../components/list-filters.tsx';
import { useLocale, useText } from '../../../platform/i18n.tsx';
import { useSession } from '../../../platform/session.tsx';
import { noticeApi, noticeKey } from '../notices.api.ts';
import { useNoticeMessages } from '../notices.messages.ts';
import { NoticeForm } from '../components/notice-form.tsx';

type NoticeFilter = 'state' | 'read' | 'divisionCode' | 'q';
const tableOptions = {
  queryKey: noticeKey,
  url: noticeApi.listUrl,
  filters: ['state', 'read', 'divisionCode', 'q'] as const,
  defaultSort: 'issuedAt',
  defaultOrder: 'desc' as const,
};

/** /notices: a sender's notices with how many teams read them, or a team's notices with its own receipt. */
export function NoticeListPage() {
  const t = useNoticeMessages();
  const text = useText();
  const locale = useLocale();
  const navigate = useNavigate();
  const { can } = useSession();
  const sender = can('notices.write');
  const [creating, setCreating] = useState(false);
  const table = useTableQuery<NoticeView, NoticeFilter>(tableOptions);
  if (table.query.isError && !table.query.data) return <LoadFailedResult error={table.query.error} onRetry={() => void table.query.refetch()} />;
  const when = (at: string | null) => (at ? new Date(at).toLocaleString(locale) : '—');

  const columns: TableColumnsType<NoticeView> = [
    {
      key: 'title',
      title: t('column.title'),
      sorter: true,
      sortOrder: table.sortOrderOf('title'),
      render: (_: unknown, n) => (
        <Flex gap={6} align="center">
          {!sender && !n.myTeamReadAt ? <Badge status="error" /> : null}
          <Link to={`/notices/${n.id}`}>{n.title}</Link>
        </Flex>
      ),
    },
    { key: 'region', title: t('column.region'), dataIndex: 'regionName', responsive: ['md'] },
    { key: 'issuedAt', title: t('column.issuedAt'), sorter: true, sortOrder: table.sortOrderOf('issuedAt'), render: (_: unknown, n) => when(n.issuedAt) },
    sender
      ? {
          key: 'state',
          title: t('column.reading'),
          render: (_: unknown, n) =>
            n.state === 'draft' ? <Tag>{text(noticeStates.labels.draft)}</Tag> : <Tag color={n.readCount < n.recipientCount ? 'orange' : 'green'}>{t('reading.count', { read: n.readCount, total: n.recipientCount })}</Tag>,
        }
      : {
          key: 'myRead',
          title: t('column.myRead'),
          render: (_: unknown, n) => (n.myTeamReadAt ? <Tag color="green">{t('list.readDone')}</Tag> : <Tag color="orange">{t('list.unread')}</Tag>),
        },
  ];

  return (
    <>
      <PageHeader
        title={t('list.title')}
        subtitle={sender ? t('list.subtitleSender') : t('list.subtitleTeam')}
        extra={
          <>
            <ExportButton download={() => noticeApi.exportList(table.listFilters)} />
            {sender ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="notice-new">
                {t('list.new')}
              </Button>
            ) : null}
          </>
        }
      />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
        {sender ? <DivisionFilter table={table} placeholder={t('list.region')} /> : null}
        {sender ? (
          <SelectFilter table={table} name="state" placeholder={t('list.state')} label={t('column.state')} options={noticeStates.codes.map((s) => ({ value: s, label: text(noticeStates.labels[s]) }))} />
        ) : null}
        <SelectFilter
          table={table}
          name="read"
          placeholder={t('list.read')}
          options={[
            { value: 'unread', label: t('list.unread') },
            { value: 'read', label: t('list.readDone') },
          ]}
        />
        <SearchFilter table={table} name="q" placeholder={t('list.q')} width={220} />
      </Flex>
      <Table<NoticeView>
        {...table.tableProps}
        columns={columns}
        size="middle"
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: listEmptyText(table.query.isPending, t('list.empty')) }}
      />
      <Modal title={t('form.newTitle')} open={creating} footer={null} onCancel={() => setCreating(false)} destroyOnHidden width={720}>
        <NoticeForm onSaved={(saved) => navigate(`/notices/${saved.id}`)} onCancel={() => setCreating(false)} />
      </Modal>
    </>
  );
}
