import { useState } from 'react';
import { App, Button, Card, Descriptions, Popconfirm, Skeleton, Space, Typography } from 'antd';
import { ArrowLeftOutlined, DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { LetterReportBody, LetterTaskView } from '../../../../contracts/responsibility-letters.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { letterApi, letterKey } from '../responsibility-letters.api.ts';
import { useLetterMessages } from '../responsibility-letters.messages.ts';
import { TaskTable } from '../components/task-table.tsx';
import { ReportModal, ReturnModal } from '../components/task-modals.tsx';

/** /responsibility-letters/:id: the letter, its tasks and their completion; report, confirm or send back per task. */
export function LetterDetailPage() {
  const { id } = useParams<{ id: string }>();
  const t = useLetterMessages();
  const navigate = useNavigate();
  const client = useQueryClient();
  const notify = useErrorNotice();
  const { message } = App.useApp();
  const [reporting, setReporting] = useState<LetterTaskView | null>(null);
  const [returning, setReturning] = useState<LetterTaskView | null>(null);
  const query = useQuery({ queryKey: [letterKey, 'detail', id], queryFn: () => letterApi.get(id!) });
  const letter = query.data;

  if (query.isError) return <LoadFailedResult error={query.error} onRetry={() => void query.refetch()} />;
  const back = <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('detail.back')} onClick={() => navigate('/responsibility-letters')} />;
  if (!letter) return (<><PageHeader title={t('list.title')} back={back} /><Skeleton active /></>);

  const refresh = () => client.invalidateQueries({ queryKey: [letterKey] });
  const report = async (task: LetterTaskView, body: LetterReportBody) => {
    await letterApi.report(letter.id, task.id, body);
    void message.success(t('report.done'));
    await refresh();
  };
  const sendBack = async (task: LetterTaskView, reason: string) => {
    await letterApi.sendBack(letter.id, task.id, reason);
    void message.success(t('return.done'));
    await refresh();
  };
  const confirm = async (task: LetterTaskView) => {
    try {
      await letterApi.confirm(letter.id, task.id);
      void message.success(t('task.confirmed'));
    } catch (error) {
      notify(error);
    }
    await refresh();
  };
  const remove = async () => {
    try {
      await letterApi.remove(letter.id);
      void message.success(t('detail.deleted'));
      await refresh();
      navigate('/responsibility-letters');
    } catch (error) {
      notify(error);
    }
  };

  return (
    <>
      <PageHeader
        title={letter.title}
        subtitle={t('progress', { confirmed: letter.tasks.confirmed, total: letter.tasks.total, reported: letter.tasks.reported })}
        back={back}
        extra={
          <Space>
            {letter.abilities.update ? (
              <Link to={`/responsibility-letters/${letter.id}/edit`}>
                <Button icon={<EditOutlined />}>{t('detail.edit')}</Button>
              </Link>
            ) : null}
            {letter.abilities.delete ? (
              <Popconfirm title={t('detail.deleteAsk')} onConfirm={() => remove()} okText={t('detail.delete')} okButtonProps={{ danger: true }} cancelText={t('form.cancel')}>
                <Button danger icon={<DeleteOutlined />}>
                  {t('detail.delete')}
                </Button>
              </Popconfirm>
            ) : null}
          </Space>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small" data-testid="letter-detail">
          <Descriptions.Item label={t('column.unit')}>{letter.unitName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('column.village')}>{letter.villageName ?? letter.divisionCode}</Descriptions.Item>
          <Descriptions.Item label={t('column.year')}>{letter.year}</Descriptions.Item>
          <Descriptions.Item label={t('column.signedOn')}>{letter.signedOn}</Descriptions.Item>
          <Descriptions.Item label={t('column.signedWith')}>{letter.signedWith}</Descriptions.Item>
          <Descriptions.Item label={t('column.createdBy')}>{letter.createdByName ?? '—'}</Descriptions.Item>
          {letter.note ? (
            <Descriptions.Item label={t('column.note')} span={2}>
              <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{letter.note}</Typography.Paragraph>
            </Descriptions.Item>
          ) : null}
        </Descriptions>
      </Card>
      <Card title={t('detail.tasks')}>
        <TaskTable tasks={letter.taskList} onReport={setReporting} onConfirm={confirm} onReturn={setReturning} />
      </Card>
      <ReportModal task={reporting} onClose={() => setReporting(null)} onReport={(body) => report(reporting!, body)} />
      <ReturnModal task={returning} onClose={() => setReturning(null)} onReturn={(reason) => sendBack(returning!, reason)} />
    </>
  );
}
