import { useState } from 'react';
import { App, Button, Card, Flex, Modal, Popconfirm, Skeleton, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, DeleteOutlined, EditOutlined, SendOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { noticeStates } from '../../../../contracts/notices.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { useLocale, useText } from '../../../platform/i18n.tsx';
import { noticeApi, noticeKey } from '../notices.api.ts';
import { useNoticeMessages } from '../notices.messages.ts';
import { NoticeForm } from '../components/notice-form.tsx';
import { ReceiptTable } from '../components/receipt-table.tsx';

/** One notice: its text; for the sender a draft to edit and issue, or the receipts once issued. */
export function NoticeDetailPage() {
  const { id = '' } = useParams<{ id: string }>();
  const t = useNoticeMessages();
  const text = useText();
  const locale = useLocale();
  const navigate = useNavigate();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [editing, setEditing] = useState(false);
  // Opening the notice is the team's receipt: the list and the to-do badge change with it.
  const detail = useQuery({
    queryKey: [noticeKey, 'detail', id],
    queryFn: async () => {
      const notice = await noticeApi.get(id);
      void client.invalidateQueries({ queryKey: ['todos'] });
      return notice;
    },
  });
  const refresh = () => client.invalidateQueries({ queryKey: [noticeKey] });
  const issue = useMutation({
    mutationFn: () => noticeApi.issue(id),
    onSuccess: async () => {
      await refresh();
      void message.success(t('detail.issued'));
    },
    onError: notify,
  });
  const remove = useMutation({
    mutationFn: () => noticeApi.remove(id),
    onSuccess: async () => {
      await refresh();
      void message.success(t('detail.deleted'));
      navigate('/notices');
    },
    onError: notify,
  });
  if (detail.isError) return <LoadFailedResult error={detail.error} onRetry={() => void detail.refetch()} />;
  const notice = detail.data;
  if (!notice) return <Skeleton active />;

  return (
    <>
      <PageHeader
        title={notice.title}
        back={<Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('detail.back')} onClick={() => navigate('/notices')} />}
        extra={
          notice.abilities.update ? (
            <>
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                {t('detail.edit')}
              </Button>
              <Popconfirm title={t('detail.deleteConfirm')} onConfirm={() => remove.mutate()}>
                <Button danger icon={<DeleteOutlined />} loading={remove.isPending}>
                  {t('detail.delete')}
                </Button>
              </Popconfirm>
              <Popconfirm title={t('detail.issueConfirm')} onConfirm={() => issue.mutate()}>
                <Button type="primary" icon={<SendOutlined />} loading={issue.isPending} data-testid="notice-issue">
                  {t('detail.issue')}
                </Button>
              </Popconfirm>
            </>
          ) : null
        }
      />
      <Flex vertical gap={16}>
        <Card size="small">
          <Flex gap={8} wrap style={{ marginBottom: 12 }}>
            <Tag color={notice.state === 'issued' ? 'blue' : 'default'}>{text(noticeStates.labels[notice.state])}</Tag>
            {notice.regionName ? <Tag>{notice.regionName}</Tag> : null}
            {notice.issuedAt ? (
              <Typography.Text type="secondary">{t('detail.issuedBy', { name: notice.issuedByName ?? '', at: new Date(notice.issuedAt).toLocaleString(locale) })}</Typography.Text>
            ) : null}
            {notice.myTeamReadAt ? <Typography.Text type="secondary">{t('detail.readAt', { at: new Date(notice.myTeamReadAt).toLocaleString(locale) })}</Typography.Text> : null}
          </Flex>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', fontSize: 15 }} data-testid="notice-text">
            {notice.body}
          </Typography.Paragraph>
        </Card>
        {notice.abilities.receipts ? <ReceiptTable noticeId={notice.id} /> : null}
      </Flex>
      <Modal title={t('form.editTitle')} open={editing} footer={null} onCancel={() => setEditing(false)} destroyOnHidden width={720}>
        <NoticeForm notice={notice} onSaved={() => setEditing(false)} onCancel={() => setEditing(false)} />
      </Modal>
    </>
  );
}
