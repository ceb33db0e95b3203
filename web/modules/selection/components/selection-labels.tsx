import { Tag } from 'antd';
import { nominationStateLabels, slotStatusLabels, type NominationStateCode, type SlotStatusCode } from '../../../../contracts/selection.ts';
import { teamRoleLabels, type TeamRoleCode } from '../../../../contracts/teams.ts';
import { useText } from '../../../platform/i18n.tsx';

const slotColors: Record<SlotStatusCode, string> = { open: 'orange', nominated: 'processing', filled: 'success', closed: 'default' };
const stateColors: Record<NominationStateCode, string> = {
  nominated: 'processing',
  approved: 'cyan',
  rejected: 'error',
  training: 'purple',
  dispatched: 'success',
  in_post: 'success',
  recalled: 'volcano',
  ended: 'default',
  withdrawn: 'default',
};

export function SlotStatusTag({ status }: { status: SlotStatusCode }) {
  const text = useText();
  return <Tag color={slotColors[status]}>{text(slotStatusLabels[status])}</Tag>;
}

export function NominationStateTag({ state }: { state: NominationStateCode }) {
  const text = useText();
  return <Tag color={stateColors[state]}>{text(nominationStateLabels[state])}</Tag>;
}

export function RoleText({ role }: { role: TeamRoleCode }) {
  const text = useText();
  return <>{text(teamRoleLabels[role])}</>;
}
