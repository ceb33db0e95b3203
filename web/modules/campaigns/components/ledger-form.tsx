import { App, Button, DatePicker, Flex, Form, Input, InputNumber, Popconfirm, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { campaignLines, ledgerEntryBody, ledgerOutputs, type CampaignView, type LedgerEntryBody, type LedgerEntryView } from '../../../../contracts/campaigns.ts';
import { DivisionTreeSelect } from '../../../components/division-tree-select.tsx';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { zodRules } from '../../../components/zod-rules.ts';
import { useText } from '../../../platform/i18n.tsx';
import { campaignApi, campaignKey } from '../campaigns.api.ts';
import { useCampaignMessages } from '../campaigns.messages.ts';

const DATE = 'YYYY-MM-DD';
const rules = zodRules(ledgerEntryBody);
type Values = Omit<LedgerEntryBody, 'happenedOn'> & { happenedOn: Dayjs };

function valuesOf(entry: LedgerEntryView | undefined, campaign: CampaignView): Partial<Values> {
  if (!entry) return { line: campaign.lines[0], personTimes: 1, problemsSolved: 0, policyItems: 0, technicalServices: 0, ideas: 0, projects: 0, funds: '0' };
  return { ...entry, householdName: entry.householdName ?? undefined, taskId: entry.taskId ?? undefined, cadreId: entry.cadreId ?? undefined, householdId: entry.householdId ?? undefined, happenedOn: dayjs(entry.happenedOn) };
}

/** One line of the registration ledger: who went where, when, what they did and what came of it. */
export function LedgerForm({ campaign, entry, onDone }: { campaign: CampaignView; entry?: LedgerEntryView; onDone: () => void }) {
  const t = useCampaignMessages();
  const text = useText();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const line = Form.useWatch('line', form);
  const branches = useQuery({ queryKey: [campaignKey, 'branches', campaign.id], queryFn: () => campaignApi.branches(campaign.id) });
  const mine = branches.data?.items.filter((b) => b.mine) ?? [];
  const choices = mine.length > 0 ? mine : (branches.data?.items ?? []);
  const finished = async (note: string) => {
    await client.invalidateQueries({ queryKey: [campaignKey] });
    void message.success(note);
    onDone();
  };
  const save = useMutation({
    mutationFn: (values: Values) => {
      const body: LedgerEntryBody = { ...values, happenedOn: values.happenedOn.format(DATE), funds: String(values.funds ?? '0') };
      return entry ? campaignApi.updateEntry(campaign.id, entry.id, body) : campaignApi.createEntry(campaign.id, body);
    },
    onSuccess: () => finished(t('ledger.saved')),
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });
  const remove = useMutation({ mutationFn: () => campaignApi.removeEntry(campaign.id, entry!.id), onSuccess: () => finished(t('ledger.deleted')), onError: (error) => notify(error) });
  const inCampaign = (day: Dayjs) => day.isAfter(dayjs(), 'day') || day.isBefore(dayjs(campaign.startsOn), 'day') || day.isAfter(dayjs(campaign.endsOn), 'day');

  return (
    <Form<Values> form={form} layout="vertical" initialValues={valuesOf(entry, campaign)} onFinish={(values) => save.mutate(values)}>
      <Flex gap={8} wrap>
        <Form.Item name="line" label={t('ledger.line')} rules={rules('line', '请选择帮扶行动')} style={{ flex: 2, minWidth: 240 }}>
          <Select options={campaign.lines.map((l) => ({ value: l, label: text(campaignLines.labels[l]) }))} />
        </Form.Item>
        <Form.Item name="branchId" label={t('ledger.branch')} rules={rules('branchId', '请选择支部')} style={{ flex: 1, minWidth: 200 }}>
          <Select options={choices.map((b) => ({ value: b.id, label: b.name }))} loading={branches.isPending} data-testid="ledger-branch" />
        </Form.Item>
      </Flex>
      <Flex gap={8} wrap>
        <Form.Item name="personName" label={t('ledger.person')} rules={rules('personName')} style={{ flex: 1, minWidth: 160 }}>
          <Input maxLength={50} data-testid="ledger-person" />
        </Form.Item>
        <Form.Item name="happenedOn" label={t('ledger.happenedOn')} rules={[{ required: true, message: '请选择时间' }]} style={{ flex: 1, minWidth: 160 }}>
          <DatePicker format={DATE} disabledDate={inCampaign} style={{ width: '100%' }} />
        </Form.Item>
      </Flex>
      <Form.Item name="villageCode" label={t('ledger.village')} rules={rules('villageCode', '请选择村')}>
        <DivisionTreeSelect level="village" />
      </Form.Item>
      <Form.Item
        name="householdName"
        label={t('ledger.household')}
        extra={t('ledger.householdHint')}
        rules={[...(line === 'secretary_household' ? [{ required: true, message: '书记帮户须填写户主姓名' }] : []), ...rules('householdName')]}
      >
        <Input maxLength={50} data-testid="ledger-household" />
      </Form.Item>
      <Form.Item name="description" label={t('ledger.description')} rules={rules('description')}>
        <Input.TextArea rows={2} maxLength={1000} data-testid="ledger-description" />
      </Form.Item>
      <Flex gap={8} wrap>
        <Form.Item name="personTimes" label={t('ledger.personTimes')} rules={rules('personTimes')} style={{ width: 120 }}>
          <InputNumber precision={0} style={{ width: '100%' }} data-testid="ledger-personTimes" />
        </Form.Item>
        {ledgerOutputs.codes.map((key) => (
          <Form.Item key={key} name={key} label={text(ledgerOutputs.labels[key])} rules={rules(key)} style={{ width: 180 }}>
            <InputNumber precision={0} style={{ width: '100%' }} />
          </Form.Item>
        ))}
        <Form.Item name="funds" label={t('ledger.funds')} rules={rules('funds')} style={{ width: 180 }}>
          <Input inputMode="decimal" maxLength={16} data-testid="ledger-funds" />
        </Form.Item>
      </Flex>
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="ledger-submit">
          {t('form.submit')}
        </Button>
        {entry?.mayEdit ? (
          <Popconfirm title={t('ledger.deleteConfirm')} onConfirm={() => remove.mutate()}>
            <Button danger loading={remove.isPending}>
              {t('ledger.delete')}
            </Button>
          </Popconfirm>
        ) : null}
      </Flex>
    </Form>
  );
}
