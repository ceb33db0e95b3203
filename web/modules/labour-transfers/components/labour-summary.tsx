import { Card, Col, Empty, List, Row, Statistic } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { labourApi, labourKey } from '../labour-transfers.api.ts';
import { useLabourMessages } from '../labour-transfers.messages.ts';

/** Who is away today in the region the list is filtered to, by province, with the average monthly income. */
export function LabourSummaryCard({ divisionCode }: { divisionCode: string | undefined }) {
  const t = useLabourMessages();
  const summary = useQuery({ queryKey: [labourKey, 'summary', divisionCode ?? ''], queryFn: () => labourApi.summary(divisionCode) });
  const s = summary.data;
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }} data-testid="labour-summary">
      <Col xs={24} md={10}>
        <Row gutter={[12, 12]}>
          <Col span={12}>
            <Card size="small" loading={summary.isPending}>
              <Statistic title={t('summary.current')} value={s?.current ?? 0} />
            </Card>
          </Col>
          <Col span={12}>
            <Card size="small" loading={summary.isPending}>
              <Statistic title={t('summary.organized')} value={s?.organized ?? 0} />
            </Card>
          </Col>
          <Col span={24}>
            <Card size="small" loading={summary.isPending}>
              <Statistic title={t('summary.average')} value={s?.averageMonthlyIncome ?? '—'} />
            </Card>
          </Col>
        </Row>
      </Col>
      <Col xs={24} md={14}>
        <Card size="small" title={t('summary.byProvince')} loading={summary.isPending}>
          {s && s.byProvince.length > 0 ? (
            <List
              size="small"
              dataSource={s.byProvince}
              renderItem={(row) => (
                <List.Item extra={row.averageMonthlyIncome === null ? null : t('summary.perMonth', { income: row.averageMonthlyIncome })}>
                  {t('summary.row', { province: row.province, people: row.people })}
                </List.Item>
              )}
            />
          ) : (
            <Empty description={t('summary.none')} />
          )}
        </Card>
      </Col>
    </Row>
  );
}
