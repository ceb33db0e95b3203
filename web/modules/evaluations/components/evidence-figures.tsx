import { Typography } from 'antd';
import { useEvaluationMessages } from '../evaluations.messages.ts';

const known = ['days', 'target', 'visited', 'households', 'percent', 'diaries', 'onTime', 'meetings', 'notReportedBack', 'absences', 'criticisms', 'deductPer', 'ratings', 'satisfied', 'fairlySatisfied', 'dissatisfied', 'minimum'] as const;
type Known = (typeof known)[number];
const isKnown = (name: string): name is Known => (known as readonly string[]).includes(name);

/** The figures a score rests on, named in the page's language. */
export function EvidenceFigures({ figures }: { figures: Record<string, number | string> }) {
  const t = useEvaluationMessages();
  const entries = Object.entries(figures);
  if (entries.length === 0) return null;
  return <Typography.Text type="secondary">{entries.map(([name, value]) => `${isKnown(name) ? t(`figure.${name}`) : name} ${value}`).join('，')}</Typography.Text>;
}
