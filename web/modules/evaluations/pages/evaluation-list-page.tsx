import { useState } from 'react';
import { Button, Flex, Form, InputNumber, Modal, Select, Table, Tag, type TableColumnsType } from 'antd';
import { PlusOutlined, SettingOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { evaluationStates, openBody, type EvaluationView, type OpenBody } from '../../../../contracts/evaluations.ts';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useTableQuery } from '../../../components/use-table-query.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { zodRules } from '../../../components/zod-rules.ts';
import { DivisionTreeSelect } from '../../../components/division-tree-select.tsx';
import { listEmptyText, SelectFilter } from '../../../components/list-filters.tsx';
import { useText } from '../../../platform/i18n.tsx';
import { useSession } from '../../../platform/session.tsx';
import { evaluationApi, evaluationKey } from '../evaluations.api.ts';
import { useEvaluationMessages } from '../evaluations.messages.ts';

type EvaluationFilter = 'state' | 'year';
const tableOptions = { queryKey: evaluationKey, url: evaluationApi.listUrl, filters: ['state', 'year'] as const };
const rules = zodRules(openBody);
const stateColor = { open: 'processing', confirmed: 'warning', published: 'success' } as const;

function OpenForm({ onOpened }: { onOpened: (id: string) => void }) {
  const t = useEvaluationMessages();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const { me } = useSession();
  const [form] = Form.useForm<OpenBody>();
  const now = new Date();
  const open = useMutation({
    mutationFn: (body: OpenBody) => evaluationApi.open(body),
    onSuccess: async (detail) => {
      await client.invalidateQueries({ queryKey: [evaluationKey] });
      onOpened(detail.id);
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={{ divisionCode: me?.scope.divisionCode ?? undefined, year: now.getFullYear(), quarter: Math.floor(now.getMonth() / 3) + 1 }}
      onFinish={(values) => open.mutate(values)}
    >
      <Form.Item name="divisionCode" label={t('open.county')} rules={rules('divisionCode', '请选择县（市、区）')}>
        <DivisionTreeSelect level="county" />
      </Form.Item>
      <Flex gap={12}>
        <Form.Item name="year" label={t('open.year')} rules={rules('year')}>
          <InputNumber min={2015} max={2100} />
        </Form.Item>
        <Form.Item name="quarter" label={t('open.quarter')} rules={rules('quarter')}>
          <Select style={{ width: 120 }} options={[1, 2, 3, 4].map((q) => ({ value: q, label: `Q${q}` }))} />
        </Form.Item>
      </Flex>
      <Button type="primary" htmlType="submit" loading={open.isPending}>
        {t('open.submit')}
      </Button>
    </Form>
  );
}

/** /evaluations: the quarters of the counties the account sees, newest first. */
export function EvaluationListPage() {
  const t = useEvaluationMessages();
  const text = useText();
  const navigate = useNavigate();
  const { can } = useSession();
  const [opening, setOpening] = useState(false);
  const table = useTableQuery<EvaluationView, EvaluationFilter>(tableOptions);
  if (table.query.isError && !table.query.data) return <LoadFailedResult error={table.query.error} onRetry={() => void table.query.refetch()} />;

  const columns: TableColumnsType<EvaluationView> = [
    { key: 'quarter', title: t('column.quarter'), render: (_: unknown, e) => <Link to={`/evaluations/${e.id}`}>{t('quarter.label', { year: e.year, quarter: e.quarter })}</Link> },
    { key: 'county', title: t('column.county'), dataIndex: 'divisionName' },
    { key: 'state', title: t('column.state'), render: (_: unknown, e) => <Tag color={stateColor[e.state]}>{text(evaluationStates.labels[e.state])}</Tag> },
    { key: 'cadres', title: t('column.cadres'), dataIndex: 'cadreCount', align: 'right' },
    { key: 'missing', title: t('column.missing'), dataIndex: 'missingCount', align: 'right' },
    { key: 'computedAt', title: t('column.computedAt'), render: (_: unknown, e) => (e.computedAt ? new Date(e.computedAt).toLocaleString() : ''), responsive: ['md'] },
  ];
  return (
    <>
      <PageHeader
        title={t('list.title')}
        subtitle={t('list.subtitle')}
        extra={
          <>
            <Button icon={<SettingOutlined />} onClick={() => navigate('/evaluations/rubric')}>
              {t('list.rubric')}
            </Button>
            {can('evaluations.manage') ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpening(true)}>
                {t('list.open')}
              </Button>
            ) : null}
          </>
        }
      />
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <SelectFilter table={table} name="state" placeholder={t('column.state')} options={evaluationStates.codes.map((s) => ({ value: s, label: text(evaluationStates.labels[s]) }))} />
      </Flex>
      <Table<EvaluationView> {...table.tableProps} columns={columns} size="middle" scroll={{ x: 'max-content' }} locale={{ emptyText: listEmptyText(table.query.isPending, t('list.empty')) }} />
      <Modal title={t('list.open')} open={opening} footer={null} onCancel={() => setOpening(false)} destroyOnHidden>
        <OpenForm onOpened={(id) => navigate(`/evaluations/${id}`)} />
      </Modal>
    </>
  );
}
