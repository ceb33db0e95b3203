import { Tag } from 'antd';
import { teamRoleLabels, teamStatusLabels, type TeamRoleCode, type TeamStatusCode } from '../../../contracts/teams.ts';
import { useText } from '../../platform/i18n.tsx';
import { useTeamMessages } from './teams.messages.ts';

export function TeamStatusTag({ status }: { status: TeamStatusCode }) {
  const text = useText();
  return <Tag color={status === 'active' ? 'green' : 'default'}>{text(teamStatusLabels[status])}</Tag>;
}

export function RoleText({ role }: { role: TeamRoleCode }) {
  const text = useText();
  return <>{text(teamRoleLabels[role])}</>;
}

/** "2024-03-01 至 2026-02-28", or "2024-03-01 起" while the end is open. */
export function TermText({ start, end }: { start: string; end: string | null }) {
  const t = useTeamMessages();
  return <>{end ? t('term.range', { start, end }) : t('term.open', { start })}</>;
}

export function LeadTag() {
  const t = useTeamMessages();
  return <Tag color="blue">{t('lead')}</Tag>;
}
