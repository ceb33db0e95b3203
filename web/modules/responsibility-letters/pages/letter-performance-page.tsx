import { Button, Empty, Flex, InputNumber, Progress, Table, Typography, type TableColumnsType } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useNavigate, useSearchParams } from 'react-router';
import dayjs from 'dayjs';
import type { UnitLetterPerformance } from '../../../../contracts/responsibility-letters.ts';
import { DivisionTreeSelect } from '../../../components/division-tree-select.tsx';
import { ExportButton } from '../../../components/export-button.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useSession } from '../../../platform/session.tsx';
import { letterApi, letterKey } from '../responsibility-letters.api.ts';
import { useLetterMessages } from '../responsibility-letters.messages.ts';

/** /responsibility-letters/performance: per lead backing unit, the year's tasks as its evaluation counts them. */
export function LetterPerformancePage() {
  const t = useLetterMessages();
  const navigate = useNavigate();
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || dayjs().year();
  const divisionCode = params.get('divisionCode') ?? undefined;
  const filters = { year, ...(divisionCode ? { divisionCode } : {}) };
  const query = useQuery({ queryKey: [letterKey, 'performance', filters], queryFn: () => letterApi.performance(filters) });
  const change = (name: 'year' | 'divisionCode', value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };
  if (query.isError && !query.data) return <LoadFailedResult error={query.error} onRetry={() => void query.refetch()} />;

  const columns: TableColumnsType<UnitLetterPerformance> = [
    { key: 'unit', title: t('column.unit'), render: (_: unknown, r) => r.unitName ?? '—' },
    { key: 'letters', title: t('performance.letters'), dataIndex: 'letters', align: 'right' },
    { key: 'total', title: t('performance.total'), dataIndex: 'total', align: 'right' },
    { key: 'confirmed', title: t('performance.confirmed'), dataIndex: 'confirmed', align: 'right' },
    { key: 'onTime', title: t('performance.onTime'), dataIndex: 'confirmedOnTime', align: 'right' },
    { key: 'reported', title: t('performance.reported'), dataIndex: 'reported', align: 'right' },
    {
      key: 'openOverdue',
      title: t('performance.openOverdue'),
      align: 'right',
      render: (_: unknown, r) => <Typography.Text type={r.openOverdue > 0 ? 'danger' : undefined}>{r.openOverdue}</Typography.Text>,
    },
    {
      key: 'rate',
      title: t('performance.rate'),
      width: 180,
      render: (_: unknown, r) => (r.completionRate === null ? '—' : <Progress percent={r.completionRate} size="small" format={(p) => `${p}%`} />),
    },
  ];
  const back = <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('detail.back')} onClick={() => navigate('/responsibility-letters')} />;

  return (
    <>
      <PageHeader
        title={t('performance.title')}
        subtitle={t('performance.subtitle')}
        back={back}
        extra={can('responsibility-letters.export') ? <ExportButton download={() => letterApi.exportPerformance(filters)} /> : null}
      />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
        <InputNumber
          value={year}
          aria-label={t('column.year')}
          min={2000}
          max={2100}
          precision={0}
          onChange={(value) => change('year', value ? String(value) : undefined)}
          style={{ width: 120 }}
        />
        <DivisionTreeSelect
          value={divisionCode ?? null}
          placeholder={t('list.region')}
          onChange={(value) => change('divisionCode', typeof value === 'string' ? value : undefined)}
          style={{ width: 240, maxWidth: '100%' }}
        />
      </Flex>
      <Table<UnitLetterPerformance>
        rowKey="unitId"
        columns={columns}
        dataSource={query.data?.items ?? []}
        loading={query.isFetching}
        pagination={false}
        size="middle"
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('performance.empty')} /> }}
        data-testid="letter-performance"
      />
    </>
  );
}
