import { App, Button, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { campaignLines, campaignTaskBody, type CampaignLine, type CampaignTaskView, type CampaignView } from '../../../../contracts/campaigns.ts';
import { DivisionTreeSelect } from '../../../components/division-tree-select.tsx';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { RemoteSelect } from '../../../components/remote-select.tsx';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { zodRules } from '../../../components/zod-rules.ts';
import { useText } from '../../../platform/i18n.tsx';
import { useSession } from '../../../platform/session.tsx';
import { campaignApi, campaignKey } from '../campaigns.api.ts';
import { useCampaignMessages } from '../campaigns.messages.ts';

const rules = zodRules(campaignTaskBody);
export type TaskMove = 'claim' | 'assign' | 'done';

function useDone(onDone: () => void, note: string) {
  const client = useQueryClient();
  const { message } = App.useApp();
  return async () => {
    await client.invalidateQueries({ queryKey: [campaignKey] });
    void message.success(note);
    onDone();
  };
}

/** Claim or assign picks a branch of the task's unit; done asks the day. */
export function TaskMoveForm({ campaign, task, move, onDone }: { campaign: CampaignView; task: CampaignTaskView; move: TaskMove; onDone: () => void }) {
  const t = useCampaignMessages();
  const notify = useErrorNotice();
  const [form] = Form.useForm<{ branchId?: string; doneOn?: Dayjs }>();
  const finished = useDone(onDone, t('task.moved'));
  const branches = useQuery({ queryKey: [campaignKey, 'branches', campaign.id, task.unitId], queryFn: () => campaignApi.branches(campaign.id, task.unitId), enabled: move !== 'done' });
  // A secretary claims for the branches he leads; the unit's committee for any of its branches.
  const options = (branches.data?.items ?? []).filter((b) => move !== 'claim' || b.mine || !branches.data?.items.some((x) => x.mine)).map((b) => ({ value: b.id, label: b.name }));
  const save = useMutation({
    mutationFn: (values: { branchId?: string; doneOn?: Dayjs }) =>
      campaignApi.moveTask(campaign.id, task.id, move, move === 'done' ? { doneOn: values.doneOn!.format('YYYY-MM-DD') } : { branchId: values.branchId! }),
    onSuccess: finished,
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });
  return (
    <Form form={form} layout="vertical" initialValues={{ doneOn: dayjs() }} onFinish={(values) => save.mutate(values)}>
      {move === 'done' ? (
        <Form.Item name="doneOn" label={t('task.doneOn')} rules={[{ required: true, message: '请选择完成日期' }]}>
          <DatePicker format="YYYY-MM-DD" disabledDate={(day) => day.isAfter(dayjs(), 'day')} style={{ width: '100%' }} />
        </Form.Item>
      ) : (
        <Form.Item name="branchId" label={t('task.pickBranch')} rules={[{ required: true, message: '请选择支部' }]}>
          <Select options={options} loading={branches.isPending} data-testid="task-branch" />
        </Form.Item>
      )}
      <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="task-move-submit">
        {t(`task.${move}`)}
      </Button>
    </Form>
  );
}

type NewTaskValues = { unitId: string; line: CampaignLine; title: string; villageCode?: string; householdName?: string; personName?: string };

/** 新建任务: the committee names the unit; a unit's committee sets tasks for itself. */
export function NewTaskForm({ campaign, onDone }: { campaign: CampaignView; onDone: () => void }) {
  const t = useCampaignMessages();
  const text = useText();
  const notify = useErrorNotice();
  const { me } = useSession();
  const [form] = Form.useForm<NewTaskValues>();
  const line = Form.useWatch('line', form);
  const finished = useDone(onDone, t('form.saved'));
  const ownUnit = campaign.abilities.manage ? null : me?.scope.unitId;
  const save = useMutation({
    mutationFn: (values: NewTaskValues) => campaignApi.createTask(campaign.id, { ...values, unitId: ownUnit ?? values.unitId }),
    onSuccess: finished,
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });
  const searchUnits = async (q: string) => (await campaignApi.searchUnits(q)).items.map((u) => ({ value: u.id, label: u.name }));
  return (
    <Form<NewTaskValues> form={form} layout="vertical" initialValues={{ line: campaign.lines[0], ...(ownUnit ? { unitId: ownUnit } : {}) }} onFinish={(values) => save.mutate(values)}>
      {ownUnit ? null : (
        <Form.Item name="unitId" label={t('task.unit')} rules={[{ required: true, message: '请选择单位' }]}>
          <RemoteSelect queryKey={[campaignKey, 'units']} search={searchUnits} placeholder={t('plan.pickUnit')} />
        </Form.Item>
      )}
      <Form.Item name="line" label={t('task.line')} rules={rules('line', '请选择帮扶行动')}>
        <Select options={campaign.lines.map((l) => ({ value: l, label: text(campaignLines.labels[l]) }))} />
      </Form.Item>
      <Form.Item name="title" label={t('task.title')} rules={rules('title')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="villageCode" label={t('task.village')} rules={line === 'secretary_household' ? [] : [{ required: true, message: '请选择结对的村' }]}>
        <DivisionTreeSelect level="village" />
      </Form.Item>
      {line === 'secretary_household' ? (
        <Form.Item name="householdName" label={t('task.household')} rules={[{ required: true, message: '请填写户主姓名' }, ...rules('householdName')]}>
          <Input maxLength={50} />
        </Form.Item>
      ) : null}
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        {t('form.submit')}
      </Button>
    </Form>
  );
}
