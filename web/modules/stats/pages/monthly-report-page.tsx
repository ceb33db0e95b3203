import { Alert, Card, DatePicker, Flex, Table, Typography, type TableColumnsType } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import dayjs from 'dayjs';
import type { MonthlyReportQuery, MonthlyReportSection, ReportCell } from '../../../../contracts/stats-report.ts';
import { DivisionTreeSelect } from '../../../components/division-tree-select.tsx';
import { ExportButton } from '../../../components/export-button.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { statsReportApi, monthlyReportKey } from '../stats-report.api.ts';
import { useStatsReportMessages } from '../stats-report.messages.ts';

function queryOf(params: URLSearchParams): MonthlyReportQuery {
  const query: MonthlyReportQuery = {};
  const divisionCode = params.get('divisionCode');
  const month = params.get('month');
  if (divisionCode) query.divisionCode = divisionCode;
  if (month) query.month = month;
  return query;
}

function paramsOf(query: MonthlyReportQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.divisionCode) params.set('divisionCode', query.divisionCode);
  if (query.month) params.set('month', query.month);
  return params;
}

type Row = { key: string; cells: ReportCell[] };

function SectionTable({ section }: { section: MonthlyReportSection }) {
  const columns: TableColumnsType<Row> = section.columns.map((column, index) => ({
    key: String(index),
    title: column.header,
    align: column.numeric ? 'right' : index === 0 ? 'left' : 'center',
    render: (_: unknown, row: Row) => (row.key === 'total' ? <Typography.Text strong>{row.cells[index]}</Typography.Text> : row.cells[index]),
  }));
  const rows: Row[] = [...section.rows.map((cells, index) => ({ key: String(index), cells })), { key: 'total', cells: section.total }];
  return <Table<Row> rowKey="key" size="small" columns={columns} dataSource={rows} pagination={false} scroll={{ x: 'max-content' }} />;
}

/**
 * /stats/monthly-report: the monthly report of a county (default: the caller's own region) for a
 * month (default: last month), previewed as it will read, and downloadable as PDF or Excel.
 */
export function MonthlyReportPage() {
  const t = useStatsReportMessages();
  const [params, setParams] = useSearchParams();
  const query = queryOf(params);
  const report = useQuery({ queryKey: [monthlyReportKey, query], queryFn: () => statsReportApi.preview(query), placeholderData: (previous) => previous, retry: false });
  const data = report.data;
  // Download what is previewed: the month the server settled on when none was picked.
  const asked: MonthlyReportQuery = { ...query, ...(data ? { divisionCode: data.divisionCode, month: data.month } : {}) };

  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        extra={
          data ? (
            <>
              <ExportButton download={() => statsReportApi.download(asked, 'pdf')}>
                {t('downloadPdf')}
              </ExportButton>
              <ExportButton download={() => statsReportApi.download(asked, 'xlsx')}>
                {t('downloadXlsx')}
              </ExportButton>
            </>
          ) : null
        }
      />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
        <DatePicker
          picker="month"
          allowClear={false}
          aria-label={t('month')}
          disabledDate={(day) => day.isAfter(dayjs(), 'month')}
          value={dayjs(`${query.month ?? data?.month ?? dayjs().subtract(1, 'month').format('YYYY-MM')}-01`)}
          onChange={(value) => setParams(paramsOf({ ...query, month: value ? value.format('YYYY-MM') : undefined }))}
        />
        <DivisionTreeSelect
          value={query.divisionCode ?? data?.divisionCode ?? null}
          placeholder={t('region')}
          onChange={(value) => setParams(paramsOf({ ...query, divisionCode: typeof value === 'string' ? value : undefined }))}
          style={{ width: 280, maxWidth: '100%' }}
        />
      </Flex>
      {report.isError ? <Alert type="error" showIcon style={{ marginBottom: 12 }} title={(report.error as Error).message} /> : null}
      {data ? (
        <Card loading={report.isFetching && !data} aria-label={t('preview')}>
          <Typography.Title level={4} style={{ textAlign: 'center' }}>
            {data.title}
          </Typography.Title>
          <Typography.Paragraph style={{ textAlign: 'center' }}>
            {data.issuer}　　{data.issuedOn}
          </Typography.Paragraph>
          <Typography.Paragraph type="secondary">{data.note}</Typography.Paragraph>
          {data.sections.map((section) => (
            <section key={section.key} style={{ marginBottom: 16 }}>
              <Typography.Title level={5}>{section.heading}</Typography.Title>
              <Typography.Paragraph style={{ textIndent: '2em' }}>{section.sentence}</Typography.Paragraph>
              <Typography.Text type="secondary">{t('rows', { count: section.rows.length })}</Typography.Text>
              <SectionTable section={section} />
            </section>
          ))}
        </Card>
      ) : null}
    </>
  );
}
