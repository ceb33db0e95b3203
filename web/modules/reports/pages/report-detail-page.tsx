import { App, Button, Card, Descriptions, Flex, Skeleton, Typography } from 'antd';
import { ArrowLeftOutlined, CheckOutlined, EditOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { todosKey } from '../../todos/index.ts';
import { reportsApi, reportsKey } from '../reports.api.ts';
import { useReportMessages } from '../reports.messages.ts';
import { formatTime, KindTag, LateTag, ReadTag } from '../components/report-labels.tsx';
import { AttachmentList } from '../components/attachment-list.tsx';

/** /reports/:id: the report as sent, its files, and for the township the "read" mark. */
export function ReportDetailPage() {
  const { id } = useParams<{ id: string }>();
  const t = useReportMessages();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const query = useQuery({ queryKey: [reportsKey, 'detail', id], queryFn: () => reportsApi.get(id!) });
  const markRead = useMutation({
    mutationFn: () => reportsApi.markRead(id!),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: [reportsKey] });
      // A sent or read report settles a to-do item; the menu badges follow.
      void client.invalidateQueries({ queryKey: todosKey });
      void message.success(t('detail.markedRead'));
    },
    onError: notify,
  });

  const back = <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('detail.back')} onClick={() => navigate('/reports')} />;
  if (query.isError) return <LoadFailedResult error={query.error} onRetry={() => void query.refetch()} />;
  const report = query.data;
  if (!report) return (<><PageHeader title={t('list.title')} back={back} /><Skeleton active /></>);

  return (
    <>
      <PageHeader
        title={report.title}
        subtitle={
          <Flex gap={4} wrap component="span">
            <KindTag kind={report.kind} />
            {report.late ? <LateTag /> : null}
            <ReadTag readAt={report.readAt} />
          </Flex>
        }
        back={back}
        extra={
          <>
            {report.abilities.update ? (
              <Link to={`/reports/${report.id}/edit`}>
                <Button icon={<EditOutlined />}>{t('detail.edit')}</Button>
              </Link>
            ) : null}
            {report.abilities.markRead ? (
              <Button type="primary" icon={<CheckOutlined />} loading={markRead.isPending} onClick={() => markRead.mutate()}>
                {t('detail.markRead')}
              </Button>
            ) : null}
          </>
        }
      />
      <Flex vertical gap={16}>
        <Card>
          <Descriptions column={{ xs: 1, sm: 2, lg: 3 }} size="small">
            <Descriptions.Item label={t('detail.team')}>
              {report.teamName}
              {report.villageName ? `（${report.villageName}）` : ''}
            </Descriptions.Item>
            <Descriptions.Item label={t('detail.period')}>{report.period}</Descriptions.Item>
            <Descriptions.Item label={t('detail.dueOn')}>{report.dueOn ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('detail.submitted')}>
              {formatTime(report.submittedAt)} {report.submittedByName ?? ''}
            </Descriptions.Item>
            <Descriptions.Item label={t('detail.read')}>
              {report.readAt ? t('detail.readBy', { name: report.readByName ?? '—', at: formatTime(report.readAt) }) : t('detail.unread')}
            </Descriptions.Item>
          </Descriptions>
        </Card>
        <Card>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{report.body}</Typography.Paragraph>
        </Card>
        <Card title={t('detail.attachments')}>
          <AttachmentList report={report} />
        </Card>
      </Flex>
    </>
  );
}
