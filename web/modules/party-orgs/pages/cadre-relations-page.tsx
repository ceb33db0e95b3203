import { Button, Card, Empty, Flex, List, Skeleton, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { partyRoleLabels, type MembershipView } from '../../../../contracts/party-orgs.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useText } from '../../../platform/i18n.tsx';
import { PartyOrgKindTag } from '../components/kind-tag.tsx';
import { partyOrgsApi, partyOrgsKey } from '../party-orgs.api.ts';
import { usePartyOrgMessages } from '../party-orgs.messages.ts';

function MembershipItem({ membership }: { membership: MembershipView }) {
  const text = useText();
  return (
    <List.Item extra={<PartyOrgKindTag kind={membership.partyOrgKind} />}>
      <List.Item.Meta
        title={<Link to={`/party-orgs/${membership.partyOrgId}`}>{membership.partyOrgName}</Link>}
        description={[text(partyRoleLabels[membership.role]), membership.joinedOn, membership.leftOn ? `→ ${membership.leftOn}` : null].filter(Boolean).join(' · ')}
      />
    </List.Item>
  );
}

/** A party member's one formal organization relation and every temporary branch he is in, side by side [004]. */
export function CadreRelationsPage() {
  const { cadreId } = useParams<{ cadreId: string }>();
  const t = usePartyOrgMessages();
  const navigate = useNavigate();
  const relations = useQuery({ queryKey: [partyOrgsKey, 'relations', cadreId], queryFn: () => partyOrgsApi.cadreMemberships(cadreId!) });

  if (relations.isError) return <LoadFailedResult error={relations.error} onRetry={() => void relations.refetch()} />;
  const data = relations.data;
  if (!data) return <Skeleton active />;
  const back = <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('detail.back')} onClick={() => navigate(-1)} />;

  return (
    <>
      <PageHeader title={t('relations.title', { name: data.cadre.name })} subtitle={data.cadre.idNumber} back={back} />
      <Flex vertical gap={16}>
        <Card title={t('relations.formal')} size="small">
          {data.formal ? (
            <List dataSource={[data.formal]} renderItem={(m) => <MembershipItem membership={m} />} />
          ) : (
            <Typography.Text type="secondary">{t('relations.noFormal')}</Typography.Text>
          )}
        </Card>
        <Card title={t('relations.temporary')} size="small">
          {data.temporary.length > 0 ? (
            <List dataSource={data.temporary} renderItem={(m) => <MembershipItem membership={m} />} />
          ) : (
            <Typography.Text type="secondary">{t('relations.noTemporary')}</Typography.Text>
          )}
        </Card>
        {data.ended.length > 0 ? (
          <Card title={t('relations.ended')} size="small">
            <List dataSource={data.ended} renderItem={(m) => <MembershipItem membership={m} />} />
          </Card>
        ) : null}
        {!data.formal && data.temporary.length === 0 && data.ended.length === 0 ? <Empty /> : null}
      </Flex>
    </>
  );
}
