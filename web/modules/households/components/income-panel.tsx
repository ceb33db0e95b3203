import { useState } from 'react';
import { App, Button, Col, Flex, Form, InputNumber, Modal, Row, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { incomeBody, type HouseholdView, type IncomeView } from '../../../../contracts/households.ts';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { zodRules } from '../../../components/zod-rules.ts';
import { householdsApi, householdsKey } from '../households.api.ts';
import { useHouseholdMessages } from '../households.messages.ts';

type IncomeFormValues = { year?: number; wage?: number; business?: number; property?: number; transfer?: number };
const rules = zodRules(incomeBody);
const sources = ['wage', 'business', 'property', 'transfer'] as const;
const yuan = (value: number) => value.toLocaleString('zh-CN', { maximumFractionDigits: 2 });

/** 收入: each year by source, with the per-head figure against the income line. */
export function IncomePanel({ household }: { household: HouseholdView }) {
  const t = useHouseholdMessages();
  const client = useQueryClient();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const [form] = Form.useForm<IncomeFormValues>();
  const [open, setOpen] = useState(false);

  const save = useMutation({
    mutationFn: ({ year, ...rest }: IncomeFormValues) =>
      householdsApi.putIncome(household.id, year!, { wage: rest.wage ?? 0, business: rest.business ?? 0, property: rest.property ?? 0, transfer: rest.transfer ?? 0 }),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: [householdsKey] });
      void message.success(t('form.updated'));
      setOpen(false);
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });

  const edit = (income: IncomeView | null) => {
    form.resetFields();
    form.setFieldsValue(income ?? { year: new Date().getFullYear(), wage: 0, business: 0, property: 0, transfer: 0 });
    setOpen(true);
  };

  const columns: TableColumnsType<IncomeView> = [
    { key: 'year', dataIndex: 'year', title: t('income.year') },
    ...sources.map((s) => ({ key: s, title: t(`income.${s}`), align: 'right' as const, render: (_: unknown, i: IncomeView) => yuan(i[s]) })),
    { key: 'total', title: t('income.total'), align: 'right', render: (_: unknown, i) => yuan(i.total) },
    { key: 'members', dataIndex: 'members', title: t('income.members'), align: 'right' },
    {
      key: 'perHead',
      title: t('income.perHead'),
      align: 'right',
      render: (_: unknown, i) => (
        <Flex gap={4} justify="end">
          <strong>{yuan(i.perHead)}</strong>
          {i.perHead < household.incomeLine ? <Tag color="red">{t('income.below')}</Tag> : null}
        </Flex>
      ),
    },
  ];
  if (household.abilities.write) {
    columns.push({ key: 'actions', title: t('column.actions'), render: (_: unknown, i) => <Button type="link" size="small" onClick={() => edit(i)}>{t('action.edit')}</Button> });
  }

  return (
    <>
      <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">{t('income.line', { line: household.incomeLine })}</Typography.Text>
        {household.abilities.write ? (
          <Button icon={<PlusOutlined />} onClick={() => edit(null)}>
            {t('income.record')}
          </Button>
        ) : null}
      </Flex>
      <Table<IncomeView> rowKey="year" columns={columns} dataSource={household.incomes} pagination={false} size="middle" scroll={{ x: 'max-content' }} locale={{ emptyText: t('income.empty') }} />
      <Modal title={t('income.record')} open={open} okText={t('action.save')} cancelText={t('action.cancel')} confirmLoading={save.isPending} onOk={() => form.submit()} onCancel={() => setOpen(false)} forceRender>
        <Form<IncomeFormValues> form={form} layout="vertical" onFinish={(values) => save.mutate(values)}>
          <Form.Item name="year" label={t('income.year')} rules={[{ required: true, message: t('income.year') }]} extra={t('income.membersHint', { n: household.memberCount })}>
            <InputNumber min={2000} max={2100} precision={0} style={{ width: '100%' }} />
          </Form.Item>
          <Row gutter={16}>
            {sources.map((s) => (
              <Col key={s} xs={24} md={12}>
                <Form.Item name={s} label={t(`income.${s}`)} rules={rules(s)}>
                  <InputNumber min={0} precision={2} style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            ))}
          </Row>
        </Form>
      </Modal>
    </>
  );
}
