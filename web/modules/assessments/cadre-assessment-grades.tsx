import { Card, Empty, List, Skeleton, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { assessmentCategories, grades } from '../../../contracts/assessments.ts';
import { useText } from '../../platform/i18n.tsx';
import { assessmentApi, assessmentKey } from './assessments.api.ts';
import { useAssessmentMessages } from './assessments.messages.ts';

/** A cadre's confirmed year-end grades, for the cadre page beside his selection history. */
export function CadreAssessmentGrades({ cadreId }: { cadreId: string }) {
  const t = useAssessmentMessages();
  const text = useText();
  const query = useQuery({ queryKey: [assessmentKey, 'cadre', cadreId], queryFn: () => assessmentApi.ofCadre(cadreId) });
  return (
    <Card title={t('cadre.title')} size="small" data-testid="cadre-assessment-grades">
      {query.isPending ? <Skeleton active /> : null}
      {query.data && query.data.items.length === 0 ? <Empty description={t('mine.empty')} /> : null}
      {query.data && query.data.items.length > 0 ? (
        <List
          size="small"
          dataSource={query.data.items}
          renderItem={(g) => (
            <List.Item key={g.id}>
              {g.year} · {g.countyName} · {text(assessmentCategories.labels[g.category])} · <Tag>{text(grades.labels[g.grade])}</Tag>
            </List.Item>
          )}
        />
      ) : null}
    </Card>
  );
}
