import { App, Button, DatePicker, Flex, Form, Input, Popconfirm, Radio, Select } from 'antd';
import dayjs from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { donationBody, donationForms, donorKinds, type DonationView } from '../../../../contracts/donations.ts';
import { DivisionTreeSelect } from '../../../components/division-tree-select.tsx';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { RemoteSelect } from '../../../components/remote-select.tsx';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { zodRules } from '../../../components/zod-rules.ts';
import { useText } from '../../../platform/i18n.tsx';
import { useSession } from '../../../platform/session.tsx';
import { donationApi, donationKey } from '../donations.api.ts';
import { useDonationMessages } from '../donations.messages.ts';
import { donationFormValuesOf, toDonationBody, toDonationPatch, villageOfScope, type DonationFormValues } from './donation-body.ts';

const DATE = 'YYYY-MM-DD';
const rules = zodRules(donationBody);

type DonationFormProps = {
  /** Editing; absent, the form records a new gift. */
  donation?: DonationView;
  onSaved: (donation: DonationView | null) => void;
  onCancel: () => void;
};

/** 登记捐款捐物 (or 修改): who gave what to which village, for which project, through whom. */
export function DonationForm({ donation, onSaved, onCancel }: DonationFormProps) {
  const t = useDonationMessages();
  const text = useText();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const { me } = useSession();
  const { message } = App.useApp();
  const [form] = Form.useForm<DonationFormValues>();
  const kind = Form.useWatch('form', form) ?? donation?.form ?? 'money';
  const village = Form.useWatch('divisionCode', form);

  const done = async (saved: DonationView | null, note: string) => {
    await client.invalidateQueries({ queryKey: [donationKey] });
    void message.success(note);
    onSaved(saved);
  };
  const save = useMutation({
    mutationFn: (values: DonationFormValues) => (donation ? donationApi.update(donation.id, toDonationPatch(values)) : donationApi.create(toDonationBody(values))),
    onSuccess: (saved) => done(saved, t('form.saved')),
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });
  const remove = useMutation({
    mutationFn: () => donationApi.remove(donation!.id),
    onSuccess: () => done(null, t('action.deleted')),
    onError: (error) => notify(error),
  });

  const initialValues: DonationFormValues = donation
    ? donationFormValuesOf(donation)
    : { divisionCode: villageOfScope(me?.scope.divisionCode), form: 'money', donorKind: 'enterprise', receivedOn: dayjs() };
  const searchProjects = async (q: string) =>
    village ? (await donationApi.searchProjects(village, q)).items.map((p) => ({ value: p.id, label: p.villageName ? `${p.name} · ${p.villageName}` : p.name })) : [];
  const searchCadres = async (q: string) =>
    (await donationApi.searchCadres(q)).items.map((c) => ({ value: c.id, label: c.unitName ? `${c.name} · ${c.unitName}` : c.name }));

  return (
    <Form<DonationFormValues>
      form={form}
      layout="vertical"
      initialValues={initialValues}
      onFinish={(values) => save.mutate(values)}
      // A project serves certain villages: another village needs its own choice.
      onValuesChange={(changed: DonationFormValues) => {
        if ('divisionCode' in changed) form.setFieldValue('projectId', null);
      }}
      style={{ maxWidth: 640 }}
    >
      <Form.Item name="divisionCode" label={t('form.village')} rules={rules('divisionCode', '请选择受赠村')}>
        <DivisionTreeSelect level="village" placeholder={t('form.villagePlaceholder')} />
      </Form.Item>
      <Form.Item name="donor" label={t('form.donor')} extra={t('form.donorHint')} rules={rules('donor')}>
        <Input maxLength={100} data-testid="donation-donor" />
      </Form.Item>
      <Form.Item name="donorKind" label={t('form.donorKind')} rules={rules('donorKind', '请选择捐赠方类型')}>
        <Select options={donorKinds.codes.map((k) => ({ value: k, label: text(donorKinds.labels[k]) }))} />
      </Form.Item>
      <Form.Item name="form" label={t('form.form')} rules={rules('form', '请选择捐款或捐物')}>
        <Radio.Group optionType="button" options={donationForms.codes.map((f) => ({ value: f, label: text(donationForms.labels[f]) }))} />
      </Form.Item>
      {kind === 'goods' ? (
        <>
          <Form.Item name="goods" label={t('form.goods')} extra={t('form.goodsHint')} rules={[{ required: true, message: '捐物请填写物资名称' }, ...rules('goods')]}>
            <Input maxLength={200} data-testid="donation-goods" />
          </Form.Item>
          <Flex gap={8}>
            <Form.Item name="quantity" label={t('form.quantity')} rules={rules('quantity')} style={{ flex: 1 }}>
              <Input inputMode="decimal" maxLength={16} />
            </Form.Item>
            <Form.Item name="unit" label={t('form.unit')} rules={rules('unit')} style={{ flex: 1 }}>
              <Input maxLength={10} />
            </Form.Item>
          </Flex>
        </>
      ) : null}
      <Form.Item name="value" label={kind === 'goods' ? t('form.valueGoods') : t('form.valueMoney')} rules={rules('value')}>
        <Input inputMode="decimal" maxLength={16} data-testid="donation-value" />
      </Form.Item>
      <Form.Item name="purpose" label={t('form.purpose')} rules={rules('purpose')}>
        <Input maxLength={200} data-testid="donation-purpose" />
      </Form.Item>
      <Form.Item name="receivedOn" label={t('form.receivedOn')} rules={[{ required: true, message: '请选择接收日期' }]}>
        <DatePicker format={DATE} disabledDate={(day) => day.isAfter(dayjs(), 'day')} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="projectId" label={t('form.project')}>
        <RemoteSelect
          queryKey={[donationKey, 'projects', village ?? '']}
          search={searchProjects}
          known={donation?.projectId && donation.projectName ? { value: donation.projectId, label: donation.projectName } : null}
          disabled={!village}
          placeholder={t('form.projectPlaceholder')}
        />
      </Form.Item>
      <Form.Item name="arrangedByCadreId" label={t('form.arrangedBy')}>
        <RemoteSelect
          queryKey={[donationKey, 'cadres']}
          search={searchCadres}
          known={donation?.arrangedByCadreId && donation.arrangedByName ? { value: donation.arrangedByCadreId, label: donation.arrangedByName } : null}
          placeholder={t('form.arrangedByPlaceholder')}
        />
      </Form.Item>
      <Form.Item name="receiptNo" label={t('form.receiptNo')} extra={t('form.receiptHint')} rules={rules('receiptNo')}>
        <Input maxLength={50} />
      </Form.Item>
      <Flex gap={8} wrap>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="donation-submit">
          {t('form.submit')}
        </Button>
        <Button onClick={onCancel}>{t('form.cancel')}</Button>
        {donation?.abilities.delete ? (
          <Popconfirm title={t('action.deleteConfirm')} onConfirm={() => remove.mutate()}>
            <Button danger loading={remove.isPending} title={t('action.deleteHint')} data-testid="donation-delete">
              {t('action.delete')}
            </Button>
          </Popconfirm>
        ) : null}
      </Flex>
    </Form>
  );
}
