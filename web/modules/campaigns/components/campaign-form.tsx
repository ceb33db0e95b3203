import { App, Button, Checkbox, DatePicker, Flex, Form, Input, InputNumber } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { campaignBody, campaignLines, type CampaignBody, type CampaignLine, type CampaignView } from '../../../../contracts/campaigns.ts';
import { DivisionTreeSelect } from '../../../components/division-tree-select.tsx';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { zodRules } from '../../../components/zod-rules.ts';
import { useText } from '../../../platform/i18n.tsx';
import { useSession } from '../../../platform/session.tsx';
import { campaignApi, campaignKey } from '../campaigns.api.ts';
import { useCampaignMessages } from '../campaigns.messages.ts';

const DATE = 'YYYY-MM-DD';
const rules = zodRules(campaignBody);

type Values = { name: string; year: number; divisionCode: string; lines: CampaignLine[]; startsOn: Dayjs; endsOn: Dayjs; description?: string };

/** 发起行动 (or 修改): the name, year, region, lines enabled and dates; the formula keeps its weights. */
export function CampaignForm({ campaign, onSaved, onCancel }: { campaign?: CampaignView; onSaved: (saved: CampaignView) => void; onCancel: () => void }) {
  const t = useCampaignMessages();
  const text = useText();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const { me } = useSession();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();

  const save = useMutation({
    mutationFn: (values: Values) => {
      const body: CampaignBody = {
        name: values.name,
        year: values.year,
        divisionCode: values.divisionCode,
        lines: values.lines,
        startsOn: values.startsOn.format(DATE),
        endsOn: values.endsOn.format(DATE),
        description: values.description,
        // Lines dropped take their weights with them; the server then splits the rest evenly.
        formula: campaign && campaign.lines.length === values.lines.length && campaign.lines.every((l) => values.lines.includes(l)) ? campaign.formula : undefined,
      };
      return campaign ? campaignApi.update(campaign.id, body) : campaignApi.create(body);
    },
    onSuccess: async (saved) => {
      await client.invalidateQueries({ queryKey: [campaignKey] });
      void message.success(t('form.saved'));
      onSaved(saved);
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });

  const initialValues: Partial<Values> = campaign
    ? { ...campaign, description: campaign.description ?? undefined, startsOn: dayjs(campaign.startsOn), endsOn: dayjs(campaign.endsOn) }
    : { year: dayjs().year(), divisionCode: me?.scope.divisionCode ?? undefined, lines: [...campaignLines.codes] };

  return (
    <Form<Values> form={form} layout="vertical" initialValues={initialValues} onFinish={(values) => save.mutate(values)}>
      <Form.Item name="name" label={t('form.name')} rules={rules('name')}>
        <Input maxLength={100} data-testid="campaign-name" />
      </Form.Item>
      <Flex gap={8}>
        <Form.Item name="year" label={t('form.year')} rules={[{ required: true, message: '请填写年度' }]} style={{ flex: 1 }}>
          <InputNumber min={2000} max={2100} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="divisionCode" label={t('form.region')} rules={rules('divisionCode', '请选择地区')} style={{ flex: 2 }}>
          <DivisionTreeSelect />
        </Form.Item>
      </Flex>
      <Form.Item name="lines" label={t('form.lines')} extra={t('form.formulaHint')} rules={[{ required: true, type: 'array', min: 1, message: '至少启用一项帮扶行动' }]}>
        <Checkbox.Group options={campaignLines.codes.map((l) => ({ value: l, label: text(campaignLines.labels[l]) }))} />
      </Form.Item>
      <Flex gap={8}>
        <Form.Item name="startsOn" label={t('form.startsOn')} rules={[{ required: true, message: '请选择开始日期' }]} style={{ flex: 1 }}>
          <DatePicker format={DATE} style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          name="endsOn"
          label={t('form.endsOn')}
          dependencies={['startsOn']}
          rules={[
            { required: true, message: '请选择结束日期' },
            ({ getFieldValue }) => ({
              validator: (_, value: Dayjs | undefined) =>
                value && getFieldValue('startsOn') && value.isBefore(getFieldValue('startsOn') as Dayjs, 'day') ? Promise.reject(new Error('结束日期不能早于开始日期')) : Promise.resolve(),
            }),
          ]}
          style={{ flex: 1 }}
        >
          <DatePicker format={DATE} style={{ width: '100%' }} />
        </Form.Item>
      </Flex>
      <Form.Item name="description" label={t('form.description')} rules={rules('description')}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="campaign-submit">
          {t('form.submit')}
        </Button>
        <Button onClick={onCancel}>{t('form.cancel')}</Button>
      </Flex>
    </Form>
  );
}
