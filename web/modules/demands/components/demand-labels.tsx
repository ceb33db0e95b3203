import { Tag } from 'antd';
import { demandCategories, demandStates, type DemandCategory, type DemandState } from '../../../../contracts/demands.ts';
import { useText } from '../../../platform/i18n.tsx';
import { useDemandsMessages } from '../demands.messages.ts';

const stateColors: Record<DemandState, string> = { open: 'orange', assigned: 'blue', solved: 'green', closed: 'default' };

export function DemandStateTag({ state, overdue }: { state: DemandState; overdue: boolean }) {
  const t = useDemandsMessages();
  const text = useText();
  return (
    <>
      <Tag color={stateColors[state]}>{text(demandStates.labels[state])}</Tag>
      {overdue ? <Tag color="red">{t('overdue')}</Tag> : null}
    </>
  );
}

export function DemandCategoryText({ category }: { category: DemandCategory }) {
  const text = useText();
  return <>{text(demandCategories.labels[category])}</>;
}
