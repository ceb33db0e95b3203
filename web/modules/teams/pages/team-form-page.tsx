import { App, Button, Card, Form, Skeleton } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import type { TeamCreateBody } from '../../../../contracts/teams.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { ForbiddenResult, LoadFailedResult } from '../../../components/result-pages.tsx';
import { useSession } from '../../../platform/session.tsx';
import { teamsApi, teamsKey } from '../teams.api.ts';
import { useTeamMessages } from '../teams.messages.ts';
import { formValuesOf, TeamForm, toTeamBody, type TeamFormValues } from '../team-form.tsx';
import { useTeamWrite } from '../use-team-write.ts';

const blank: TeamFormValues = { units: [{ isLead: true }], members: [] };

/** /teams/new forms a team (with its first members); /teams/:id/edit changes its villages, units and term. */
export function TeamFormPage() {
  const { id } = useParams<{ id: string }>();
  const t = useTeamMessages();
  const { can } = useSession();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<TeamFormValues>();
  const existing = useQuery({ queryKey: [teamsKey, 'detail', id], queryFn: () => teamsApi.get(id!), enabled: Boolean(id) });
  const save = useTeamWrite(
    form,
    (body: TeamCreateBody) => {
      if (!id) return teamsApi.create(body);
      const { members: _members, ...record } = body;
      return teamsApi.update(id, record);
    },
    (team) => {
      void message.success(t(id ? 'form.updated' : 'form.created', { name: team.name }));
      navigate(`/teams/${team.id}`);
    },
  );

  if (!can('teams.manage')) return <ForbiddenResult />;
  if (existing.isError) return <LoadFailedResult error={existing.error} onRetry={() => void existing.refetch()} />;
  if (existing.data && !existing.data.abilities.update) return <ForbiddenResult />;

  const back = <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('detail.back')} onClick={() => navigate(id ? `/teams/${id}` : '/teams')} />;
  return (
    <>
      <PageHeader title={t(id ? 'form.editTitle' : 'form.createTitle')} back={back} />
      <Card>
        {id && !existing.data ? (
          <Skeleton active />
        ) : (
          <TeamForm
            form={form}
            initialValues={existing.data ? formValuesOf(existing.data) : blank}
            withMembers={!id}
            knownUnits={existing.data?.units.map((u) => ({ value: u.id, label: u.name }))}
            submitting={save.isPending}
            onSubmit={(values) => save.mutate(toTeamBody(values))}
            onCancel={() => navigate(id ? `/teams/${id}` : '/teams')}
          />
        )}
      </Card>
    </>
  );
}
