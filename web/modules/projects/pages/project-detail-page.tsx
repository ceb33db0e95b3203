import { useState } from 'react';
import { Alert, Button, Card, Skeleton, Space, Tabs } from 'antd';
import { ArrowLeftOutlined, CheckCircleOutlined, EditOutlined } from '@ant-design/icons';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ProjectAction, ProjectTransitionBody, ProjectView } from '../../../../contracts/projects.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { WorkflowPanel } from '../../../components/workflow-panel.tsx';
import { errorText } from '../../../components/use-error-notice.ts';
import { useLocale } from '../../../platform/i18n.tsx';
import { useSession } from '../../../platform/session.tsx';
import { ProjectFundsTab } from '../../project-funds/index.ts';
import { ProjectAssetsTab } from '../../assets/index.ts';
import { ProjectDonationsTab } from '../../donations/index.ts';
import { projectsApi, projectsKey } from '../projects.api.ts';
import { useProjectMessages } from '../projects.messages.ts';
import { ProjectStateTag } from '../project-labels.tsx';
import { ProjectBasics, ProjectSourcesAndOutputs } from '../components/project-overview.tsx';
import { CompleteModal } from '../components/complete-modal.tsx';

/** Steps that need more than a comment have their own form; the panel offers the rest. */
const ownForms: readonly string[] = ['complete'];

function NoticeHint({ project }: { project: ProjectView }) {
  const t = useProjectMessages();
  if (project.state === 'approved' && project.noticeStart && project.noticeEnd) {
    return <Alert type="info" showIcon message={`${t('column.notice')}：${t('period', { start: project.noticeStart, end: project.noticeEnd })}`} />;
  }
  if (project.state === 'accepted' && project.acceptanceNoticeStart && project.acceptanceNoticeEnd) {
    return <Alert type="info" showIcon message={`${t('detail.acceptanceNotice')}：${t('period', { start: project.acceptanceNoticeStart, end: project.acceptanceNoticeEnd })}`} />;
  }
  return null;
}

/** /projects/:id: the project, its money and outputs, its approval with the caller's steps, its funds and assets. */
export function ProjectDetailPage() {
  const { id } = useParams<{ id: string }>();
  const t = useProjectMessages();
  const locale = useLocale();
  const { can } = useSession();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [completing, setCompleting] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const query = useQuery({ queryKey: [projectsKey, 'detail', id], queryFn: () => projectsApi.get(id!) });
  const project = query.data;

  if (query.isError) return <LoadFailedResult error={query.error} onRetry={() => void query.refetch()} />;
  const back = <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('detail.back')} onClick={() => navigate('/projects')} />;
  if (!project) return (<><PageHeader title={t('list.title')} back={back} /><Skeleton active /></>);

  const transition = async (body: ProjectTransitionBody) => {
    setRefusal(null);
    try {
      await projectsApi.transition(project.id, body);
    } catch (error) {
      // A refusal the form cannot place on a field (a notice still running) stays in view with its dates.
      setRefusal(errorText(error, locale));
      throw error;
    }
    await client.invalidateQueries({ queryKey: [projectsKey] });
  };
  const act = (action: string, comment: string | undefined) => transition({ action: action as ProjectAction, ...(comment ? { comment } : {}) });
  const canComplete = project.workflow?.actions.some((a) => a.action === 'complete') ?? false;
  const workflow = project.workflow ? { ...project.workflow, actions: project.workflow.actions.filter((a) => !ownForms.includes(a.action)) } : null;

  const approval = (
    <Space direction="vertical" style={{ width: '100%' }}>
      <NoticeHint project={project} />
      {refusal ? <Alert type="error" showIcon message={refusal} closable onClose={() => setRefusal(null)} data-testid="project-refusal" /> : null}
      {canComplete ? (
        <Button type="primary" icon={<CheckCircleOutlined />} onClick={() => setCompleting(true)} data-testid="project-complete">
          {t('complete.button')}
        </Button>
      ) : null}
      {workflow ? <WorkflowPanel workflow={workflow} onAction={act} /> : <Card>{t('detail.noWorkflow')}</Card>}
      <CompleteModal project={project} open={completing} onClose={() => setCompleting(false)} onSubmit={transition} />
    </Space>
  );

  return (
    <>
      <PageHeader
        title={project.name}
        subtitle={<ProjectStateTag state={project.state} />}
        back={back}
        extra={
          project.abilities.update ? (
            <Link to={`/projects/${project.id}/edit`}>
              <Button icon={<EditOutlined />}>{t('detail.edit')}</Button>
            </Link>
          ) : null
        }
      />
      <Card>
        <Tabs
          items={[
            { key: 'basic', label: t('tab.basic'), children: <ProjectBasics project={project} /> },
            { key: 'sources', label: t('tab.sources'), children: <ProjectSourcesAndOutputs project={project} /> },
            { key: 'workflow', label: t('tab.workflow'), children: approval },
            { key: 'funds', label: t('tab.funds'), children: <ProjectFundsTab projectId={project.id} divisionCode={project.divisionCode} /> },
            { key: 'assets', label: t('tab.assets'), children: <ProjectAssetsTab projectId={project.id} divisionCode={project.divisionCode} /> },
            ...(can('donations.read') ? [{ key: 'donations', label: t('tab.donations'), children: <ProjectDonationsTab projectId={project.id} /> }] : []),
          ]}
        />
      </Card>
    </>
  );
}
