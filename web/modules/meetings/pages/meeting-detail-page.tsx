import { useState } from 'react';
import { Button, Card, Descriptions, Empty, Flex, Modal, Skeleton, Table, Tag, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { meetingKinds, meetingOutcomeKinds, type MeetingDetail, type MeetingTeamView } from '../../../../contracts/meetings.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { RecordActions } from '../../../components/record-actions.tsx';
import { useText } from '../../../platform/i18n.tsx';
import { meetingApi, meetingKey } from '../meetings.api.ts';
import { useMeetingMessages } from '../meetings.messages.ts';
import { MeetingForm } from '../components/meeting-form.tsx';

const outcomeColors = { decision: 'blue', suggestion: 'orange', experience: 'green' } as const;

function Outcomes({ meeting }: { meeting: MeetingDetail }) {
  const t = useMeetingMessages();
  const text = useText();
  if (meeting.outcomes.length === 0) return <Typography.Text type="secondary">{t('detail.noOutcomes')}</Typography.Text>;
  return (
    <Flex vertical gap={12}>
      {meetingOutcomeKinds.codes.map((kind) => {
        const items = meeting.outcomes.filter((o) => o.kind === kind);
        if (items.length === 0) return null;
        return (
          <div key={kind} data-testid={`meeting-outcomes-${kind}`}>
            <Tag color={outcomeColors[kind]}>{text(meetingOutcomeKinds.labels[kind])}</Tag>
            <ul style={{ margin: '8px 0 0', paddingInlineStart: 24 }}>
              {items.map((o, index) => (
                <li key={index} style={{ whiteSpace: 'pre-wrap' }}>
                  {o.text}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </Flex>
  );
}

/** One meeting: its facts, agenda, minutes, outcomes by kind, the teams that came and the groups it set up. */
export function MeetingDetailPage() {
  const { id = '' } = useParams<{ id: string }>();
  const t = useMeetingMessages();
  const text = useText();
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const detail = useQuery({ queryKey: [meetingKey, 'detail', id], queryFn: () => meetingApi.get(id) });
  if (detail.isError) return <LoadFailedResult error={detail.error} onRetry={() => void detail.refetch()} />;
  const meeting = detail.data;
  if (!meeting) return <Skeleton active />;

  return (
    <>
      <PageHeader
        title={meeting.title}
        back={<Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('detail.back')} onClick={() => navigate('/meetings')} />}
        extra={
          <RecordActions
            abilities={meeting.abilities}
            onEdit={() => setEditing(true)}
            remove={() => meetingApi.remove(id)}
            queryKey={meetingKey}
            listPath="/meetings"
            deleteConfirm={t('detail.deleteConfirm')}
            testIdPrefix="meeting"
          />
        }
      />
      <Flex vertical gap={16}>
        <Card size="small" title={t('detail.facts')}>
          <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }}>
            <Descriptions.Item label={t('form.kind')}>{text(meetingKinds.labels[meeting.kind])}</Descriptions.Item>
            <Descriptions.Item label={t('form.heldOn')}>{meeting.heldOn}</Descriptions.Item>
            <Descriptions.Item label={t('form.region')}>{meeting.regionName ?? meeting.divisionCode}</Descriptions.Item>
            <Descriptions.Item label={t('form.place')}>{meeting.place ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('form.organizer')}>{meeting.organizer ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('form.host')}>{meeting.host ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('form.attendeeCount')}>{meeting.attendeeCount === null ? '—' : t('detail.people', { count: meeting.attendeeCount })}</Descriptions.Item>
            <Descriptions.Item label={t('detail.recordedBy')}>{meeting.createdByName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('detail.groups')}>
              {meeting.groups.length === 0 ? (
                t('detail.groupsEmpty')
              ) : (
                <Flex gap={8} wrap>
                  {meeting.groups.map((g) => (
                    <Link key={g.id} to={`/liaison-groups/${g.id}`}>
                      {g.name}
                    </Link>
                  ))}
                </Flex>
              )}
            </Descriptions.Item>
          </Descriptions>
        </Card>
        <Card size="small" title={t('form.agenda')}>
          {meeting.agenda.length === 0 ? (
            <Typography.Text type="secondary">{t('detail.noAgenda')}</Typography.Text>
          ) : (
            <ol style={{ margin: 0, paddingInlineStart: 24 }} data-testid="meeting-agenda">
              {meeting.agenda.map((line, index) => (
                <li key={index}>{line}</li>
              ))}
            </ol>
          )}
        </Card>
        <Card size="small" title={t('form.summary')}>
          {meeting.summary ? (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{meeting.summary}</Typography.Paragraph>
          ) : (
            <Typography.Text type="secondary">{t('detail.noSummary')}</Typography.Text>
          )}
        </Card>
        <Card size="small" title={t('form.outcomes')}>
          <Outcomes meeting={meeting} />
        </Card>
        <Card size="small" title={t('form.teams')}>
          <Table<MeetingTeamView>
            rowKey="teamId"
            size="small"
            pagination={false}
            dataSource={meeting.teams}
            locale={{ emptyText: <Empty description={t('detail.teamsEmpty')} /> }}
            columns={[
              { key: 'team', title: t('detail.team'), dataIndex: 'teamName' },
              { key: 'village', title: t('detail.village'), render: (_: unknown, team) => team.villageName ?? team.divisionCode },
            ]}
          />
        </Card>
      </Flex>
      <Modal title={t('form.editTitle')} open={editing} footer={null} onCancel={() => setEditing(false)} destroyOnHidden width={820}>
        <MeetingForm meeting={meeting} onSaved={() => setEditing(false)} onCancel={() => setEditing(false)} />
      </Modal>
    </>
  );
}
