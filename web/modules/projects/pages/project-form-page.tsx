import { App, Button, Card, Form, Skeleton } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ProjectView } from '../../../../contracts/projects.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { projectsApi, projectsKey } from '../projects.api.ts';
import { useProjectMessages } from '../projects.messages.ts';
import { formValuesOf, ProjectForm, toProjectBody, type ProjectFormValues } from '../components/project-form.tsx';

/** /projects/new and /projects/:id/edit: a proposal, or one revised before the township passes it on. */
export function ProjectFormPage() {
  const { id } = useParams<{ id: string }>();
  const t = useProjectMessages();
  const navigate = useNavigate();
  const client = useQueryClient();
  const notify = useErrorNotice();
  const { message } = App.useApp();
  const [form] = Form.useForm<ProjectFormValues>();
  const existing = useQuery({ queryKey: [projectsKey, 'detail', id], queryFn: () => projectsApi.get(id!), enabled: Boolean(id) });

  const save = useMutation({
    mutationFn: (values: ProjectFormValues): Promise<ProjectView> => {
      const body = toProjectBody(values);
      return id ? projectsApi.update(id, body) : projectsApi.propose(body);
    },
    onSuccess: async (project) => {
      await client.invalidateQueries({ queryKey: [projectsKey] });
      void message.success(id ? t('form.saved') : t('form.submitted'));
      navigate(`/projects/${project.id}`);
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });

  const back = <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('detail.back')} onClick={() => navigate(id ? `/projects/${id}` : '/projects')} />;
  if (existing.isError) return <LoadFailedResult error={existing.error} onRetry={() => void existing.refetch()} />;
  if (id && !existing.data) return (<><PageHeader title={t('form.editTitle')} back={back} /><Skeleton active /></>);

  const initialValues: ProjectFormValues = existing.data ? formValuesOf(existing.data) : { fundSources: [{ kind: 'fiscal' }], outputs: [] };
  return (
    <>
      <PageHeader title={id ? t('form.editTitle') : t('form.title')} back={back} />
      <Card>
        <ProjectForm
          form={form}
          initialValues={initialValues}
          editing={Boolean(id)}
          submitting={save.isPending}
          onSubmit={(values) => save.mutate(values)}
          onCancel={() => navigate(id ? `/projects/${id}` : '/projects')}
        />
      </Card>
    </>
  );
}
