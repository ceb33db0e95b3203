import { Tag } from 'antd';
import type { PresenceMonthlyItem } from '../../../../contracts/presence.ts';
import { usePresenceMessages } from '../presence.messages.ts';

/** Below the minimum or met; nothing when nothing was required yet (a month on leave, a month just begun). */
export function FigureStatusTag({ item }: { item: Pick<PresenceMonthlyItem, 'belowMinimum' | 'required'> }) {
  const t = usePresenceMessages();
  if (item.belowMinimum) return <Tag color="red">{t('figure.below')}</Tag>;
  if (item.required === 0) return null;
  return <Tag color="green">{t('figure.ok')}</Tag>;
}
