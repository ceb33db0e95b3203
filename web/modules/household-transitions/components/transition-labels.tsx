import { Space, Tag } from 'antd';
import { transitionKinds } from '../../../../contracts/household-codes.ts';
import { transitionStates, type TransitionState } from '../../../../contracts/household-transitions.ts';
import type { TransitionKind } from '../../../../contracts/household-codes.ts';
import { useText } from '../../../platform/i18n.tsx';
import { useTransitionMessages } from '../household-transitions.messages.ts';

const stateColors: Record<TransitionState, string> = {
  appraisal: 'processing',
  first_notice: 'processing',
  second_notice: 'processing',
  verifying: 'processing',
  township_review: 'processing',
  deciding: 'processing',
  returned: 'warning',
  approved: 'success',
  rejected: 'error',
  withdrawn: 'default',
};

/** The state, and beside it the flag of a monitoring clock run out. */
export function TransitionStateTag({ state, overdue }: { state: TransitionState; overdue: boolean }) {
  const text = useText();
  const t = useTransitionMessages();
  return (
    <Space size={4} wrap>
      <Tag color={stateColors[state]}>{text(transitionStates[state])}</Tag>
      {overdue ? (
        <Tag color="red" data-testid="transition-overdue">
          {t('clock.overdue')}
        </Tag>
      ) : null}
    </Space>
  );
}

export function TransitionKindText({ kind }: { kind: TransitionKind }) {
  const text = useText();
  return <>{text(transitionKinds.labels[kind])}</>;
}
