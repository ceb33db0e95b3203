import { Card, Empty, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { demandActionLabels, type DemandHistoryEntry } from '../../../../contracts/demands.ts';
import { useText } from '../../../platform/i18n.tsx';
import { useDemandsMessages } from '../demands.messages.ts';

/** Who raised, assigned, solved or closed the demand, and when, from its audit trail. */
export function DemandHistory({ history }: { history: DemandHistoryEntry[] }) {
  const t = useDemandsMessages();
  const text = useText();
  return (
    <Card title={t('detail.history')} size="small">
      {history.length === 0 ? (
        <Empty description={t('detail.noHistory')} />
      ) : (
        <Timeline
          data-testid="demand-history"
          items={history.map((entry) => ({
            key: `${entry.action}:${entry.at}`,
            color: entry.action === 'close' ? 'gray' : entry.action === 'solve' ? 'green' : 'blue',
            content: (
              <>
                <Typography.Text strong>{text(demandActionLabels[entry.action])}</Typography.Text>
                <Typography.Text type="secondary">
                  {' '}
                  {entry.actorName ?? ''} · {dayjs(entry.at).format('YYYY-MM-DD HH:mm')}
                </Typography.Text>
                {entry.cadreName ? (
                  <div>
                    {t('assign.cadre')}：{entry.cadreName}
                    {entry.dueOn ? `，${t('assign.dueOn')} ${entry.dueOn}` : ''}
                  </div>
                ) : null}
                {entry.date ? <div>{entry.date}</div> : null}
                {entry.text ? <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{entry.text}</Typography.Paragraph> : null}
              </>
            ),
          }))}
        />
      )}
    </Card>
  );
}
