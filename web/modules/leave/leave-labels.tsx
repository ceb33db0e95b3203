import { Space, Tag } from 'antd';
import { leaveStateLabels, leaveTypeLabels, type LeaveStateCode, type LeaveTypeCode } from '../../../contracts/leave.ts';
import { isRole, roleLabels } from '../../../contracts/roles.ts';
import { useText } from '../../platform/i18n.tsx';
import { useLeaveMessages } from './leave.messages.ts';

const stateColors: Record<LeaveStateCode, string> = {
  pending: 'processing',
  returned: 'warning',
  approved: 'success',
  rejected: 'error',
  withdrawn: 'default',
  reported_back: 'default',
};

/** The state, and beside it the flag of a leave not reported back after its end. */
export function LeaveStateTag({ state, overdue }: { state: LeaveStateCode; overdue: boolean }) {
  const text = useText();
  const t = useLeaveMessages();
  return (
    <Space size={4} wrap>
      <Tag color={stateColors[state]}>{text(leaveStateLabels[state])}</Tag>
      {overdue ? (
        <Tag color="red" data-testid="leave-overdue">
          {t('overdue')}
        </Tag>
      ) : null}
    </Space>
  );
}

export function LeaveTypeText({ type }: { type: LeaveTypeCode }) {
  const text = useText();
  return <>{text(leaveTypeLabels[type])}</>;
}

export function ApproverText({ role }: { role: string }) {
  const text = useText();
  return <>{isRole(role) ? text(roleLabels[role]) : role}</>;
}
