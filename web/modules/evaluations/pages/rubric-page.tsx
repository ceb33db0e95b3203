import { useState } from 'react';
import { App, Alert, Button, Flex, Form, Input, InputNumber, Select, Skeleton, Table, Typography } from 'antd';
import { ArrowLeftOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { rubricBody, rubricMethods, type RubricBody, type RubricView } from '../../../../contracts/evaluations.ts';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { DivisionTreeSelect } from '../../../components/division-tree-select.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { ApiError } from '../../../platform/api.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { zodRules } from '../../../components/zod-rules.ts';
import { useText } from '../../../platform/i18n.tsx';
import { useSession } from '../../../platform/session.tsx';
import { evaluationApi, evaluationKey } from '../evaluations.api.ts';
import { useEvaluationMessages } from '../evaluations.messages.ts';

const rules = zodRules(rubricBody);
/** "items.3.key" → 3, so a message about a row can say which. */
const rowOf = (path: string): number | null => {
  const match = /^items\.(\d+)\./.exec(path);
  return match ? Number(match[1]) : null;
};

function RubricForm({ rubric }: { rubric: RubricView }) {
  const t = useEvaluationMessages();
  const text = useText();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<RubricBody>();
  const [problems, setProblems] = useState<string[]>([]);
  const items = Form.useWatch('items', form) ?? rubric.items;
  const total = Math.round(items.reduce((sum, item) => sum + (item?.maxScore ?? 0), 0) * 100) / 100;
  const save = useMutation({
    mutationFn: (body: RubricBody) => evaluationApi.saveRubric(body),
    onMutate: () => setProblems([]),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: [evaluationKey, 'rubric'] });
      void message.success(t('rubric.saved'));
    },
    onError: (error) => {
      applyFieldErrors(form, error);
      if (error instanceof ApiError && error.fields?.length) setProblems(error.fields.map((f) => { const row = rowOf(f.path); return row === null ? f.message : `${t('rubric.row', { n: row + 1 })}${f.message}`; }));
      else notify(error);
    },
  });
  const editable = rubric.editable;
  return (
    <Form form={form} layout="vertical" disabled={!editable} initialValues={{ divisionCode: rubric.divisionCode, name: rubric.name, items: rubric.items }} onFinish={(values) => save.mutate({ ...values, divisionCode: rubric.divisionCode })}>
      <Form.Item name="name" label={t('rubric.name')} rules={rules('name')}>
        <Input maxLength={60} />
      </Form.Item>
      <Form.List name="items">
        {(fields, { add, remove }) => (
          <>
            <Table
              rowKey="key"
              size="small"
              pagination={false}
              scroll={{ x: 'max-content' }}
              dataSource={fields}
              columns={[
                { key: 'key', title: t('rubric.key'), render: (_: unknown, f) => <Form.Item name={[f.name, 'key']} noStyle><Input aria-label={t('rubric.key')} style={{ width: 150 }} /></Form.Item> },
                { key: 'label', title: t('rubric.label'), render: (_: unknown, f) => <Form.Item name={[f.name, 'label']} noStyle><Input aria-label={t('rubric.label')} style={{ width: 160 }} /></Form.Item> },
                {
                  key: 'method',
                  title: t('rubric.method'),
                  render: (_: unknown, f) => (
                    <Form.Item name={[f.name, 'method']} noStyle>
                      <Select aria-label={t('rubric.method')} style={{ width: 190 }} options={rubricMethods.codes.map((m) => ({ value: m, label: text(rubricMethods.labels[m]) }))} />
                    </Form.Item>
                  ),
                },
                { key: 'maxScore', title: t('rubric.maxScore'), render: (_: unknown, f) => <Form.Item name={[f.name, 'maxScore']} noStyle><InputNumber aria-label={t('rubric.maxScore')} min={0} max={100} /></Form.Item> },
                { key: 'target', title: t('rubric.target'), render: (_: unknown, f) => <Form.Item name={[f.name, 'target']} noStyle><InputNumber aria-label={t('rubric.target')} min={0} /></Form.Item> },
                { key: 'deductPer', title: t('rubric.deductPer'), render: (_: unknown, f) => <Form.Item name={[f.name, 'deductPer']} noStyle><InputNumber aria-label={t('rubric.deductPer')} min={0} /></Form.Item> },
                { key: 'remove', title: '', render: (_: unknown, f) => <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('rubric.remove')} onClick={() => remove(f.name)} /> },
              ]}
            />
            {editable ? (
              <Button icon={<PlusOutlined />} onClick={() => add({ key: '', label: '', method: 'county_score', maxScore: 0 })} style={{ marginTop: 8 }}>
                {t('rubric.add')}
              </Button>
            ) : null}
          </>
        )}
      </Form.List>
      {problems.length > 0 ? <Alert type="error" showIcon style={{ marginTop: 16 }} title={problems.map((p) => <div key={p}>{p}</div>)} /> : null}
      <Flex align="center" gap={16} style={{ marginTop: 16 }}>
        <Typography.Text type={total === 100 ? 'success' : 'danger'}>{t('rubric.total', { total })}</Typography.Text>
        {editable ? (
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('rubric.save')}
          </Button>
        ) : null}
      </Flex>
    </Form>
  );
}

/** /evaluations/rubric: a county's rubric, editable by its organization department; others read where it comes from. */
export function RubricPage() {
  const t = useEvaluationMessages();
  const navigate = useNavigate();
  const { me } = useSession();
  const [divisionCode, setDivisionCode] = useState<string | undefined>(me?.scope.divisionCode ?? undefined);
  const rubric = useQuery({ queryKey: [evaluationKey, 'rubric', divisionCode], queryFn: () => evaluationApi.rubric(divisionCode), enabled: divisionCode !== undefined });
  if (rubric.isError) return <LoadFailedResult error={rubric.error} onRetry={() => void rubric.refetch()} />;
  const origin = rubric.data?.origin;
  return (
    <>
      <PageHeader back={<Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('detail.back')} onClick={() => navigate('/evaluations')} />} title={t('rubric.title')} />
      <Flex gap={8} style={{ marginBottom: 16 }}>
        <DivisionTreeSelect value={divisionCode ?? null} level="county" allowClear={false} onChange={(code) => typeof code === 'string' && setDivisionCode(code)} placeholder={t('open.county')} style={{ width: 260 }} />
      </Flex>
      {!rubric.data ? (
        divisionCode ? <Skeleton active /> : null
      ) : (
        <>
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            title={origin === 'inherited' ? t('rubric.origin.inherited', { name: rubric.data.originDivisionName ?? '' }) : t(origin === 'own' ? 'rubric.origin.own' : 'rubric.origin.default')}
          />
          <RubricForm key={`${rubric.data.divisionCode}:${rubric.dataUpdatedAt}`} rubric={rubric.data} />
        </>
      )}
    </>
  );
}
