import { useState } from 'react';
import { Alert, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs from 'dayjs';
import { useQueryClient } from '@tanstack/react-query';
import { discoveryChannels, monitoringTypes, type TransitionKind } from '../../../../contracts/household-codes.ts';
import { monitoringRequest, riskRemovalRequest } from '../../../../contracts/household-transitions.ts';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { zodRules } from '../../../components/zod-rules.ts';
import { useText } from '../../../platform/i18n.tsx';
import { ApiError } from '../../../platform/api.ts';
import { transitionsApi, transitionsKey } from '../household-transitions.api.ts';
import { useTransitionMessages } from '../household-transitions.messages.ts';
import { toRequestBody, type RequestFormValues } from './request-form.ts';

const monitoringRules = zodRules(monitoringRequest);
const riskRules = zodRules(riskRemovalRequest);

type Props = {
  householdId: string;
  kind: TransitionKind | null;
  hasLabour: boolean;
  riskRemovalFrom: string | null;
  onClose: () => void;
};

/** One form for the four requests; the fields follow the kind, checked in Chinese beside each field. */
export function RequestTransitionModal({ householdId, kind, hasLabour, riskRemovalFrom, onClose }: Props) {
  const t = useTransitionMessages();
  const text = useText();
  const client = useQueryClient();
  const [form] = Form.useForm<RequestFormValues>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string[] | null>(null);

  const submit = async () => {
    if (!kind) return;
    const values = await form.validateFields();
    setBusy(true);
    setFailure(null);
    try {
      await transitionsApi.request(householdId, toRequestBody(kind, values));
      await client.invalidateQueries({ queryKey: [transitionsKey] });
      form.resetFields();
      onClose();
    } catch (error) {
      // An exit refused names each unmet indicator and the income: none of them is a field of this form.
      if (!applyFieldErrors(form, error)) setFailure(error instanceof ApiError ? [error.message, ...(error.fields ?? []).map((f) => f.message)] : [String(error)]);
    } finally {
      setBusy(false);
    }
  };
  const needsSupport = kind === 'risk_removal' && !hasLabour;

  return (
    <Modal
      open={kind !== null}
      title={kind ? t(`request.${kind}`) : ''}
      okText={t('request.submit')}
      cancelText={t('request.cancel')}
      confirmLoading={busy}
      onOk={() => void submit()}
      onCancel={() => {
        setFailure(null);
        onClose();
      }}
      destroyOnHidden
    >
      <Form<RequestFormValues> form={form} layout="vertical" preserve={false}>
        {kind === 'risk_removal' && riskRemovalFrom ? <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('request.stableFrom', { from: riskRemovalFrom })} /> : null}
        {needsSupport ? <Alert type="warning" showIcon style={{ marginBottom: 12 }} message={t('request.noLabour')} /> : null}
        {kind === 'monitoring' ? (
          <>
            <Form.Item name="monitoringType" label={t('field.monitoringType')} rules={monitoringRules('monitoringType', '请选择监测类型')}>
              <Select options={monitoringTypes.codes.map((c) => ({ value: c, label: text(monitoringTypes.labels[c]) }))} data-testid="transition-monitoring-type" />
            </Form.Item>
            <Form.Item name="discoveryChannel" label={t('field.discoveryChannel')} rules={monitoringRules('discoveryChannel', '请选择发现途径')}>
              <Select options={discoveryChannels.codes.map((c) => ({ value: c, label: text(discoveryChannels.labels[c]) }))} data-testid="transition-channel" />
            </Form.Item>
            <Form.Item
              name="discoveredOn"
              label={t('field.discoveredOn')}
              extra={t('clock.workingDays')}
              rules={[{ required: true, message: '请选择发现日期' }]}
            >
              <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} data-testid="transition-discovered-on" />
            </Form.Item>
          </>
        ) : null}
        {kind === 'identification' || kind === 'exit' ? (
          <Form.Item name="appliedOn" label={t('field.appliedOn')} extra={t('request.appliedOnHint')}>
            <DatePicker
              format="YYYY-MM-DD"
              style={{ width: '100%' }}
              disabledDate={(d) => d.isAfter(dayjs(), 'day') || d.isBefore(dayjs().subtract(30, 'day'), 'day')}
              data-testid="transition-applied-on"
            />
          </Form.Item>
        ) : null}
        <Form.Item name="reason" label={t('field.reason')} rules={monitoringRules('reason')}>
          <Input.TextArea rows={3} maxLength={1000} showCount placeholder={t('request.reasonPlaceholder')} data-testid="transition-reason" />
        </Form.Item>
        {kind === 'risk_removal' ? (
          <Form.Item
            name="supportNote"
            label={t('field.supportNote')}
            rules={[...riskRules('supportNote'), ...(needsSupport ? [{ required: true, message: '该户无劳动力，须写明兜底保障措施' }] : [])]}
          >
            <Input.TextArea rows={2} maxLength={500} placeholder={t('request.supportPlaceholder')} data-testid="transition-support-note" />
          </Form.Item>
        ) : null}
        {failure ? (
          <div role="alert" style={{ color: '#cf1322' }} data-testid="transition-request-error">
            {failure.map((line) => (
              <div key={line}>{line}</div>
            ))}
          </div>
        ) : null}
      </Form>
    </Modal>
  );
}
