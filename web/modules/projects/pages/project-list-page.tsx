import { Button, Empty, Flex, Table, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { projectStateLabels, projectStates, type ProjectListItem } from '../../../../contracts/projects.ts';
import { projectCategories } from '../../../../contracts/project-codes.ts';
import { ExportButton } from '../../../components/export-button.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useTableQuery } from '../../../components/use-table-query.ts';
import { SearchFilter, SelectFilter, DivisionFilter } from '../../../components/list-filters.tsx';
import { useText } from '../../../platform/i18n.tsx';
import { useSession } from '../../../platform/session.tsx';
import { projectsApi, projectsKey } from '../projects.api.ts';
import { useProjectMessages } from '../projects.messages.ts';
import { CategoryText, moneyText, ProjectStateTag } from '../project-labels.tsx';

// unitId comes from a unit's page, not from a control here.
type ProjectFilter = 'divisionCode' | 'q' | 'state' | 'category' | 'unitId';
// Stable identity: the hook memoizes on it.
const tableOptions = {
  queryKey: projectsKey,
  url: projectsApi.listUrl,
  filters: ['divisionCode', 'q', 'state', 'category', 'unitId'] as const,
  defaultSort: 'createdAt',
  defaultOrder: 'desc' as const,
};

/** /projects: the region's projects by place, category and state, with 申报 for those who propose. */
export function ProjectListPage() {
  const t = useProjectMessages();
  const text = useText();
  const { can } = useSession();
  const table = useTableQuery<ProjectListItem, ProjectFilter>(tableOptions);
  if (table.query.isError && !table.query.data) return <LoadFailedResult error={table.query.error} onRetry={() => void table.query.refetch()} />;

  const columns: TableColumnsType<ProjectListItem> = [
    { key: 'name', title: t('column.name'), sorter: true, sortOrder: table.sortOrderOf('name'), render: (_: unknown, p) => <Link to={`/projects/${p.id}`}>{p.name}</Link> },
    { key: 'category', title: t('column.category'), render: (_: unknown, p) => <CategoryText category={p.category} /> },
    { key: 'village', title: t('column.village'), dataIndex: 'villageName', responsive: ['md'] },
    { key: 'responsible', title: t('column.responsible'), dataIndex: 'responsibleEntity', responsive: ['lg'] },
    { key: 'budget', title: t('column.budget'), align: 'right', sorter: true, sortOrder: table.sortOrderOf('budget'), render: (_: unknown, p) => moneyText(p.budget) },
    {
      key: 'noticeEnd',
      title: t('column.notice'),
      sorter: true,
      sortOrder: table.sortOrderOf('noticeEnd'),
      responsive: ['lg'],
      render: (_: unknown, p) => (p.noticeStart && p.noticeEnd ? t('period', { start: p.noticeStart, end: p.noticeEnd }) : '—'),
    },
    {
      key: 'beneficiaries',
      title: t('column.beneficiaries'),
      responsive: ['xl'],
      render: (_: unknown, p) => t('beneficiaries', { households: p.beneficiaryHouseholds, persons: p.beneficiaryPersons }),
    },
    { key: 'state', title: t('column.state'), render: (_: unknown, p) => <ProjectStateTag state={p.state} /> },
  ];

  return (
    <>
      <PageHeader
        title={t('list.title')}
        subtitle={t('list.subtitle')}
        extra={
          <>
            {can('projects.export') ? <ExportButton download={() => projectsApi.exportList(table.listFilters)} /> : null}
            {can('projects.propose') ? (
              <Link to="/projects/new">
                <Button type="primary" icon={<PlusOutlined />} data-testid="project-new">
                  {t('list.new')}
                </Button>
              </Link>
            ) : null}
          </>
        }
      />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
        <DivisionFilter table={table} placeholder={t('list.region')} />
        <SearchFilter table={table} name="q" placeholder={t('list.search')} width={220} />
        <SelectFilter
          table={table}
          name="category"
          placeholder={t('list.category')}
          label={t('column.category')}
          options={projectCategories.codes.map((code) => ({ value: code, label: text(projectCategories.labels[code]) }))}
          width={140}
        />
        <SelectFilter
          table={table}
          name="state"
          placeholder={t('list.state')}
          label={t('column.state')}
          options={projectStates.map((state) => ({ value: state, label: text(projectStateLabels[state]) }))}
          width={150}
        />
      </Flex>
      <Table<ProjectListItem>
        {...table.tableProps}
        columns={columns}
        size="middle"
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: <Empty description={t('list.empty')} /> }}
        data-testid="project-table"
      />
    </>
  );
}
