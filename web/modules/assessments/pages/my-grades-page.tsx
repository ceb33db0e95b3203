import { Empty, Skeleton, Table, Tag, type TableColumnsType } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { assessmentCategories, grades, type MyGrade } from '../../../../contracts/assessments.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useText } from '../../../platform/i18n.tsx';
import { assessmentApi, assessmentKey } from '../assessments.api.ts';
import { useAssessmentMessages } from '../assessments.messages.ts';

/** /my-assessments: a cadre's own year-end grades, shown once the county has confirmed them. */
export function MyGradesPage() {
  const t = useAssessmentMessages();
  const text = useText();
  const query = useQuery({ queryKey: [assessmentKey, 'mine'], queryFn: () => assessmentApi.mine() });
  if (query.isError) return <LoadFailedResult error={query.error} onRetry={() => void query.refetch()} />;
  if (!query.data) return <Skeleton active />;
  const columns: TableColumnsType<MyGrade> = [
    { key: 'year', title: t('column.year'), dataIndex: 'year' },
    { key: 'county', title: t('column.county'), dataIndex: 'countyName' },
    { key: 'team', title: t('grade.team'), dataIndex: 'teamName' },
    { key: 'category', title: t('detail.category'), render: (_: unknown, g) => text(assessmentCategories.labels[g.category]) },
    { key: 'average', title: t('grade.average'), render: (_: unknown, g) => g.basis.average ?? '—' },
    { key: 'grade', title: t('grade.decided'), render: (_: unknown, g) => <Tag>{text(grades.labels[g.grade])}</Tag> },
  ];
  return (
    <>
      <PageHeader title={t('mine.title')} />
      <Table<MyGrade> rowKey="id" dataSource={query.data.items} columns={columns} pagination={false} locale={{ emptyText: <Empty description={t('mine.empty')} /> }} />
    </>
  );
}
