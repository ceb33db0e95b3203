import { Card, Col, Empty, List, Row, Statistic, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { trainingsApi, trainingsKey } from '../trainings.api.ts';
import { useTrainingMessages } from '../trainings.messages.ts';
import { LevelText, StageTag } from '../labels.tsx';

/** A cadre's sessions and hours (this year and in all), for the cadre's page. */
export function CadreTrainingCard({ cadreId }: { cadreId: string }) {
  const t = useTrainingMessages();
  const query = useQuery({ queryKey: [trainingsKey, 'cadre', cadreId], queryFn: () => trainingsApi.ofCadre(cadreId) });
  const data = query.data;
  return (
    <Card title={t('cadreCard.title')} loading={query.isPending} style={{ marginBottom: 16 }}>
      {query.isError ? (
        <LoadFailedResult error={query.error} onRetry={() => void query.refetch()} />
      ) : data ? (
        <>
          <Row gutter={16} style={{ marginBottom: 12 }}>
            <Col span={8}>
              <Statistic title={t('cadreCard.yearHours', { year: data.year })} value={data.yearHours} />
            </Col>
            <Col span={8}>
              <Statistic title={t('cadreCard.totalHours')} value={data.totalHours} />
            </Col>
            <Col span={8}>
              <Statistic title={t('cadreCard.sessions')} value={data.sessions.filter((s) => s.attended).length} />
            </Col>
          </Row>
          {data.sessions.length === 0 ? (
            <Empty description={t('cadreCard.empty')} />
          ) : (
            <List
              size="small"
              dataSource={data.sessions}
              renderItem={(s) => (
                <List.Item extra={<Typography.Text type="secondary">{`${s.hours} ${t('column.hours')}`}</Typography.Text>}>
                  <List.Item.Meta
                    title={
                      <>
                        <Link to={`/trainings/${s.id}`}>{s.topic}</Link> <StageTag stage={s.stage} />
                        {s.attended ? null : <Tag color="red">{t('attendee.absent')}</Tag>}
                      </>
                    }
                    description={
                      <>
                        {s.heldOn} · <LevelText level={s.level} />
                        {s.place ? ` · ${s.place}` : ''}
                      </>
                    }
                  />
                </List.Item>
              )}
            />
          )}
        </>
      ) : null}
    </Card>
  );
}
