import { Button, DatePicker, Flex, Table, type TableColumnsType } from 'antd';
import { GiftOutlined, PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import dayjs from 'dayjs';
import { trainingLevelLabels, trainingLevels, trainingStageLabels, trainingStages, type TrainingListItem } from '../../../../contracts/trainings.ts';
import { ExportButton } from '../../../components/export-button.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { listEmptyText, SearchFilter, SelectFilter, DivisionFilter } from '../../../components/list-filters.tsx';
import { useTableQuery } from '../../../components/use-table-query.ts';
import { useText } from '../../../platform/i18n.tsx';
import { useSession } from '../../../platform/session.tsx';
import { trainingsApi, trainingsKey } from '../trainings.api.ts';
import { useTrainingMessages } from '../trainings.messages.ts';
import { LevelText, StageTag } from '../labels.tsx';

type Filter = 'divisionCode' | 'level' | 'stage' | 'from' | 'to' | 'q';
// Stable identity: the hook memoizes on it.
const tableOptions = {
  queryKey: trainingsKey,
  url: trainingsApi.listUrl,
  filters: ['divisionCode', 'level', 'stage', 'from', 'to', 'q'] as const,
  defaultSort: 'heldOn',
  defaultOrder: 'desc' as const,
};

/** /trainings: sessions held in, or attended from, the account's region. */
export function TrainingListPage() {
  const t = useTrainingMessages();
  const text = useText();
  const { can } = useSession();
  const table = useTableQuery<TrainingListItem, Filter>(tableOptions);
  if (table.query.isError && !table.query.data) return <LoadFailedResult error={table.query.error} onRetry={() => void table.query.refetch()} />;

  const columns: TableColumnsType<TrainingListItem> = [
    { key: 'heldOn', dataIndex: 'heldOn', title: t('column.heldOn'), sorter: true, sortOrder: table.sortOrderOf('heldOn'), width: 120 },
    {
      key: 'topic',
      title: t('column.topic'),
      sorter: true,
      sortOrder: table.sortOrderOf('topic'),
      render: (_: unknown, s) => <Link to={`/trainings/${s.id}`}>{s.topic}</Link>,
    },
    { key: 'level', title: t('column.level'), responsive: ['md'], render: (_: unknown, s) => <LevelText level={s.level} /> },
    { key: 'stage', title: t('column.stage'), render: (_: unknown, s) => <StageTag stage={s.stage} /> },
    { key: 'organizer', title: t('column.organizer'), responsive: ['lg'], render: (_: unknown, s) => s.divisionName ?? s.divisionCode },
    { key: 'hours', dataIndex: 'hours', title: t('column.hours'), sorter: true, sortOrder: table.sortOrderOf('hours'), align: 'right' },
    { key: 'attendance', title: t('column.attendance'), responsive: ['sm'], align: 'right', render: (_: unknown, s) => `${s.attendedCount} / ${s.attendeeCount}` },
  ];
  const { from, to } = table.state.filters;

  return (
    <>
      <PageHeader
        title={t('list.title')}
        subtitle={t('list.subtitle')}
        extra={
          <>
            <Link to="/trainings/materials">
              <Button icon={<GiftOutlined />}>{t('list.materials')}</Button>
            </Link>
            <ExportButton download={() => trainingsApi.exportList(table.listFilters)} />
            {can('trainings.manage') ? (
              <Link to="/trainings/new">
                <Button type="primary" icon={<PlusOutlined />}>
                  {t('list.create')}
                </Button>
              </Link>
            ) : null}
          </>
        }
      />
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <DivisionFilter table={table} placeholder={t('list.region')} />
        <SelectFilter table={table} name="level" placeholder={t('list.level')} label={t('column.level')} width={170}
          options={trainingLevels.map((value) => ({ value, label: text(trainingLevelLabels[value]) }))} />
        <SelectFilter table={table} name="stage" placeholder={t('list.stage')} label={t('column.stage')} width={130}
          options={trainingStages.map((value) => ({ value, label: text(trainingStageLabels[value]) }))} />
        <DatePicker.RangePicker
          aria-label={t('list.dateRange')}
          value={[from ? dayjs(from) : null, to ? dayjs(to) : null]}
          allowEmpty={[true, true]}
          onChange={(range) =>
            table.setFilters({ from: range?.[0]?.format('YYYY-MM-DD') ?? undefined, to: range?.[1]?.format('YYYY-MM-DD') ?? undefined })
          }
        />
        <SearchFilter table={table} name="q" placeholder={t('list.search')} width={220} />
      </Flex>
      <Table<TrainingListItem>
        {...table.tableProps}
        columns={columns}
        size="middle"
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: listEmptyText(table.query.isPending, t('list.empty')) }}
      />
    </>
  );
}
