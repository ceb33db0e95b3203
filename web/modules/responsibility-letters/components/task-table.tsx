import { Button, Popconfirm, Space, Table, Typography, type TableColumnsType } from 'antd';
import type { LetterTaskView } from '../../../../contracts/responsibility-letters.ts';
import { TaskStateTag } from '../letter-labels.tsx';
import { useLetterMessages } from '../responsibility-letters.messages.ts';

type Props = {
  tasks: LetterTaskView[];
  onReport: (task: LetterTaskView) => void;
  onConfirm: (task: LetterTaskView) => Promise<unknown>;
  onReturn: (task: LetterTaskView) => void;
};

function Completion({ task }: { task: LetterTaskView }) {
  const t = useLetterMessages();
  const lines = [
    task.completedOn && task.state !== 'open' ? t('task.completedOn', { day: task.completedOn }) : null,
    task.state !== 'open' ? task.completionNote : null,
    task.reportedAt && task.state !== 'open' ? t('task.reportedBy', { name: task.reportedByName ?? '—', day: task.reportedAt }) : null,
    task.confirmedAt ? t('task.confirmedBy', { name: task.confirmedByName ?? '—', day: task.confirmedAt }) : null,
  ].filter(Boolean);
  return (
    <Space direction="vertical" size={0}>
      {lines.map((line, index) => (
        <Typography.Text key={index} type={index === 0 ? undefined : 'secondary'} style={{ whiteSpace: 'pre-wrap' }}>
          {line}
        </Typography.Text>
      ))}
      {task.returnedReason ? <Typography.Text type="warning">{t('task.returned', { reason: task.returnedReason })}</Typography.Text> : null}
    </Space>
  );
}

/** The letter's tasks with their state and completion, and the buttons the caller may press on each. */
export function TaskTable({ tasks, onReport, onConfirm, onReturn }: Props) {
  const t = useLetterMessages();
  const columns: TableColumnsType<LetterTaskView> = [
    { key: 'seq', title: t('task.seq'), dataIndex: 'seq', width: 60 },
    { key: 'title', title: t('task.title'), dataIndex: 'title' },
    { key: 'target', title: t('task.target'), dataIndex: 'target', responsive: ['md'] },
    {
      key: 'dueOn',
      title: t('task.dueOn'),
      render: (_: unknown, r) => <Typography.Text type={r.overdue ? 'danger' : undefined}>{r.dueOn}</Typography.Text>,
    },
    { key: 'state', title: t('task.state'), render: (_: unknown, r) => <TaskStateTag state={r.state} overdue={r.overdue} /> },
    { key: 'completion', title: t('task.completion'), render: (_: unknown, r) => <Completion task={r} /> },
    {
      key: 'actions',
      title: t('task.actions'),
      render: (_: unknown, r) => (
        <Space size={4} wrap>
          {r.abilities.report ? (
            <Button size="small" type="primary" onClick={() => onReport(r)} data-testid="letter-task-report">
              {t('task.report')}
            </Button>
          ) : null}
          {r.abilities.confirm ? (
            <Popconfirm title={t('task.confirmAsk', { title: r.title })} onConfirm={() => onConfirm(r)} okText={t('task.confirm')} cancelText={t('form.cancel')}>
              <Button size="small" type="primary" data-testid="letter-task-confirm">
                {t('task.confirm')}
              </Button>
            </Popconfirm>
          ) : null}
          {r.abilities.return ? (
            <Button size="small" danger onClick={() => onReturn(r)} data-testid="letter-task-return">
              {t('task.return')}
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];
  return <Table<LetterTaskView> rowKey="id" columns={columns} dataSource={tasks} pagination={false} size="middle" scroll={{ x: 'max-content' }} />;
}
