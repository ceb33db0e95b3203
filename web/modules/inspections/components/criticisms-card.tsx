import { Card, Empty, List, Space, Typography } from 'antd';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useSession } from '../../../platform/session.tsx';
import { inspectionsApi, inspectionsKey } from '../inspections.api.ts';
import { useInspectionMessages } from '../inspections.messages.ts';
import { RectificationStateTag } from './inspection-labels.tsx';

type Subject = { cadreId: string } | { teamId: string };

/** Notices of criticism and the orders still open, for a cadre's or a team's page. */
function CriticismsCard({ subject }: { subject: Subject }) {
  const t = useInspectionMessages();
  const { can } = useSession();
  const allowed = can('inspections.read');
  const criticisms = useQuery({
    queryKey: [inspectionsKey, 'card', 'criticisms', subject],
    queryFn: () => inspectionsApi.criticisms({ ...subject, pageSize: 50 }),
    enabled: allowed,
  });
  const orders = useQuery({
    queryKey: [inspectionsKey, 'card', 'rectifications', subject],
    queryFn: () => inspectionsApi.rectifications({ ...subject, pageSize: 50, sort: 'deadline' }),
    enabled: allowed,
  });
  if (!allowed) return null;
  const year = new Date().getFullYear();
  const thisYear = (criticisms.data?.items ?? []).filter((c) => c.year === year).length;
  const open = (orders.data?.items ?? []).filter((o) => o.state === 'open' || o.state === 'answered');

  return (
    <Card size="small" title={t('card.criticisms')} loading={criticisms.isPending || orders.isPending} data-testid="criticisms-card">
      <Space direction="vertical" style={{ width: '100%' }}>
        <Typography.Text strong>{t('card.count', { year, count: thisYear })}</Typography.Text>
        {criticisms.data && criticisms.data.items.length > 0 ? (
          <List
            size="small"
            dataSource={criticisms.data.items}
            renderItem={(c) => (
              <List.Item key={c.id}>
                <Space direction="vertical" size={0}>
                  <Typography.Text type="secondary">
                    {c.issuedOn} · {c.cadreName}
                  </Typography.Text>
                  <Link to={`/inspections/rectifications/${c.rectificationId}`}>{c.content}</Link>
                </Space>
              </List.Item>
            )}
          />
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('card.noCriticisms')} />
        )}
        <Typography.Text strong>{t('card.openOrders')}</Typography.Text>
        {open.length > 0 ? (
          <List
            size="small"
            dataSource={open}
            renderItem={(o) => (
              <List.Item key={o.id}>
                <Link to={`/inspections/rectifications/${o.id}`}>
                  {o.cadreName} · {t('column.deadline')} {o.deadline}
                </Link>
                <RectificationStateTag state={o.state} overdue={o.overdue} />
              </List.Item>
            )}
          />
        ) : (
          <Typography.Text type="secondary">{t('card.noOpenOrders')}</Typography.Text>
        )}
      </Space>
    </Card>
  );
}

export function CadreCriticismsCard({ cadreId }: { cadreId: string }) {
  return <CriticismsCard subject={{ cadreId }} />;
}

export function TeamCriticismsCard({ teamId }: { teamId: string }) {
  return <CriticismsCard subject={{ teamId }} />;
}
