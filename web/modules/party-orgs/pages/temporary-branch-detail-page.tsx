import { useState } from 'react';
import { App, Button, Card, Col, Descriptions, Empty, Row, Skeleton, Space, Tag, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { approvalLevels } from '../../../../contracts/party-codes.ts';
import { partyRoleLabels } from '../../../../contracts/party-orgs.ts';
import type { TemporaryBranchDetail } from '../../../../contracts/temporary-branches.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { WorkflowPanel } from '../../../components/workflow-panel.tsx';
import { useText } from '../../../platform/i18n.tsx';
import { BranchStatusTag } from '../components/branch-tags.tsx';
import { BranchRoll } from '../components/branch-roll.tsx';
import { BranchActions } from '../components/branch-actions.tsx';
import { ElectionModal } from '../components/election-modal.tsx';
import { temporaryBranchesApi, temporaryBranchesKey } from '../temporary-branches.api.ts';
import { partyOrgsKey } from '../party-orgs.api.ts';
import { usePartyOrgMessages } from '../party-orgs.messages.ts';

/** /temporary-branches/:id: the roll with each member's formal relation, the election, the approval, dissolution. */
export function TemporaryBranchDetailPage() {
  const { id } = useParams<{ id: string }>();
  const t = usePartyOrgMessages();
  const text = useText();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [electing, setElecting] = useState(false);
  const detail = useQuery({ queryKey: [temporaryBranchesKey, 'detail', id], queryFn: () => temporaryBranchesApi.get(id!) });

  const refresh = async (branch: TemporaryBranchDetail) => {
    client.setQueryData([temporaryBranchesKey, 'detail', id], branch);
    await Promise.all([client.invalidateQueries({ queryKey: [temporaryBranchesKey] }), client.invalidateQueries({ queryKey: [partyOrgsKey] })]);
    void message.success(t('tb.detail.saved'));
  };
  const write = useMutation({ mutationFn: (call: () => Promise<TemporaryBranchDetail>) => call(), onSuccess: refresh });
  const run = (call: () => Promise<TemporaryBranchDetail>) => write.mutateAsync(call);

  if (detail.isError) return <LoadFailedResult error={detail.error} onRetry={() => void detail.refetch()} />;
  const back = <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('tb.detail.back')} onClick={() => navigate('/temporary-branches')} />;
  if (!detail.data) return <Skeleton active />;
  const branch = detail.data;
  const none = t('detail.none');

  return (
    <>
      <PageHeader
        title={branch.name}
        back={back}
        extra={
          <BranchActions
            branchId={branch.id}
            divisionCode={branch.divisionCode}
            teamIds={branch.teams.map((team) => team.id)}
            mayAdd={branch.abilities.manageMembers}
            mayDissolve={branch.abilities.dissolve}
            onAdd={(cadreId) => run(() => temporaryBranchesApi.addMember(branch.id, cadreId))}
            onDissolve={(body) => run(() => temporaryBranchesApi.dissolve(branch.id, body))}
          />
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <Card title={t('tb.detail.info')}>
              <Descriptions column={{ xs: 1, md: 2 }} size="small">
                <Descriptions.Item label={t('tb.column.status')}>
                  <BranchStatusTag status={branch.status} />
                </Descriptions.Item>
                <Descriptions.Item label={t('tb.column.level')}>{branch.approvalLevel ? text(approvalLevels.labels[branch.approvalLevel]) : none}</Descriptions.Item>
                <Descriptions.Item label={t('tb.column.division')}>{branch.divisionName ?? none}</Descriptions.Item>
                <Descriptions.Item label={t('tb.column.established')}>{branch.establishedOn ?? none}</Descriptions.Item>
                <Descriptions.Item label={t('tb.detail.teams')} span={2}>
                  {branch.teams.length > 0 ? branch.teams.map((team) => <Tag key={team.id}>{team.name}</Tag>) : none}
                </Descriptions.Item>
                {branch.dissolvedOn ? (
                  <Descriptions.Item label={t('tb.detail.dissolvedOn')} span={2}>
                    {t('tb.detail.dissolved', { date: branch.dissolvedOn, reason: branch.dissolvedReason ?? '' })}
                  </Descriptions.Item>
                ) : null}
              </Descriptions>
            </Card>
            <Card title={t('tb.detail.members')} extra={<Typography.Text type="secondary">{t('tb.detail.formalCount', { count: branch.formalCount })}</Typography.Text>}>
              <BranchRoll
                members={branch.members}
                mayKeep={branch.abilities.manageMembers}
                onLeave={(membershipId, leftOn) => run(() => temporaryBranchesApi.leave(branch.id, membershipId, { leftOn }))}
              />
            </Card>
          </Space>
        </Col>
        <Col xs={24} lg={9}>
          <Space direction="vertical" size={16} style={{ width: '100%' }}>
            <Card
              title={t('tb.election.title')}
              extra={branch.abilities.elect ? <Button onClick={() => setElecting(true)}>{t('tb.election.record')}</Button> : null}
            >
              {branch.electedOn ? (
                <Descriptions column={1} size="small">
                  <Descriptions.Item label={t('tb.election.electedOn')}>{branch.electedOn}</Descriptions.Item>
                  {branch.election.officers.map((o) => (
                    <Descriptions.Item key={o.cadreId} label={text(partyRoleLabels[o.role])}>
                      {o.name}
                    </Descriptions.Item>
                  ))}
                </Descriptions>
              ) : (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('tb.election.none')} />
              )}
            </Card>
            {branch.workflow ? (
              <WorkflowPanel
                workflow={branch.workflow}
                title={t('tb.detail.approval')}
                onAction={(action, comment) => run(() => temporaryBranchesApi.act(branch.id, { action, ...(comment ? { comment } : {}) }))}
              />
            ) : null}
          </Space>
        </Col>
      </Row>
      {electing ? (
        <ElectionModal branch={branch} open={electing} onClose={() => setElecting(false)} onSave={(body) => run(() => temporaryBranchesApi.elect(branch.id, body))} />
      ) : null}
    </>
  );
}
