import { useState } from 'react';
import { App, Button, Card, Col, Flex, Modal, Popconfirm, Row, Select, Skeleton, Statistic, Tag } from 'antd';
import { ArrowLeftOutlined, CheckOutlined } from '@ant-design/icons';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { assessmentCategories, assessmentStates, grades, type GradeView } from '../../../../contracts/assessments.ts';
import { DivisionTreeSelect } from '../../../components/division-tree-select.tsx';
import { ExportButton } from '../../../components/export-button.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { useText } from '../../../platform/i18n.tsx';
import { assessmentApi, assessmentKey } from '../assessments.api.ts';
import { useAssessmentMessages } from '../assessments.messages.ts';
import { GradeForm } from '../components/grade-form.tsx';
import { GradeTable } from '../components/grade-table.tsx';

const filterNames = ['category', 'grade', 'township'] as const;

/** /assessments/:id: the grade table, the quota used per category, changes with a reason, and confirmation. */
export function AssessmentPage() {
  const t = useAssessmentMessages();
  const text = useText();
  const navigate = useNavigate();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const { message } = App.useApp();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const [changing, setChanging] = useState<GradeView | null>(null);
  const filters = Object.fromEntries(filterNames.map((name) => [name, params.get(name) ?? undefined]));
  const page = Number(params.get('page') ?? 1);
  const pageSize = Number(params.get('pageSize') ?? 20);
  const query = useQuery({ queryKey: [assessmentKey, id, filters, page, pageSize], queryFn: () => assessmentApi.get(id, { ...filters, page, pageSize }), placeholderData: keepPreviousData });
  const confirm = useMutation({
    mutationFn: () => assessmentApi.confirm(id),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: [assessmentKey] });
      void message.success(t('form.saved'));
    },
    onError: notify,
  });
  if (query.isError && !query.data) return <LoadFailedResult error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <Skeleton active />;
  const detail = query.data;
  const setFilter = (name: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    next.delete('page');
    setParams(next);
  };

  return (
    <>
      <PageHeader
        title={t('detail.title', { county: detail.countyName ?? detail.divisionCode, year: detail.year })}
        subtitle={<Tag color={detail.state === 'confirmed' ? 'green' : 'blue'}>{text(assessmentStates.labels[detail.state])}</Tag>}
        back={<Button icon={<ArrowLeftOutlined />} type="text" onClick={() => navigate('/assessments')} aria-label={t('detail.back')} />}
        extra={
          <>
            {detail.abilities.export ? <ExportButton download={() => assessmentApi.exportGrades(id, filters)} /> : null}
            {detail.abilities.confirm ? (
              <Popconfirm title={t('detail.confirmAsk')} onConfirm={() => confirm.mutate()}>
                <Button type="primary" icon={<CheckOutlined />} loading={confirm.isPending} data-testid="assessment-confirm">
                  {t('detail.confirm')}
                </Button>
              </Popconfirm>
            ) : null}
          </>
        }
      />
      <Row gutter={16} style={{ marginBottom: 16 }}>
        {detail.quota.map((q) => (
          <Col key={q.category} xs={24} md={8}>
            <Card size="small">
              <Statistic title={text(assessmentCategories.labels[q.category])} value={q.used} suffix={`/ ${q.available}`} />
              <div>{t('detail.quota', { used: q.used, available: q.available, count: q.count })}</div>
            </Card>
          </Col>
        ))}
      </Row>
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <Select
          allowClear
          placeholder={t('detail.category')}
          style={{ width: 140 }}
          value={filters.category}
          onChange={(value?: string) => setFilter('category', value)}
          options={assessmentCategories.codes.map((c) => ({ value: c, label: text(assessmentCategories.labels[c]) }))}
        />
        <Select
          allowClear
          placeholder={t('detail.grade')}
          style={{ width: 140 }}
          value={filters.grade}
          onChange={(value?: string) => setFilter('grade', value)}
          options={grades.codes.map((g) => ({ value: g, label: text(grades.labels[g]) }))}
        />
        <DivisionTreeSelect level="township" placeholder={t('detail.township')} value={filters.township ?? null} onChange={(value) => setFilter('township', typeof value === 'string' ? value : undefined)} style={{ width: 220 }} />
      </Flex>
      <GradeTable
        items={detail.grades.items}
        loading={query.isFetching}
        mayChange={detail.abilities.changeGrade}
        onChange={setChanging}
        pagination={{
          current: page,
          pageSize,
          total: detail.grades.total,
          onChange: (nextPage, nextSize) => {
            const next = new URLSearchParams(params);
            next.set('page', String(nextPage));
            next.set('pageSize', String(nextSize));
            setParams(next);
          },
        }}
      />
      <Modal title={t('grade.changeTitle', { name: changing?.cadreName ?? changing?.teamName ?? '' })} open={changing !== null} footer={null} onCancel={() => setChanging(null)} destroyOnHidden width={520}>
        {changing ? <GradeForm grade={changing} onDone={() => setChanging(null)} /> : null}
      </Modal>
    </>
  );
}
