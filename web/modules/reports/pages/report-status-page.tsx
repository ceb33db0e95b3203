import { Alert, Button, Card, Checkbox, DatePicker, Flex, Statistic, Table, type TableColumnsType } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { periodSchema, type ReportStanding, type ReportStatusItem } from '../../../../contracts/reports.ts';
import { DivisionTreeSelect } from '../../../components/division-tree-select.tsx';
import { ExportButton } from '../../../components/export-button.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { listEmptyText } from '../../../components/list-filters.tsx';
import { reportsApi, reportsKey } from '../reports.api.ts';
import { useReportMessages } from '../reports.messages.ts';
import { formatTime, StateTag } from '../components/report-labels.tsx';
import { defaultPeriod } from '../components/periods.ts';

function Standing({ standing }: { standing: ReportStanding }) {
  const tag = <StateTag state={standing.state} />;
  return (
    <Flex vertical gap={2}>
      {standing.reportId ? <Link to={`/reports/${standing.reportId}`}>{tag}</Link> : tag}
      {standing.submittedAt ? <span style={{ fontSize: 12, color: '#888' }}>{formatTime(standing.submittedAt)}</span> : null}
    </Flex>
  );
}

/** Missing reports in red, late ones in amber: what the township follows up first. */
function attentionOf(r: ReportStatusItem) {
  const states = [r.monthlyReport.state, r.workSummary.state];
  if (states.includes('missing')) return { background: '#fff1f0' };
  if (states.includes('late')) return { background: '#fff7e6' };
  return undefined;
}

/** /reports/status: for the township and the county, which teams sent the month's reports, late or not at all. */
export function ReportStatusPage() {
  const t = useReportMessages();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const requested = params.get('period');
  const period = requested && periodSchema.safeParse(requested).success ? requested : defaultPeriod();
  const divisionCode = params.get('divisionCode') ?? undefined;
  const onlyMissing = params.get('onlyMissing') === 'true';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const pageSize = Math.min(200, Math.max(1, Number(params.get('pageSize')) || 50));
  const filters = { period, divisionCode, onlyMissing: onlyMissing ? 'true' : undefined };
  const query = useQuery({
    queryKey: [reportsKey, 'status', filters, page, pageSize],
    queryFn: () => reportsApi.status({ ...filters, page, pageSize }),
    placeholderData: keepPreviousData,
  });

  const change = (next: Record<string, string | undefined>) =>
    setParams(
      (current) => {
        const out = new URLSearchParams(current);
        for (const [key, value] of Object.entries(next)) {
          if (value) out.set(key, value);
          else out.delete(key);
        }
        if (!('page' in next)) out.delete('page');
        return out;
      },
      { replace: true },
    );

  if (query.isError && !query.data) return <LoadFailedResult error={query.error} onRetry={() => void query.refetch()} />;
  const data = query.data;

  const columns: TableColumnsType<ReportStatusItem> = [
    { key: 'team', title: t('column.team'), dataIndex: 'teamName' },
    { key: 'village', title: t('column.village'), dataIndex: 'villageName', responsive: ['md'] },
    { key: 'leader', title: t('column.leader'), dataIndex: 'leaderName', responsive: ['sm'], render: (v: string | null) => v ?? '—' },
    { key: 'monthly', title: t('column.monthlyReport'), render: (_: unknown, r) => <Standing standing={r.monthlyReport} /> },
    { key: 'summary', title: t('column.workSummary'), render: (_: unknown, r) => <Standing standing={r.workSummary} /> },
    { key: 'briefings', title: t('column.briefings'), dataIndex: 'briefings', responsive: ['sm'] },
  ];
  const back = <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('detail.back')} onClick={() => navigate('/reports')} />;

  return (
    <>
      <PageHeader
        title={t('status.title')}
        subtitle={t('status.subtitle')}
        back={back}
        extra={<ExportButton download={() => reportsApi.exportStatus(filters)} />}
      />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
        <DatePicker
          picker="month"
          allowClear={false}
          aria-label={t('list.period')}
          value={dayjs(`${period}-01`)}
          disabledDate={(d) => d.isAfter(dayjs(), 'month')}
          onChange={(value) => change({ period: value ? value.format('YYYY-MM') : undefined })}
        />
        <DivisionTreeSelect
          value={divisionCode ?? null}
          placeholder={t('list.region')}
          onChange={(value) => change({ divisionCode: typeof value === 'string' ? value : undefined })}
          style={{ width: 240, maxWidth: '100%' }}
        />
        <Checkbox checked={onlyMissing} onChange={(e) => change({ onlyMissing: e.target.checked ? 'true' : undefined })}>
          {t('status.onlyMissing')}
        </Checkbox>
      </Flex>
      {data ? (
        <>
          <Alert type="info" showIcon style={{ marginBottom: 16 }} message={t('status.dueOn', { period: data.period, dueOn: data.dueOn })} />
          <Card style={{ marginBottom: 16 }}>
            <Flex gap={32} wrap>
              <Statistic title={t('status.teams')} value={data.summary.teams} />
              <Statistic title={t('status.monthlyIn')} value={data.summary.monthlyReportIn} suffix={`/ ${data.summary.teams}`} />
              <Statistic title={t('status.summaryIn')} value={data.summary.workSummaryIn} suffix={`/ ${data.summary.teams}`} />
              <Statistic title={t('status.late')} value={data.summary.late} valueStyle={data.summary.late > 0 ? { color: '#d46b08' } : undefined} />
            </Flex>
          </Card>
        </>
      ) : null}
      <Table<ReportStatusItem>
        rowKey="teamId"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={query.isFetching}
        size="middle"
        scroll={{ x: 'max-content' }}
        onRow={(r) => ({ style: attentionOf(r) })}
        locale={{ emptyText: listEmptyText(query.isPending, t('status.empty')) }}
        pagination={{
          current: page,
          pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          onChange: (nextPage, nextSize) => change({ page: String(nextPage), pageSize: String(nextSize) }),
        }}
      />
    </>
  );
}
