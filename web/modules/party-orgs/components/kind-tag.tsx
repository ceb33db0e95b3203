import { Tag } from 'antd';
import { partyOrgKindLabels, type PartyOrgKindCode } from '../../../../contracts/party-orgs.ts';
import { useText } from '../../../platform/i18n.tsx';

const kindColors: Record<PartyOrgKindCode, string> = { committee: 'red', general_branch: 'volcano', branch: 'orange', temporary_branch: 'gold' };

export function PartyOrgKindTag({ kind }: { kind: PartyOrgKindCode }) {
  const text = useText();
  return <Tag color={kindColors[kind]}>{text(partyOrgKindLabels[kind])}</Tag>;
}
