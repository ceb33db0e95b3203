import { useState } from 'react';
import { Button, Card, Descriptions, Empty, Flex, List, Skeleton } from 'antd';
import { ArrowLeftOutlined, EditOutlined, UserAddOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { AddMemberDialog } from '../components/add-member-dialog.tsx';
import { PartyOrgKindTag } from '../components/kind-tag.tsx';
import { MemberTable } from '../components/member-table.tsx';
import { partyOrgsApi, partyOrgsKey } from '../party-orgs.api.ts';
import { usePartyOrgMessages } from '../party-orgs.messages.ts';

/** One organization: where it sits in the tree, its sub-organizations and its member roll. */
export function PartyOrgDetailPage() {
  const { id } = useParams<{ id: string }>();
  const t = usePartyOrgMessages();
  const navigate = useNavigate();
  const [adding, setAdding] = useState(false);
  const detail = useQuery({ queryKey: [partyOrgsKey, 'detail', id], queryFn: () => partyOrgsApi.get(id!) });
  const org = detail.data;
  const children = useQuery({
    queryKey: [partyOrgsKey, 'children', id],
    queryFn: () => partyOrgsApi.list({ parent: id!, pageSize: 200 }),
    enabled: Boolean(org && org.childCount > 0),
  });

  if (detail.isError) return <LoadFailedResult error={detail.error} onRetry={() => void detail.refetch()} />;
  const back = <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('detail.back')} onClick={() => navigate('/party-orgs')} />;
  if (!org) return <Skeleton active />;

  return (
    <>
      <PageHeader
        title={org.name}
        subtitle={<PartyOrgKindTag kind={org.kind} />}
        back={back}
        extra={
          <>
            {org.abilities.update ? (
              <Button icon={<EditOutlined />} onClick={() => navigate(`/party-orgs/${org.id}/edit`)}>
                {t('action.edit')}
              </Button>
            ) : null}
            {org.abilities.manageMembers ? (
              <Button type="primary" icon={<UserAddOutlined />} onClick={() => setAdding(true)}>
                {t('detail.addMember')}
              </Button>
            ) : null}
          </>
        }
      />
      <Flex vertical gap={16}>
        <Card>
          <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
            <Descriptions.Item label={t('column.parent')}>
              {org.parentId ? <Link to={`/party-orgs/${org.parentId}`}>{org.parentName}</Link> : t('detail.none')}
            </Descriptions.Item>
            <Descriptions.Item label={t('column.division')}>{org.divisionName ?? org.divisionCode}</Descriptions.Item>
            <Descriptions.Item label={t('column.unit')}>{org.unitName ?? t('detail.none')}</Descriptions.Item>
            <Descriptions.Item label={t('detail.established')}>{org.establishedOn ?? t('detail.none')}</Descriptions.Item>
            <Descriptions.Item label={t('column.members')}>{org.memberCount}</Descriptions.Item>
            <Descriptions.Item label={t('detail.note')}>{org.note ?? t('detail.none')}</Descriptions.Item>
            {org.kind === 'temporary_branch' ? (
              <Descriptions.Item label={t('tb.detail.approval')}>
                <Link to={`/temporary-branches/${org.id}`}>{t('tb.detail.open')}</Link>
              </Descriptions.Item>
            ) : null}
          </Descriptions>
        </Card>
        {org.childCount > 0 ? (
          <Card title={t('detail.children')} size="small">
            <List
              loading={children.isPending}
              dataSource={children.data?.items ?? []}
              renderItem={(child) => (
                <List.Item extra={<PartyOrgKindTag kind={child.kind} />}>
                  <Link to={`/party-orgs/${child.id}`}>{child.name}</Link>
                </List.Item>
              )}
            />
          </Card>
        ) : null}
        <Card title={t('detail.members')} size="small">
          {org.members.length > 0 ? <MemberTable org={org} /> : <Empty description={t('detail.noMembers')} image={Empty.PRESENTED_IMAGE_SIMPLE} />}
        </Card>
      </Flex>
      {org.abilities.manageMembers ? <AddMemberDialog org={org} open={adding} onClose={() => setAdding(false)} /> : null}
    </>
  );
}
