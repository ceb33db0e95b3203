import { Card, Col, Progress, Row, Typography } from 'antd';
import { sixOnesItems, type SixOnesItemView } from '../../../../contracts/org-life.ts';
import { useText } from '../../../platform/i18n.tsx';
import { useOrgLifeMessages } from '../org-life.messages.ts';

/** The six items, each with done/required, a bar and what is missing. */
export function SixOnesCards({ items }: { items: SixOnesItemView[] }) {
  const t = useOrgLifeMessages();
  const text = useText();
  return (
    <Row gutter={[16, 16]}>
      {items.map((i) => (
        <Col key={i.item} xs={24} md={12} xl={8}>
          <Card title={text(sixOnesItems.labels[i.item])} data-testid={`six-ones-${i.item}`} size="small">
            <Typography.Title level={3} style={{ margin: 0 }} data-testid={`six-ones-${i.item}-done`}>
              {t('six.done', { done: i.done, required: i.required })}
            </Typography.Title>
            <Progress percent={i.percent} status={i.ok ? 'success' : 'active'} />
            <Typography.Paragraph type={i.ok ? 'success' : 'warning'} ellipsis={{ rows: 3, expandable: true }} style={{ marginBottom: 0 }}>
              {i.missing.length === 0 ? t('six.complete') : t('six.missing', { list: i.missing.join('、') })}
            </Typography.Paragraph>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
