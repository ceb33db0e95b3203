import { Tag } from 'antd';
import { disputeCategories, disputeStates, type DisputeCategory, type DisputeState } from '../../../../contracts/disputes.ts';
import { useText } from '../../../platform/i18n.tsx';
import { useDisputesMessages } from '../disputes.messages.ts';

const stateColors: Record<DisputeState, string> = { open: 'orange', mediating: 'blue', resolved: 'green', referred: 'purple' };

export function DisputeStateTag({ state }: { state: DisputeState }) {
  const text = useText();
  return <Tag color={stateColors[state]}>{text(disputeStates.labels[state])}</Tag>;
}

export function DisputeCategoryText({ category }: { category: DisputeCategory }) {
  const text = useText();
  return <>{text(disputeCategories.labels[category])}</>;
}

/** 43 年 for the forest-rights dispute; under a year said so rather than "0 年". */
export function DisputeAge({ years }: { years: number }) {
  const t = useDisputesMessages();
  return <>{years > 0 ? t('years', { years }) : t('lessThanYear')}</>;
}
