import { useState } from 'react';
import { App, Button, Descriptions, Drawer, Flex, Form, Input, InputNumber, Select, Skeleton, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { adjustmentBody, type AdjustmentBody, type EvaluationDetail, type ItemScore } from '../../../../contracts/evaluations.ts';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { zodRules } from '../../../components/zod-rules.ts';
import { evaluationApi, evaluationKey } from '../evaluations.api.ts';
import { useEvaluationMessages } from '../evaluations.messages.ts';
import { EvidenceFigures } from './evidence-figures.tsx';

const rules = zodRules(adjustmentBody);

function ScoreEntry({ evaluationId, cadreId, item }: { evaluationId: string; cadreId: string; item: ItemScore }) {
  const t = useEvaluationMessages();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [value, setValue] = useState<number | null>(item.score);
  const save = useMutation({
    mutationFn: (score: number) => evaluationApi.saveScores(evaluationId, [{ cadreId, itemKey: item.key, score }]),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: [evaluationKey] });
      void message.success(t('breakdown.saved'));
    },
    onError: notify,
  });
  return (
    <Space.Compact>
      <InputNumber aria-label={`${item.label}${t('breakdown.score')}`} min={0} max={item.maxScore} step={0.5} precision={2} value={value} onChange={setValue} style={{ width: 100 }} />
      <Button disabled={value === null} loading={save.isPending} onClick={() => value !== null && save.mutate(value)}>
        {t('breakdown.save')}
      </Button>
    </Space.Compact>
  );
}

function AdjustForm({ evaluation, cadreId, items }: { evaluation: EvaluationDetail; cadreId: string; items: ItemScore[] }) {
  const t = useEvaluationMessages();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<AdjustmentBody>();
  const adjust = useMutation({
    mutationFn: (body: AdjustmentBody) => evaluationApi.adjust(evaluation.id, body),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: [evaluationKey] });
      form.resetFields();
      void message.success(t('breakdown.saved'));
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });
  const chosen = Form.useWatch('itemKey', form);
  const max = items.find((i) => i.key === chosen)?.maxScore ?? 100;
  return (
    <Form form={form} layout="vertical" aria-label={t('adjust.title')} initialValues={{ cadreId }} onFinish={(values) => adjust.mutate({ ...values, cadreId })}>
      <Form.Item name="cadreId" hidden>
        <Input />
      </Form.Item>
      <Flex gap={12} wrap>
        <Form.Item name="itemKey" label={t('adjust.item')} rules={rules('itemKey', '请选择测评项目')} style={{ minWidth: 200 }}>
          <Select options={items.map((i) => ({ value: i.key, label: `${i.label}（${i.maxScore}）` }))} />
        </Form.Item>
        <Form.Item name="score" label={t('adjust.score')} rules={rules('score')}>
          <InputNumber min={0} max={max} step={0.5} precision={2} />
        </Form.Item>
      </Flex>
      <Form.Item name="reason" label={t('adjust.reason')} rules={rules('reason')}>
        <Input.TextArea rows={2} maxLength={500} showCount />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={adjust.isPending}>
        {t('adjust.submit')}
      </Button>
    </Form>
  );
}

/** One cadre's items: score, what it was computed from, links to the records, who scored it and every adjustment. */
export function BreakdownDrawer({ evaluation, cadreId, onClose }: { evaluation: EvaluationDetail; cadreId: string | null; onClose: () => void }) {
  const t = useEvaluationMessages();
  const breakdown = useQuery({
    queryKey: [evaluationKey, 'breakdown', evaluation.id, cadreId],
    queryFn: () => evaluationApi.breakdown(evaluation.id, cadreId!),
    enabled: cadreId !== null,
  });
  const data = breakdown.data;
  const mayScore = (item: ItemScore) => (item.source === 'township' && evaluation.abilities.scoreTownship) || (item.source === 'county' && evaluation.abilities.scoreCounty);
  const columns: TableColumnsType<ItemScore> = [
    { key: 'label', title: t('breakdown.item'), render: (_: unknown, i) => `${i.label}（${i.maxScore}）` },
    {
      key: 'score',
      title: t('breakdown.score'),
      render: (_: unknown, i) => (mayScore(i) && cadreId ? <ScoreEntry evaluationId={evaluation.id} cadreId={cadreId} item={i} /> : (i.score ?? <Tag>{t('breakdown.notScored')}</Tag>)),
    },
    { key: 'computed', title: t('breakdown.computed'), render: (_: unknown, i) => i.computedScore ?? '' },
    {
      key: 'evidence',
      title: t('breakdown.evidence'),
      render: (_: unknown, i) => (
        <Space orientation="vertical" size={2}>
          <EvidenceFigures figures={i.evidence.figures} />
          {i.evidence.links.map((link) => (
            <Link key={link.href} to={link.href}>
              {link.label}
            </Link>
          ))}
        </Space>
      ),
    },
    { key: 'source', title: t('breakdown.source'), render: (_: unknown, i) => [t(`source.${i.source}`), i.scoredByName].filter(Boolean).join(' · ') },
  ];
  return (
    <Drawer open={cadreId !== null} onClose={onClose} size="large" title={data ? t('breakdown.title', { name: data.cadreName }) : ''} destroyOnHidden>
      {breakdown.isError ? <LoadFailedResult error={breakdown.error} onRetry={() => void breakdown.refetch()} /> : null}
      {!data ? (
        <Skeleton active />
      ) : (
        <Flex vertical gap={16}>
          <Descriptions size="small" column={1} items={[{ key: 'place', label: t('column.team'), children: [data.villageName, data.teamName].filter(Boolean).join(' · ') }]} />
          <Typography.Text strong>
            {t('breakdown.rank', { total: data.total, county: data.rank.county, count: data.rankedCount, township: data.rank.township, team: data.rank.team })}
          </Typography.Text>
          <Table<ItemScore> rowKey="key" columns={columns} dataSource={data.items} pagination={false} size="small" scroll={{ x: 'max-content' }} />
          <Typography.Title level={5}>{t('breakdown.adjustments')}</Typography.Title>
          {data.adjustments.length === 0 ? <Typography.Text type="secondary">{t('breakdown.noAdjustments')}</Typography.Text> : null}
          {data.adjustments.map((a) => (
            <Typography.Text key={a.id}>
              {`${data.items.find((i) => i.key === a.itemKey)?.label ?? a.itemKey}：${a.before ?? '—'} → ${a.after}；${a.reason}（${a.adjustedByName ?? ''}，${new Date(a.adjustedAt).toLocaleString()}）`}
            </Typography.Text>
          ))}
          {evaluation.abilities.adjust && cadreId ? (
            <>
              <Typography.Title level={5}>{t('adjust.title')}</Typography.Title>
              <AdjustForm evaluation={evaluation} cadreId={cadreId} items={data.items} />
            </>
          ) : null}
        </Flex>
      )}
    </Drawer>
  );
}
