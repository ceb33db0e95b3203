import { Typography } from 'antd';
import type { RatingSummary } from '../../../../contracts/mass-ratings.ts';
import { useRatingMessages } from '../mass-ratings.messages.ts';

/** The breakdown once the minimum is reached; below it only why nothing is shown. */
export function SummaryText({ summary, minCount }: { summary: RatingSummary; minCount: number }) {
  const t = useRatingMessages();
  if (!summary.shown) return <Typography.Text type="secondary">{t('summary.hidden', { min: minCount })}</Typography.Text>;
  return (
    <Typography.Text>
      {t('summary.line', {
        satisfied: summary.satisfied ?? 0,
        fairlySatisfied: summary.fairlySatisfied ?? 0,
        dissatisfied: summary.dissatisfied ?? 0,
        keep: summary.keep ?? 0,
        adjust: summary.adjust ?? 0,
      })}
    </Typography.Text>
  );
}
