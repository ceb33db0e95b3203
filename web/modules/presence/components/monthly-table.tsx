import { Alert, Checkbox, DatePicker, Flex, Table, Typography, type TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import type { PresenceMonthly, PresenceMonthlyItem } from '../../../../contracts/presence.ts';
import { DivisionTreeSelect } from '../../../components/division-tree-select.tsx';
import { ExportButton } from '../../../components/export-button.tsx';
import { listEmptyText } from '../../../components/list-filters.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useTableQuery } from '../../../components/use-table-query.ts';
import { presenceApi, presenceKey } from '../presence.api.ts';
import { usePresenceMessages } from '../presence.messages.ts';
import { currentMonth, isMonth } from '../presence-dates.ts';
import { FigureStatusTag } from './figure-tags.tsx';

type MonthlyFilter = 'month' | 'divisionCode' | 'teamId' | 'belowMinimum';
// Stable identity: the hook memoizes on it. No sort: the figures are listed by village, team and name.
const tableOptions = { queryKey: presenceKey, url: presenceApi.monthlyUrl, filters: ['month', 'divisionCode', 'teamId', 'belowMinimum'] as const, defaultPageSize: 50 };

export function useMonthlyColumns(): TableColumnsType<PresenceMonthlyItem> {
  const t = usePresenceMessages();
  return [
    { key: 'village', title: t('column.village'), render: (_: unknown, i) => i.villageName ?? i.divisionCode },
    { key: 'team', title: t('column.team'), dataIndex: 'teamName', responsive: ['md'] },
    { key: 'name', title: t('column.name'), dataIndex: 'cadreName' },
    { key: 'days', title: t('figure.days'), dataIndex: 'daysInVillage' },
    { key: 'leave', title: t('figure.leave'), dataIndex: 'leaveDays' },
    { key: 'required', title: t('figure.required'), dataIndex: 'required' },
    { key: 'status', title: t('column.status'), render: (_: unknown, i) => <FigureStatusTag item={i} /> },
    { key: 'far', title: t('column.farDays'), dataIndex: 'farDays', responsive: ['sm'] },
  ];
}

/** The township's and the county's view: each member's month, with the shortfalls flagged. */
export function MonthlyTable() {
  const t = usePresenceMessages();
  const table = useTableQuery<PresenceMonthlyItem, MonthlyFilter>(tableOptions);
  const columns = useMonthlyColumns();
  const data = table.query.data as PresenceMonthly | undefined;
  const month = isMonth(table.state.filters.month) ? table.state.filters.month : currentMonth();

  if (table.query.isError && !data) return <LoadFailedResult error={table.query.error} onRetry={() => void table.query.refetch()} />;

  return (
    <>
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
        <DatePicker
          picker="month"
          allowClear={false}
          aria-label={t('table.month')}
          value={dayjs(`${month}-01`)}
          onChange={(value) => table.setFilter('month', value ? value.format('YYYY-MM') : undefined)}
        />
        <DivisionTreeSelect
          value={table.state.filters.divisionCode ?? null}
          placeholder={t('table.region')}
          onChange={(value) => table.setFilter('divisionCode', typeof value === 'string' ? value : undefined)}
          style={{ width: 260, maxWidth: '100%' }}
        />
        <Checkbox checked={table.state.filters.belowMinimum === '1'} onChange={(e) => table.setFilter('belowMinimum', e.target.checked ? '1' : undefined)}>
          {t('table.belowOnly')}
        </Checkbox>
        <ExportButton download={() => presenceApi.exportMonthly({ ...table.listFilters, month })} />
        {data ? <Typography.Text type={data.belowCount > 0 ? 'danger' : 'secondary'}>{t('table.belowCount', { count: data.belowCount })}</Typography.Text> : null}
      </Flex>
      {data ? (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {t('basis', { month: data.basis.month, base: data.basis.baseRequired, working: data.basis.workingDays, far: data.basis.farKm })}
          {t('order.note')}
        </Typography.Paragraph>
      ) : null}
      {data?.basis.partial ? <Alert type="info" showIcon message={t('fairness')} style={{ marginBottom: 12 }} /> : null}
      <Table<PresenceMonthlyItem>
        {...table.tableProps}
        columns={columns}
        size="middle"
        scroll={{ x: 'max-content' }}
        rowClassName={(item) => (item.belowMinimum ? 'presence-below' : '')}
        locale={{ emptyText: listEmptyText(table.query.isPending, t('table.empty')) }}
      />
    </>
  );
}
