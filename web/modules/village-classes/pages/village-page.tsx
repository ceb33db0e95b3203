import { useState } from 'react';
import { Button, Card, Descriptions, Empty, Flex, Modal, Skeleton, Space, Table, Tag, Timeline, Typography } from 'antd';
import { ArrowLeftOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { villageClassCodes, type StationedTeam, type VillageClassView } from '../../../../contracts/village-classes.ts';
import { teamRoleLabels, type TeamRoleCode } from '../../../../contracts/teams.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useText } from '../../../platform/i18n.tsx';
import { classApi, classKey } from '../village-classes.api.ts';
import { useClassMessages } from '../village-classes.messages.ts';
import { ClassForm } from '../components/class-form.tsx';

function ClassHistory({ classes, onEdit }: { classes: VillageClassView[]; onEdit: (c: VillageClassView) => void }) {
  const t = useClassMessages();
  const text = useText();
  if (classes.length === 0) return <Empty description={t('village.noClasses')} />;
  return (
    <Timeline
      items={classes.map((c) => ({
        key: c.id,
        children: (
          <Space direction="vertical" size={2}>
            <Space wrap>
              <Typography.Text strong>{c.year}</Typography.Text>
              <Tag color="blue">{text(villageClassCodes.labels[c.classCode])}</Tag>
              {c.otherFactors.map((f) => (
                <Tag key={f}>{text(villageClassCodes.labels[f])}</Tag>
              ))}
              {c.abilities.update ? (
                <Button size="small" type="link" icon={<EditOutlined />} onClick={() => onEdit(c)}>
                  {t('action.edit')}
                </Button>
              ) : null}
            </Space>
            <Typography.Text type="secondary">
              {t('column.reason')}：{c.reason}
            </Typography.Text>
            <Typography.Text>
              {t('column.supportPlan')}：{c.supportPlan}
            </Typography.Text>
            {c.backingUnits.length > 0 ? (
              <Typography.Text>
                {t('column.units')}：{c.backingUnits.map((u) => u.name).join('、')}
              </Typography.Text>
            ) : null}
          </Space>
        ),
      }))}
    />
  );
}

function TeamTable({ teams }: { teams: StationedTeam[] }) {
  const t = useClassMessages();
  const text = useText();
  return (
    <Table<StationedTeam>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={teams}
      locale={{ emptyText: t('village.noTeams') }}
      columns={[
        { key: 'name', title: t('village.teams'), dataIndex: 'name' },
        { key: 'term', title: t('village.term'), render: (_: unknown, team) => `${team.termStart} ~ ${team.termEnd ?? ''}` },
        { key: 'units', title: t('village.units'), render: (_: unknown, team) => team.units.map((u) => u.name).join('、') },
        {
          key: 'members',
          title: t('village.members'),
          render: (_: unknown, team) => team.members.map((m) => `${m.name}（${text(teamRoleLabels[m.role as TeamRoleCode] ?? { zh: m.role, en: m.role })}）`).join('、'),
        },
      ]}
    />
  );
}

/** /villages/:code: 村情, the classes year by year and the teams in the village now. */
export function VillagePage() {
  const { code } = useParams<{ code: string }>();
  const t = useClassMessages();
  const navigate = useNavigate();
  const [editing, setEditing] = useState<VillageClassView | 'new' | null>(null);
  const page = useQuery({ queryKey: [classKey, 'village', code], queryFn: () => classApi.village(code!) });
  if (page.isError) return <LoadFailedResult error={page.error} onRetry={() => void page.refetch()} />;
  const village = page.data;
  if (!village) return <Skeleton active />;
  const profile = village.profile;
  const classedThisYear = village.classes.some((c) => c.year === village.currentYear);

  return (
    <>
      <PageHeader
        title={village.name}
        subtitle={village.path}
        back={
          <Button type="text" icon={<ArrowLeftOutlined />} onClick={() => navigate('/village-classes')} aria-label={t('village.back')} />
        }
        extra={
          village.abilities.editProfile ? (
            <Link to={`/divisions?code=${village.code}`}>
              <Button icon={<EditOutlined />}>{t('village.editProfile')}</Button>
            </Link>
          ) : null
        }
      />
      <Flex vertical gap={16}>
        <Card title={t('village.profile')} size="small">
          {profile ? (
            <Descriptions size="small" column={{ xs: 1, md: 3 }}>
              <Descriptions.Item label={t('village.population')}>{profile.population ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('village.households')}>{profile.households ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('village.poorHouseholds')}>{profile.poorHouseholds ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('village.collectiveIncome')}>{profile.collectiveIncome ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('village.industries')}>{profile.mainIndustries.join('、') || '—'}</Descriptions.Item>
              <Descriptions.Item label={t('village.gaps')}>{profile.infrastructureGaps.join('、') || '—'}</Descriptions.Item>
              <Descriptions.Item label={t('village.registered')}>{village.counts.households}</Descriptions.Item>
              <Descriptions.Item label={t('village.projects')}>{village.counts.projects}</Descriptions.Item>
              <Descriptions.Item label={t('village.note')}>{profile.note ?? '—'}</Descriptions.Item>
            </Descriptions>
          ) : (
            <Empty description={t('village.noProfile')} />
          )}
        </Card>
        <Card
          title={t('village.classes')}
          size="small"
          extra={
            village.abilities.classify && !classedThisYear ? (
              <Button size="small" type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="village-classify">
                {t('village.classify')}
              </Button>
            ) : null
          }
        >
          <ClassHistory classes={village.classes} onEdit={setEditing} />
        </Card>
        <Card title={t('village.teams')} size="small">
          <TeamTable teams={village.teams} />
        </Card>
      </Flex>
      <Modal title={editing === 'new' ? t('form.newTitle') : t('form.editTitle')} open={editing !== null} footer={null} onCancel={() => setEditing(null)} destroyOnHidden width={680}>
        {editing ? (
          <ClassForm
            existing={editing === 'new' ? undefined : editing}
            divisionCode={village.code}
            villageName={village.name}
            year={village.currentYear}
            onSaved={() => setEditing(null)}
            onCancel={() => setEditing(null)}
          />
        ) : null}
      </Modal>
    </>
  );
}
