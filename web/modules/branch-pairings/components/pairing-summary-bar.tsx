import { Card, Flex, Statistic, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { pairingActivityKinds, redFlagSteps } from '../../../../contracts/branch-pairings.ts';
import { useText } from '../../../platform/i18n.tsx';
import { pairingApi, pairingKey } from '../branch-pairings.api.ts';
import { usePairingMessages } from '../branch-pairings.messages.ts';
import { moneyText } from '../branch-pairings.view.ts';

/** The figures over the list: pairings, activities by kind, money spent and how far the 红旗 creation has come. */
export function PairingSummaryBar({ divisionCode }: { divisionCode?: string }) {
  const t = usePairingMessages();
  const text = useText();
  const summary = useQuery({ queryKey: [pairingKey, 'summary', divisionCode ?? ''], queryFn: () => pairingApi.summary({ divisionCode }) });
  const data = summary.data;
  if (!data) return null;
  const activityTotal = data.activities.reduce((sum, a) => sum + a.count, 0);
  return (
    <Card size="small" style={{ marginBottom: 16 }} data-testid="pairing-summary">
      <Flex gap={32} wrap align="flex-start">
        <Statistic title={t('summary.pairs')} value={data.pairs} suffix={<small>{`（${t('summary.active')} ${data.active}）`}</small>} />
        <Statistic title={t('summary.activities')} value={activityTotal} />
        <Statistic title={t('summary.amount')} value={moneyText(data.amount)} />
        <Flex vertical gap={4}>
          <span>{t('summary.activities')}</span>
          <Flex gap={4} wrap>
            {data.activities
              .filter((a) => a.count > 0)
              .map((a) => (
                <Tag key={a.kind}>{`${text(pairingActivityKinds.labels[a.kind])} ${a.count}`}</Tag>
              ))}
          </Flex>
        </Flex>
        <Flex vertical gap={4}>
          <span>{t('summary.redFlag')}</span>
          <Flex gap={4} wrap>
            {data.redFlag.map((s) => (
              <Tag key={s.step} color={s.count > 0 ? 'red' : undefined}>{`${text(redFlagSteps.labels[s.step])} ${s.count}`}</Tag>
            ))}
          </Flex>
        </Flex>
      </Flex>
    </Card>
  );
}
