import { useState } from 'react';
import { Button, Card, Collapse, Descriptions, Empty, Flex, Skeleton, Space, Table, Tag, type TableColumnsType } from 'antd';
import { ArrowLeftOutlined, EditOutlined, StopOutlined, UserAddOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import type { TeamMemberView, TeamView } from '../../../../contracts/teams.ts';
import { genderLabels, partyStatusLabels } from '../../../../contracts/cadres.ts';
import { ExportButton } from '../../../components/export-button.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { SensitiveText } from '../../../components/sensitive-text.tsx';
import { useText } from '../../../platform/i18n.tsx';
import { useSession } from '../../../platform/session.tsx';
import { teamsApi, teamsKey } from '../teams.api.ts';
import { useTeamMessages } from '../teams.messages.ts';
import { LeadTag, RoleText, TeamStatusTag, TermText } from '../team-labels.tsx';
import { AddMemberModal, ChangeRoleModal, EndTeamModal, LeaveModal } from '../member-modals.tsx';
import { TeamDutyCards } from '../components/team-duty-cards.tsx';

type Dialog = { kind: 'add' } | { kind: 'end' } | { kind: 'role'; member: TeamMemberView } | { kind: 'leave'; member: TeamMemberView } | null;

function useMemberColumns(team: TeamView | undefined, onDialog: (dialog: Dialog) => void, former: boolean): TableColumnsType<TeamMemberView> {
  const t = useTeamMessages();
  const text = useText();
  const { can } = useSession();
  const columns: TableColumnsType<TeamMemberView> = [
    { key: 'name', title: t('member.name'), render: (_: unknown, m) => m.cadre?.name ?? '—' },
    { key: 'gender', title: t('member.gender'), render: (_: unknown, m) => (m.cadre ? text(genderLabels[m.cadre.gender]) : '') },
    { key: 'role', title: t('member.role'), render: (_: unknown, m) => <RoleText role={m.role} /> },
    { key: 'unit', title: t('member.unit'), dataIndex: 'unitName', responsive: ['md'] },
    { key: 'party', title: t('member.partyStatus'), responsive: ['lg'], render: (_: unknown, m) => (m.cadre ? text(partyStatusLabels[m.cadre.partyStatus]) : '') },
    {
      key: 'idNumber',
      title: t('member.idNumber'),
      responsive: ['lg'],
      render: (_: unknown, m) =>
        m.cadre ? (
          <SensitiveText
            masked={m.cadre.idNumber}
            {...(can('cadres.unmask') ? { unmaskUrl: `/api/cadres/${m.cadreId}/unmask`, body: { field: 'idNumber' } } : {})}
          />
        ) : null,
    },
    { key: 'joinedOn', title: t('member.joinedOn'), dataIndex: 'joinedOn' },
  ];
  if (former) columns.push({ key: 'leftOn', title: t('member.leftOn'), dataIndex: 'leftOn' });
  if (!former && team?.abilities.manageMembers) {
    columns.push({
      key: 'actions',
      title: t('column.actions'),
      render: (_: unknown, m) => (
        <Space size={4}>
          <Button type="link" size="small" onClick={() => onDialog({ kind: 'role', member: m })}>
            {t('member.changeRole')}
          </Button>
          <Button type="link" size="small" danger onClick={() => onDialog({ kind: 'leave', member: m })}>
            {t('member.leave')}
          </Button>
        </Space>
      ),
    });
  }
  return columns;
}

/** /teams/:id: the team's villages, units and term, its members in post and those who left. */
export function TeamDetailPage() {
  const { id } = useParams<{ id: string }>();
  const t = useTeamMessages();
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<Dialog>(null);
  const query = useQuery({ queryKey: [teamsKey, 'detail', id], queryFn: () => teamsApi.get(id!) });
  const team = query.data;
  const activeColumns = useMemberColumns(team, setDialog, false);
  const formerColumns = useMemberColumns(team, setDialog, true);

  if (query.isError) return <LoadFailedResult error={query.error} onRetry={() => void query.refetch()} />;
  const back = <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('detail.back')} onClick={() => navigate('/teams')} />;
  if (!team) return (<><PageHeader title={t('list.title')} back={back} /><Skeleton active /></>);


  const active = team.members.filter((m) => m.leftOn === null);
  const former = team.members.filter((m) => m.leftOn !== null);
  const extra = (
    <>
      {team.abilities.update ? (
        <Link to={`/teams/${team.id}/edit`}>
          <Button icon={<EditOutlined />}>{t('action.edit')}</Button>
        </Link>
      ) : null}
      {team.abilities.export ? (
        <ExportButton download={() => teamsApi.exportRoster(team.id)}>{t('detail.roster')}</ExportButton>
      ) : null}
      {team.abilities.manageMembers ? (
        <Button danger icon={<StopOutlined />} onClick={() => setDialog({ kind: 'end' })}>
          {t('detail.end')}
        </Button>
      ) : null}
    </>
  );

  return (
    <>
      <PageHeader title={team.name} subtitle={<TeamStatusTag status={team.status} />} back={back} extra={extra} />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label={t('detail.villages')} span="filled">
            <Flex vertical gap={4}>
              {team.villages.map((v) => (
                <span key={v.code}>
                  {v.path ?? v.name ?? v.code} {v.code === team.divisionCode ? <Tag>{t('detail.main')}</Tag> : null}
                </span>
              ))}
            </Flex>
          </Descriptions.Item>
          <Descriptions.Item label={t('detail.units')} span="filled">
            <Flex wrap gap={8}>
              {team.units.map((u) => (
                <span key={u.id}>
                  {u.name} {u.isLead ? <LeadTag /> : null}
                </span>
              ))}
            </Flex>
          </Descriptions.Item>
          <Descriptions.Item label={t('detail.term')}>
            <TermText start={team.termStart} end={team.termEnd} />
          </Descriptions.Item>
          <Descriptions.Item label={t('column.leader')}>{team.leaderName ?? '—'}</Descriptions.Item>
          {team.note ? (
            <Descriptions.Item label={t('detail.note')} span="filled">
              {team.note}
            </Descriptions.Item>
          ) : null}
        </Descriptions>
      </Card>
      <Card
        title={`${t('detail.members')}（${active.length}）`}
        extra={
          team.abilities.manageMembers ? (
            <Button type="primary" icon={<UserAddOutlined />} onClick={() => setDialog({ kind: 'add' })}>
              {t('detail.addMember')}
            </Button>
          ) : null
        }
      >
        <Table<TeamMemberView>
          rowKey="id"
          columns={activeColumns}
          dataSource={active}
          pagination={false}
          size="middle"
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: <Empty description={t('detail.noMembers')} /> }}
        />
        {former.length > 0 ? (
          <Collapse
            ghost
            style={{ marginTop: 16 }}
            items={[
              {
                key: 'former',
                label: `${t('detail.formerMembers')}（${former.length}）`,
                children: <Table<TeamMemberView> rowKey="id" columns={formerColumns} dataSource={former} pagination={false} size="small" scroll={{ x: 'max-content' }} />,
              },
            ]}
          />
        ) : null}
      </Card>
      <TeamDutyCards teamId={team.id} teamName={team.name} />
      <AddMemberModal team={team} open={dialog?.kind === 'add'} onClose={() => setDialog(null)} />
      <EndTeamModal team={team} open={dialog?.kind === 'end'} onClose={() => setDialog(null)} />
      <ChangeRoleModal team={team} member={dialog?.kind === 'role' ? dialog.member : null} onClose={() => setDialog(null)} />
      <LeaveModal team={team} member={dialog?.kind === 'leave' ? dialog.member : null} onClose={() => setDialog(null)} />
    </>
  );
}
