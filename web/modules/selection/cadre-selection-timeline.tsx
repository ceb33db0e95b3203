import { Card, Empty, Skeleton, Space, Timeline, Typography } from 'antd';
import { Link } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { isRole, roleLabels } from '../../../contracts/roles.ts';
import { useLocale, useText } from '../../platform/i18n.tsx';
import { selectionApi, selectionKey } from './selection.api.ts';
import { useSelectionMessages } from './selection.messages.ts';
import { RoleText } from './components/selection-labels.tsx';

/**
 * A cadre's selection history for the cadre page: every nomination's steps (nominated, vetted,
 * trained, dispatched, recalled…) in one chronological line, with who acted and why.
 */
export function CadreSelectionTimeline({ cadreId }: { cadreId: string }) {
  const t = useSelectionMessages();
  const text = useText();
  const locale = useLocale();
  const query = useQuery({ queryKey: [selectionKey, 'timeline', cadreId], queryFn: () => selectionApi.timeline(cadreId) });
  const roleText = (role: string | null) => (role && isRole(role) ? text(roleLabels[role]) : '');
  return (
    <Card title={t('timeline.title')} size="small" data-testid="cadre-selection-timeline">
      {query.isPending ? <Skeleton active /> : null}
      {query.isError ? <Typography.Text type="secondary">{t('timeline.empty')}</Typography.Text> : null}
      {query.data && query.data.items.length === 0 ? <Empty description={t('timeline.empty')} /> : null}
      {query.data && query.data.items.length > 0 ? (
        <Timeline
          items={query.data.items.map((item) => ({
            key: `${item.nominationId}-${item.at}-${item.action}`,
            children: (
              <Space direction="vertical" size={0}>
                <Typography.Text strong>
                  <Link to={`/selection/nominations/${item.nominationId}`}>{item.actionLabel}</Link> → {item.stateLabel}
                </Typography.Text>
                <Typography.Text>
                  {[item.villageName ?? item.divisionCode, item.unitName].filter(Boolean).join(' · ')} · <RoleText role={item.role} />
                </Typography.Text>
                <Typography.Text type="secondary">
                  {[item.actorName, roleText(item.actorRole), new Date(item.at).toLocaleString(locale)].filter(Boolean).join(' · ')}
                </Typography.Text>
                {item.comment ? <Typography.Text>{item.comment}</Typography.Text> : null}
              </Space>
            ),
          }))}
        />
      ) : null}
    </Card>
  );
}
