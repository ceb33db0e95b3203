import { Button, Card, Descriptions, Skeleton, Table, type TableColumnsType } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import type { FindingView, RectificationListItem } from '../../../../contracts/inspections.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useInspectionMessages } from '../inspections.messages.ts';
import { inspectionsApi, inspectionsKey } from '../inspections.api.ts';
import { FindingResult, MethodText, RectificationStateTag } from '../components/inspection-labels.tsx';

/** /inspections/:id: who was checked, the result for each, and the orders it opened. */
export function InspectionDetailPage() {
  const { id } = useParams<{ id: string }>();
  const t = useInspectionMessages();
  const navigate = useNavigate();
  const query = useQuery({ queryKey: [inspectionsKey, 'detail', id], queryFn: () => inspectionsApi.get(id!) });
  const back = <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('detail.back')} onClick={() => navigate('/inspections')} />;
  if (query.isError) return <LoadFailedResult error={query.error} onRetry={() => void query.refetch()} />;
  const inspection = query.data;
  if (!inspection) return (<><PageHeader title={t('list.title')} back={back} /><Skeleton active /></>);

  const findingColumns: TableColumnsType<FindingView> = [
    { key: 'cadre', dataIndex: 'cadreName', title: t('column.cadre') },
    { key: 'team', dataIndex: 'teamName', title: t('column.team'), responsive: ['md'] },
    { key: 'village', title: t('column.village'), responsive: ['lg'], render: (_: unknown, f) => f.villageName ?? f.divisionCode },
    {
      key: 'result',
      title: t('column.result'),
      render: (_: unknown, f) => (
        <>
          <FindingResult atPost={f.atPost} reason={f.absenceReason} />
          {f.leave ? t('detail.leave', { start: f.leave.startDate, end: f.leave.endDate }) : null}
          {f.rectificationId ? <Link to={`/inspections/rectifications/${f.rectificationId}`}>{t('detail.rectification')}</Link> : null}
        </>
      ),
    },
    { key: 'note', dataIndex: 'note', title: t('column.note'), responsive: ['md'] },
  ];
  const orderColumns: TableColumnsType<RectificationListItem> = [
    { key: 'cadre', title: t('column.cadre'), render: (_: unknown, r) => <Link to={`/inspections/rectifications/${r.id}`}>{r.cadreName}</Link> },
    { key: 'team', dataIndex: 'teamName', title: t('column.team'), responsive: ['md'] },
    { key: 'deadline', title: t('column.deadline'), render: (_: unknown, r) => <span style={r.overdue ? { color: '#cf1322' } : undefined}>{r.deadline}</span> },
    { key: 'state', title: t('column.state'), render: (_: unknown, r) => <RectificationStateTag state={r.state} overdue={r.overdue} /> },
  ];

  return (
    <>
      <PageHeader title={`${inspection.inspectedOn} ${inspection.divisionName ?? ''}`} subtitle={<MethodText method={inspection.method} />} back={back} />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('column.method')}>
            <MethodText method={inspection.method} />
          </Descriptions.Item>
          <Descriptions.Item label={t('column.region')}>{inspection.divisionName ?? inspection.divisionCode}</Descriptions.Item>
          <Descriptions.Item label={t('column.leadUnit')}>{inspection.leadUnit}</Descriptions.Item>
          <Descriptions.Item label={t('column.participants')}>{inspection.participants ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('column.checked')}>{inspection.checked}</Descriptions.Item>
          <Descriptions.Item label={t('column.absent')}>{inspection.absent}</Descriptions.Item>
          {inspection.note ? <Descriptions.Item label={t('detail.note')} span="filled">{inspection.note}</Descriptions.Item> : null}
        </Descriptions>
      </Card>
      <Card size="small" title={t('detail.findings')} style={{ marginBottom: 16 }}>
        <Table<FindingView> rowKey="id" columns={findingColumns} dataSource={inspection.findings} pagination={false} size="small" scroll={{ x: 'max-content' }} />
      </Card>
      {inspection.rectifications.length > 0 ? (
        <Card size="small" title={t('detail.rectifications')}>
          <Table<RectificationListItem>
            rowKey="id"
            columns={orderColumns}
            dataSource={inspection.rectifications}
            pagination={false}
            size="small"
            data-testid="inspection-rectifications"
          />
        </Card>
      ) : null}
    </>
  );
}
