import { useState } from 'react';
import { Button, Flex, Modal, Table, Tag, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { campaignLines, campaignTaskStates, type CampaignTaskView, type CampaignView } from '../../../../contracts/campaigns.ts';
import { ExportButton } from '../../../components/export-button.tsx';
import { DivisionFilter, listEmptyText, SelectFilter } from '../../../components/list-filters.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useTableQuery } from '../../../components/use-table-query.ts';
import { useText } from '../../../platform/i18n.tsx';
import { useSession } from '../../../platform/session.tsx';
import { campaignApi, campaignKey } from '../campaigns.api.ts';
import { useCampaignMessages } from '../campaigns.messages.ts';
import { NewTaskForm, TaskMoveForm, type TaskMove } from './task-forms.tsx';

type Filter = 'line' | 'state' | 'divisionCode';
const stateColor = { open: 'warning', claimed: 'processing', assigned: 'processing', done: 'success' } as const;

/** 任务: the plan's pieces; a branch claims an open one or is assigned it, then marks it done. */
export function TasksTab({ campaign }: { campaign: CampaignView }) {
  const t = useCampaignMessages();
  const text = useText();
  const { can } = useSession();
  const [moving, setMoving] = useState<{ task: CampaignTaskView; move: TaskMove } | null>(null);
  const [creating, setCreating] = useState(false);
  const table = useTableQuery<CampaignTaskView, Filter>({
    queryKey: campaignKey,
    url: campaignApi.tasksUrl(campaign.id),
    filters: ['line', 'state', 'divisionCode'] as const,
    defaultSort: 'createdAt',
    defaultOrder: 'desc',
  });
  if (table.query.isError && !table.query.data) return <LoadFailedResult error={table.query.error} onRetry={() => void table.query.refetch()} />;

  const columns: TableColumnsType<CampaignTaskView> = [
    { key: 'title', title: t('task.title'), dataIndex: 'title' },
    { key: 'unit', title: t('task.unit'), dataIndex: 'unitName' },
    { key: 'line', title: t('task.line'), render: (_: unknown, r) => text(campaignLines.labels[r.line]) },
    { key: 'village', title: t('task.village'), dataIndex: 'villageName' },
    { key: 'household', title: t('task.household'), dataIndex: 'householdName' },
    { key: 'branch', title: t('task.branch'), dataIndex: 'branchName' },
    { key: 'state', title: t('task.state'), sorter: true, sortOrder: table.sortOrderOf('state'), render: (_: unknown, r) => <Tag color={stateColor[r.state]}>{text(campaignTaskStates.labels[r.state])}</Tag> },
    { key: 'doneOn', title: t('task.doneOn'), dataIndex: 'doneOn' },
    {
      key: 'actions',
      title: t('column.actions'),
      render: (_: unknown, r) => (
        <Flex gap={4}>
          {(['claim', 'assign', 'done'] as const)
            .filter((move) => r.abilities[move])
            .map((move) => (
              <Button key={move} size="small" type="link" onClick={() => setMoving({ task: r, move })} data-testid={`task-${move}-${r.id}`}>
                {t(`task.${move}`)}
              </Button>
            ))}
        </Flex>
      ),
    },
  ];

  return (
    <>
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <SelectFilter table={table} name="line" placeholder={t('task.allLines')} width={240} options={campaign.lines.map((l) => ({ value: l, label: text(campaignLines.labels[l]) }))} />
        <SelectFilter table={table} name="state" placeholder={t('task.allStates')} options={campaignTaskStates.codes.map((s) => ({ value: s, label: text(campaignTaskStates.labels[s]) }))} />
        <DivisionFilter table={table} placeholder={t('column.region')} />
        {can('campaigns.export') ? <ExportButton download={() => campaignApi.exportTasks(campaign.id, table.listFilters)} /> : null}
        {campaign.abilities.createTask && campaign.status !== 'closed' ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="task-new">
            {t('task.new')}
          </Button>
        ) : null}
      </Flex>
      <Table<CampaignTaskView> {...table.tableProps} columns={columns} size="middle" scroll={{ x: 'max-content' }} locale={{ emptyText: listEmptyText(table.query.isPending, t('task.empty')) }} />
      <Modal title={moving ? t(`task.${moving.move}`) : ''} open={moving !== null} footer={null} onCancel={() => setMoving(null)} destroyOnHidden>
        {moving ? <TaskMoveForm campaign={campaign} task={moving.task} move={moving.move} onDone={() => setMoving(null)} /> : null}
      </Modal>
      <Modal title={t('task.new')} open={creating} footer={null} onCancel={() => setCreating(false)} destroyOnHidden>
        {creating ? <NewTaskForm campaign={campaign} onDone={() => setCreating(false)} /> : null}
      </Modal>
    </>
  );
}
