import { useState } from 'react';
import { Card, Flex, Switch, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { ReceiptView } from '../../../../contracts/notices.ts';
import { ExportButton } from '../../../components/export-button.tsx';
import { useLocale } from '../../../platform/i18n.tsx';
import { noticeApi, noticeKey } from '../notices.api.ts';
import { useNoticeMessages } from '../notices.messages.ts';

/** Which team read the notice, when, and who of it — the unread first, exportable as 未读名单. */
export function ReceiptTable({ noticeId }: { noticeId: string }) {
  const t = useNoticeMessages();
  const locale = useLocale();
  const [unread, setUnread] = useState(false);
  const receipts = useQuery({ queryKey: [noticeKey, 'receipts', noticeId, unread], queryFn: () => noticeApi.receipts(noticeId, unread) });
  const columns: TableColumnsType<ReceiptView> = [
    { key: 'team', title: t('receipts.team'), dataIndex: 'teamName' },
    { key: 'village', title: t('receipts.village'), dataIndex: 'villageName' },
    {
      key: 'readAt',
      title: t('receipts.readAt'),
      render: (_: unknown, r) => (r.readAt ? new Date(r.readAt).toLocaleString(locale) : <Tag color="orange">{t('receipts.unread')}</Tag>),
    },
    { key: 'readBy', title: t('receipts.readBy'), dataIndex: 'readByName' },
  ];
  return (
    <Card
      size="small"
      title={t('receipts.title')}
      extra={
        <Flex gap={12} align="center">
          <Typography.Text>{t('receipts.unreadOnly')}</Typography.Text>
          <Switch checked={unread} onChange={setUnread} aria-label={t('receipts.unreadOnly')} data-testid="receipts-unread" />
          <ExportButton download={() => noticeApi.exportReceipts(noticeId, true)}>{t('receipts.export')}</ExportButton>
        </Flex>
      }
    >
      <Table<ReceiptView>
        rowKey="teamId"
        size="small"
        loading={receipts.isPending}
        dataSource={receipts.data?.items ?? []}
        columns={columns}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: unread ? t('receipts.empty') : undefined }}
      />
    </Card>
  );
}
