import { DatePicker, Descriptions, Flex, Input, Table, Tag, Typography, type TableColumnsType } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { auditOutcomeLabels, auditOutcomes, type AuditEventView } from '../../../../contracts/audit-events.ts';
import { ExportButton } from '../../../components/export-button.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useTableQuery } from '../../../components/use-table-query.ts';
import { useText } from '../../../platform/i18n.tsx';
import { useSession } from '../../../platform/session.tsx';
import { auditEventsApi, auditEventsKey } from '../audit-events.api.ts';
import { useAuditEventMessages } from '../audit-events.messages.ts';
import { SelectFilter, listEmptyText } from '../../../components/list-filters.tsx';

type AuditFilter = 'actor' | 'action' | 'entityType' | 'entityId' | 'outcome' | 'from' | 'to';
type Row = AuditEventView;
const filters = ['actor', 'action', 'entityType', 'entityId', 'outcome', 'from', 'to'] as const;
const tableOptions = { queryKey: auditEventsKey, url: auditEventsApi.listUrl, filters };

function JsonBlock({ value, none }: { value: unknown; none: string }) {
  if (value === null || value === undefined) return <Typography.Text type="secondary">{none}</Typography.Text>;
  return <pre style={{ margin: 0, maxHeight: 320, overflow: 'auto', fontSize: 12, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>{JSON.stringify(value, null, 2)}</pre>;
}

/** The audit administrator's view of the trail: newest first, filtered, each event's before/after on demand. */
export function AuditEventListPage() {
  const t = useAuditEventMessages();
  const text = useText();
  const { can } = useSession();
  const table = useTableQuery<Row, AuditFilter>(tableOptions);

  if (table.query.isError && !table.query.data) return <LoadFailedResult error={table.query.error} onRetry={() => void table.query.refetch()} />;

  const { from, to } = table.state.filters;
  const range: [Dayjs, Dayjs] | null = from && to ? [dayjs(from), dayjs(to)] : null;


  const columns: TableColumnsType<Row> = [
    { key: 'at', dataIndex: 'at', title: t('column.at'), width: 170, render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm:ss') },
    { key: 'actor', dataIndex: 'actorName', title: t('column.actor'), render: (name: string | null) => name ?? t('actor.system') },
    { key: 'action', dataIndex: 'action', title: t('column.action'), render: (action: string) => <Typography.Text code>{action}</Typography.Text> },
    {
      key: 'entity',
      title: t('column.entity'),
      responsive: ['md'],
      render: (_: unknown, e) => (
        <span>
          {e.entityType}
          {e.entityId ? <Typography.Text type="secondary"> · {e.entityId}</Typography.Text> : null}
        </span>
      ),
    },
    {
      key: 'outcome',
      dataIndex: 'outcome',
      title: t('column.outcome'),
      render: (outcome: AuditEventView['outcome']) => <Tag color={outcome === 'success' ? 'green' : 'red'}>{text(auditOutcomeLabels[outcome])}</Tag>,
    },
    { key: 'reason', dataIndex: 'reason', title: t('column.reason'), responsive: ['lg'] },
    { key: 'ip', dataIndex: 'ip', title: t('column.ip'), responsive: ['lg'] },
  ];

  return (
    <>
      <PageHeader
        title={t('list.title')}
        subtitle={t('list.subtitle')}
        extra={
          can('audit_events.export') ? (
            <ExportButton download={() => auditEventsApi.export(table.state.filters)}>{t('list.export')}</ExportButton>
          ) : null
        }
      />
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <DatePicker.RangePicker
          showTime
          value={range}
          aria-label={t('filter.range')}
          onChange={(value) =>
            table.setFilters({ from: value?.[0]?.toISOString() ?? undefined, to: value?.[1]?.toISOString() ?? undefined })
          }
        />
        {(['actor', 'action', 'entityType', 'entityId'] as const).map((name) => (
          <Input.Search
            key={`${name}:${table.state.filters[name] ?? ''}`}
            defaultValue={table.state.filters[name]}
            placeholder={t(`filter.${name}`)}
            aria-label={t(`filter.${name}`)}
            allowClear
            onSearch={(value) => table.setFilter(name, value)}
            style={{ width: name === 'action' ? 280 : 180, maxWidth: '100%' }}
          />
        ))}
        <SelectFilter
          table={table}
          name="outcome"
          placeholder={t('filter.outcome')}
          label={t('column.outcome')}
          options={auditOutcomes.map((outcome) => ({ value: outcome, label: text(auditOutcomeLabels[outcome]) }))}
          width={140}
        />
      </Flex>
      <Table<Row>
        {...table.tableProps}
        columns={columns}
        size="middle"
        expandable={{
          expandedRowRender: (e) => (
            <Descriptions size="small" column={1} bordered>
              <Descriptions.Item label={t('detail.before')}>
                <JsonBlock value={e.before} none={t('detail.none')} />
              </Descriptions.Item>
              <Descriptions.Item label={t('detail.after')}>
                <JsonBlock value={e.after} none={t('detail.none')} />
              </Descriptions.Item>
              <Descriptions.Item label={t('detail.division')}>{e.divisionCode ?? t('detail.none')}</Descriptions.Item>
              <Descriptions.Item label={t('detail.requestId')}>{e.requestId ?? t('detail.none')}</Descriptions.Item>
            </Descriptions>
          ),
        }}
        locale={{ emptyText: listEmptyText(table.query.isPending, t('list.empty')) }}
      />
    </>
  );
}
