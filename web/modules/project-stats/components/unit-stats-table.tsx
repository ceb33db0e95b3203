import { Card, Table, Typography, type TableColumnsType } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { ProjectStatsQuery, ProjectUnitStatsRow } from '../../../../contracts/project-stats.ts';
import { ExportButton } from '../../../components/export-button.tsx';
import { useText } from '../../../platform/i18n.tsx';
import { projectStatsApi, projectStatsKey } from '../project-stats.api.ts';
import { useProjectStatsMessages } from '../project-stats.messages.ts';
import { formatAmount, outputColumnsOf, outputLabel } from '../project-stats.view.ts';

const counts = ['projects', 'villages', 'categories'] as const;
const amounts = ['budget', 'approvedBudget', 'unitFunds', 'allocated', 'paid'] as const;
const people = ['beneficiaryHouseholds', 'beneficiaryPersons'] as const;

/** The region's projects by backing unit (a unit's own account: its unit alone), with its own export. */
export function UnitStatsTable({ query }: { query: ProjectStatsQuery }) {
  const t = useProjectStatsMessages();
  const text = useText();
  const units = useQuery({ queryKey: [projectStatsKey, 'units', query], queryFn: () => projectStatsApi.units(query), placeholderData: (previous) => previous });
  const rows = units.data?.rows ?? [];
  const outputs = outputColumnsOf(rows);

  const right = { align: 'right' as const };
  const columns: TableColumnsType<ProjectUnitStatsRow> = [
    { key: 'name', title: t('unitColumn'), dataIndex: 'name', fixed: 'left' },
    ...counts.map((key) => ({ key, title: t(`unit.${key}`), ...right, render: (_: unknown, row: ProjectUnitStatsRow) => row[key] })),
    ...amounts.map((key) => ({ key, title: t(`unit.${key}`), ...right, render: (_: unknown, row: ProjectUnitStatsRow) => formatAmount('money', row[key]) })),
    ...people.map((key) => ({ key, title: t(`unit.${key}`), ...right, render: (_: unknown, row: ProjectUnitStatsRow) => row[key] })),
    ...outputs.map((o) => ({
      key: `output:${o.kind}:${o.unit}`,
      title: t('outputDone', { name: text(outputLabel(o)) }),
      ...right,
      render: (_: unknown, row: ProjectUnitStatsRow) => formatAmount('quantity', row.outputs.find((x) => x.kind === o.kind && x.unit === o.unit)?.actual ?? '0.00'),
    })),
  ];

  return (
    <Card
      title={t('unitsTitle')}
      extra={<ExportButton download={() => projectStatsApi.exportUnitsXlsx(query)}>{t('exportUnits')}</ExportButton>}
      style={{ marginTop: 16 }}
    >
      <Typography.Paragraph type="secondary">{t('unitsNote')}</Typography.Paragraph>
      <Table<ProjectUnitStatsRow>
        rowKey="unitId"
        columns={columns}
        dataSource={rows}
        loading={units.isFetching}
        pagination={false}
        size="middle"
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('unitsEmpty') }}
      />
    </Card>
  );
}
