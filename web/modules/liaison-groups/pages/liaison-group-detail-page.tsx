import { useState } from 'react';
import { Button, Card, Descriptions, Empty, Flex, Modal, Skeleton, Table, Tag, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { liaisonGroupKinds, liaisonPlatforms, liaisonRoles, type LiaisonMemberView } from '../../../../contracts/liaison-groups.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { RecordActions } from '../../../components/record-actions.tsx';
import { useText } from '../../../platform/i18n.tsx';
import { liaisonGroupApi, liaisonGroupKey } from '../liaison-groups.api.ts';
import { useLiaisonGroupMessages } from '../liaison-groups.messages.ts';
import { StatusTag } from '../liaison-groups.view.tsx';
import { LiaisonGroupForm } from '../components/liaison-group-form.tsx';

const roleColors = { leader: 'red', deputy: 'orange', member: 'default' } as const;

/** One liaison group: its facts and status, the meeting that set it up and its member teams with their contacts. */
export function LiaisonGroupDetailPage() {
  const { id = '' } = useParams<{ id: string }>();
  const t = useLiaisonGroupMessages();
  const text = useText();
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const detail = useQuery({ queryKey: [liaisonGroupKey, 'detail', id], queryFn: () => liaisonGroupApi.get(id) });
  if (detail.isError) return <LoadFailedResult error={detail.error} onRetry={() => void detail.refetch()} />;
  const group = detail.data;
  if (!group) return <Skeleton active />;

  return (
    <>
      <PageHeader
        title={group.name}
        back={<Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('detail.back')} onClick={() => navigate('/liaison-groups')} />}
        extra={
          <RecordActions
            abilities={group.abilities}
            onEdit={() => setEditing(true)}
            remove={() => liaisonGroupApi.remove(id)}
            queryKey={liaisonGroupKey}
            listPath="/liaison-groups"
            deleteConfirm={t('detail.deleteConfirm')}
            testIdPrefix="liaison"
          />
        }
      />
      <Flex vertical gap={16}>
        <Card size="small" title={t('detail.facts')}>
          <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
            <Descriptions.Item label={t('form.kind')}>{text(liaisonGroupKinds.labels[group.kind])}</Descriptions.Item>
            <Descriptions.Item label={t('column.status')}>
              <StatusTag dissolvedOn={group.dissolvedOn} />
            </Descriptions.Item>
            {group.platform ? <Descriptions.Item label={t('form.platform')}>{text(liaisonPlatforms.labels[group.platform])}</Descriptions.Item> : null}
            <Descriptions.Item label={t('form.region')}>{group.regionName ?? group.divisionCode}</Descriptions.Item>
            <Descriptions.Item label={t('form.establishedOn')}>{group.establishedOn}</Descriptions.Item>
            <Descriptions.Item label={t('form.dissolvedOn')}>{group.dissolvedOn ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('form.meeting')}>
              {group.meeting ? (
                <Link to={`/meetings/${group.meeting.id}`} data-testid="liaison-meeting">
                  {group.meeting.heldOn} {group.meeting.title}
                </Link>
              ) : (
                t('detail.noMeeting')
              )}
            </Descriptions.Item>
            <Descriptions.Item label={t('form.purpose')} span="filled">
              <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{group.purpose ?? '—'}</Typography.Text>
            </Descriptions.Item>
          </Descriptions>
        </Card>
        <Card size="small" title={t('form.members')}>
          <Table<LiaisonMemberView>
            rowKey="teamId"
            size="small"
            pagination={false}
            dataSource={group.members}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: <Empty description={t('detail.membersEmpty')} /> }}
            columns={[
              { key: 'team', title: t('form.team'), dataIndex: 'teamName' },
              { key: 'village', title: t('detail.village'), render: (_: unknown, m) => m.villageName ?? m.divisionCode },
              { key: 'role', title: t('form.role'), render: (_: unknown, m) => <Tag color={roleColors[m.role]}>{text(liaisonRoles.labels[m.role])}</Tag> },
              { key: 'contact', title: t('form.contact'), render: (_: unknown, m) => m.contactName ?? '—' },
            ]}
          />
        </Card>
      </Flex>
      <Modal title={t('form.editTitle')} open={editing} footer={null} onCancel={() => setEditing(false)} destroyOnHidden width={860}>
        <LiaisonGroupForm group={group} onSaved={() => setEditing(false)} onCancel={() => setEditing(false)} />
      </Modal>
    </>
  );
}
