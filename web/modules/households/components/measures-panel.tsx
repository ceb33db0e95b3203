import { useState } from 'react';
import { App, Button, Flex, Form, Input, InputNumber, Modal, Popconfirm, Select, Switch, Table, Tag, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { measureCategories } from '../../../../contracts/household-codes.ts';
import { measureBody, type HouseholdView, type MeasureBody, type MeasureView } from '../../../../contracts/households.ts';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { zodRules } from '../../../components/zod-rules.ts';
import { useText } from '../../../platform/i18n.tsx';
import { householdsApi, householdsKey } from '../households.api.ts';
import { useHouseholdMessages } from '../households.messages.ts';

type MeasureFormValues = Partial<MeasureBody>;
const rules = zodRules(measureBody);

/** 帮扶措施 by year: what was planned or given, how much, by whom, and whether it was carried out. */
export function MeasuresPanel({ household }: { household: HouseholdView }) {
  const t = useHouseholdMessages();
  const text = useText();
  const client = useQueryClient();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const [form] = Form.useForm<MeasureFormValues>();
  const [editing, setEditing] = useState<{ measure: MeasureView | null } | null>(null);

  const refresh = () => client.invalidateQueries({ queryKey: [householdsKey] });
  const save = useMutation({
    mutationFn: (values: MeasureFormValues) => {
      const body = { ...values, amount: values.amount ?? null, responsible: values.responsible?.trim() || null, done: values.done ?? false } as MeasureBody;
      return editing?.measure ? householdsApi.updateMeasure(household.id, editing.measure.id, body) : householdsApi.addMeasure(household.id, body);
    },
    onSuccess: async () => {
      await refresh();
      void message.success(t('form.updated'));
      setEditing(null);
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });
  const remove = useMutation({ mutationFn: (measureId: string) => householdsApi.removeMeasure(household.id, measureId), onSuccess: refresh, onError: notify });

  const open = (measure: MeasureView | null) => {
    form.resetFields();
    form.setFieldsValue(measure ?? { year: new Date().getFullYear(), done: false });
    setEditing({ measure });
  };

  const columns: TableColumnsType<MeasureView> = [
    { key: 'year', dataIndex: 'year', title: t('measure.year'), width: 80 },
    { key: 'category', title: t('measure.category'), render: (_: unknown, m) => text(measureCategories.labels[m.category]) },
    { key: 'content', dataIndex: 'content', title: t('measure.content') },
    { key: 'amount', title: t('measure.amount'), align: 'right', render: (_: unknown, m) => (m.amount === null ? '—' : m.amount.toLocaleString('zh-CN')) },
    { key: 'responsible', title: t('measure.responsible'), render: (_: unknown, m) => m.responsible ?? '—' },
    { key: 'done', title: t('measure.done'), render: (_: unknown, m) => (m.done ? <Tag color="green">{t('field.yes')}</Tag> : <Tag>{t('field.no')}</Tag>) },
  ];
  if (household.abilities.write) {
    columns.push({
      key: 'actions',
      title: t('column.actions'),
      render: (_: unknown, m) => (
        <Flex gap={8}>
          <Button type="link" size="small" onClick={() => open(m)}>
            {t('action.edit')}
          </Button>
          <Popconfirm title={t('action.confirmDelete')} onConfirm={() => remove.mutate(m.id)}>
            <Button type="link" size="small" danger>
              {t('action.delete')}
            </Button>
          </Popconfirm>
        </Flex>
      ),
    });
  }

  return (
    <>
      {household.abilities.write ? (
        <Flex justify="end" style={{ marginBottom: 12 }}>
          <Button icon={<PlusOutlined />} onClick={() => open(null)}>
            {t('measure.add')}
          </Button>
        </Flex>
      ) : null}
      <Table<MeasureView> rowKey="id" columns={columns} dataSource={household.measures} pagination={false} size="middle" scroll={{ x: 'max-content' }} locale={{ emptyText: t('measure.empty') }} />
      <Modal
        title={editing?.measure ? t('measure.editTitle') : t('measure.addTitle')}
        open={editing !== null}
        okText={t('action.save')}
        cancelText={t('action.cancel')}
        confirmLoading={save.isPending}
        onOk={() => form.submit()}
        onCancel={() => setEditing(null)}
        forceRender
      >
        <Form<MeasureFormValues> form={form} layout="vertical" onFinish={(values) => save.mutate(values)}>
          <Form.Item name="year" label={t('measure.year')} rules={rules('year')}>
            <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="category" label={t('measure.category')} rules={rules('category')}>
            <Select options={measureCategories.codes.map((c) => ({ value: c, label: text(measureCategories.labels[c]) }))} />
          </Form.Item>
          <Form.Item name="content" label={t('measure.content')} rules={rules('content')}>
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>
          <Form.Item name="amount" label={t('measure.amount')} rules={rules('amount')}>
            <InputNumber min={0} precision={2} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="responsible" label={t('measure.responsible')} rules={rules('responsible')}>
            <Input maxLength={30} />
          </Form.Item>
          <Form.Item name="done" label={t('measure.done')} valuePropName="checked">
            <Switch />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
