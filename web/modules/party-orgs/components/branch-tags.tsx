import { Tag } from 'antd';
import { branchStatuses, type BranchStatus } from '../../../../contracts/party-codes.ts';
import { useText } from '../../../platform/i18n.tsx';
import { usePartyOrgMessages } from '../party-orgs.messages.ts';

const statusColors: Record<BranchStatus, string> = { proposed: 'processing', active: 'success', refused: 'error', dissolved: 'default' };

export function BranchStatusTag({ status }: { status: BranchStatus }) {
  const text = useText();
  return <Tag color={statusColors[status]}>{text(branchStatuses.labels[status])}</Tag>;
}

/** 正式党员 / 预备党员 beside a name: only the first count toward the three a branch needs. */
export function PartyStatusTag({ status }: { status: 'formal' | 'probationary' | 'none' }) {
  const t = usePartyOrgMessages();
  const color = status === 'formal' ? 'red' : status === 'probationary' ? 'orange' : 'default';
  return <Tag color={color}>{t(`tb.party.${status}`)}</Tag>;
}
