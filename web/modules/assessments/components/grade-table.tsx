import { Button, Table, Tag, Tooltip, type TableColumnsType, type TablePaginationConfig } from 'antd';
import { assessmentCategories, grades, type Grade, type GradeView } from '../../../../contracts/assessments.ts';
import { useText } from '../../../platform/i18n.tsx';
import { useAssessmentMessages } from '../assessments.messages.ts';

const gradeColor: Record<Grade, string> = { excellent: 'gold', competent: 'green', basically_competent: 'orange', incompetent: 'red' };

type Props = { items: GradeView[]; loading: boolean; pagination: TablePaginationConfig; mayChange: boolean; onChange: (g: GradeView) => void };

export function GradeTable({ items, loading, pagination, mayChange, onChange }: Props) {
  const t = useAssessmentMessages();
  const text = useText();
  const gradeTag = (g: Grade) => <Tag color={gradeColor[g]}>{text(grades.labels[g])}</Tag>;
  const columns: TableColumnsType<GradeView> = [
    { key: 'category', title: t('detail.category'), render: (_: unknown, g) => text(assessmentCategories.labels[g.category]) },
    { key: 'subject', title: t('grade.subject'), render: (_: unknown, g) => g.cadreName ?? g.teamName },
    { key: 'team', title: t('grade.team'), dataIndex: 'teamName', responsive: ['md'] },
    { key: 'village', title: t('grade.village'), dataIndex: 'villageName', responsive: ['lg'] },
    { key: 'quarters', title: t('grade.quarters'), render: (_: unknown, g) => g.basis.quarterTotals.map((q) => (q === null ? '—' : q)).join(' / ') },
    { key: 'average', title: t('grade.average'), align: 'right', render: (_: unknown, g) => g.basis.average ?? '—' },
    { key: 'commitments', title: t('grade.commitments'), align: 'right', render: (_: unknown, g) => `${g.basis.commitmentsKept}/${g.basis.commitmentsDue}` },
    { key: 'criticisms', title: t('grade.criticisms'), align: 'right', render: (_: unknown, g) => g.basis.criticisms },
    { key: 'findings', title: t('grade.findings'), align: 'right', render: (_: unknown, g) => g.basis.findings },
    {
      key: 'proposed',
      title: t('grade.proposed'),
      render: (_: unknown, g) =>
        g.basis.cappedByTeam ? <Tooltip title={t('grade.capped', { grade: text(grades.labels[g.basis.cappedByTeam]) })}>{gradeTag(g.proposedGrade)}</Tooltip> : gradeTag(g.proposedGrade),
    },
    { key: 'grade', title: t('grade.decided'), render: (_: unknown, g) => gradeTag(g.grade) },
    { key: 'reason', title: t('grade.reason'), dataIndex: 'reason', responsive: ['lg'] },
    ...(mayChange
      ? [{ key: 'actions', title: '', render: (_: unknown, g: GradeView) => <Button size="small" onClick={() => onChange(g)} data-testid="grade-change">{t('grade.change')}</Button> }]
      : []),
  ];
  return <Table<GradeView> rowKey="id" dataSource={items} loading={loading} columns={columns} pagination={pagination} size="small" scroll={{ x: 'max-content' }} />;
}
