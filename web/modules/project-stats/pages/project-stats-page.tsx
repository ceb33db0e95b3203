import { Alert, Breadcrumb, Flex, Table, Tabs, Typography, type TableColumnsType } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { projectStatsSections, type ProjectStatsRow, type StatsColumn } from '../../../../contracts/project-stats.ts';
import { DivisionTreeSelect } from '../../../components/division-tree-select.tsx';
import { ExportButton } from '../../../components/export-button.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useText } from '../../../platform/i18n.tsx';
import { projectStatsApi, projectStatsKey } from '../project-stats.api.ts';
import { useProjectStatsMessages } from '../project-stats.messages.ts';
import { cellText, statsQueryOf, withRegion } from '../project-stats.view.ts';
import { UnitStatsTable } from '../components/unit-stats-table.tsx';

/** /project-stats: projects, funds, outputs and social support of a region by its next level, drillable and exportable; then by backing unit. */
export function ProjectStatsPage() {
  const t = useProjectStatsMessages();
  const text = useText();
  const [params, setParams] = useSearchParams();
  const query = statsQueryOf(params);
  const stats = useQuery({ queryKey: [projectStatsKey, query], queryFn: () => projectStatsApi.get(query), placeholderData: (previous) => previous });

  if (stats.isError && !stats.data) return <LoadFailedResult error={stats.error} onRetry={() => void stats.refetch()} />;
  const data = stats.data;

  const table = (columns: StatsColumn[], emptyText: string) => {
    const antColumns: TableColumnsType<ProjectStatsRow> = [
      {
        key: 'name',
        title: t('regionColumn'),
        fixed: 'left',
        render: (_: unknown, row) => (row.drillable ? <Link to={`?${withRegion(row.divisionCode).toString()}`}>{row.name}</Link> : row.name),
      },
      ...columns.map((c) => ({ key: c.key, title: text(c.label), align: 'right' as const, render: (_: unknown, row: ProjectStatsRow) => cellText(c, row) })),
    ];
    return (
      <Table<ProjectStatsRow>
        rowKey={(row) => `${row.own ? 'own:' : ''}${row.divisionCode}`}
        columns={antColumns}
        dataSource={columns.length === 0 ? [] : (data?.rows ?? [])}
        loading={stats.isFetching}
        pagination={false}
        size="middle"
        scroll={{ x: 'max-content' }}
        locale={{ emptyText }}
        summary={() =>
          data && columns.length > 0 ? (
            <Table.Summary fixed>
              <Table.Summary.Row>
                <Table.Summary.Cell index={0}>
                  <Typography.Text strong>{t('total')}</Typography.Text>
                </Table.Summary.Cell>
                {columns.map((c, index) => (
                  <Table.Summary.Cell key={c.key} index={index + 1} align="right">
                    <Typography.Text strong>{cellText(c, data.total)}</Typography.Text>
                  </Table.Summary.Cell>
                ))}
              </Table.Summary.Row>
            </Table.Summary>
          ) : null
        }
      />
    );
  };

  const sections = projectStatsSections(data?.total.outputs ?? []);

  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} extra={<ExportButton download={() => projectStatsApi.exportXlsx(query)} />} />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
        <DivisionTreeSelect
          value={query.divisionCode ?? null}
          placeholder={t('region')}
          onChange={(value) => setParams(withRegion(typeof value === 'string' ? value : null))}
          style={{ width: 280, maxWidth: '100%' }}
        />
      </Flex>
      {data && data.path.length > 0 ? (
        <Breadcrumb
          style={{ marginBottom: 12 }}
          items={data.path.map((place, index) => ({
            key: place.code || 'country',
            title: index === data.path.length - 1 ? place.name : <Link to={`?${withRegion(place.code).toString()}`}>{place.name}</Link>,
          }))}
        />
      ) : null}
      <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('placeNote')} />
      <Tabs
        items={sections.map((section) => ({
          key: section.key,
          label: text(section.label),
          children: table(section.columns, section.key === 'outputs' ? t('noOutputs') : t('empty')),
        }))}
      />
      <UnitStatsTable query={query} />
    </>
  );
}
