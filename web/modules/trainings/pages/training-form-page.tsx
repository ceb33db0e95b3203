import { App, Button, Card, Form, Skeleton } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TrainingSessionBody } from '../../../../contracts/trainings.ts';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { ForbiddenResult, LoadFailedResult } from '../../../components/result-pages.tsx';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { useSession } from '../../../platform/session.tsx';
import { trainingsApi, trainingsKey } from '../trainings.api.ts';
import { useTrainingMessages } from '../trainings.messages.ts';
import { blankValues, formValuesOf, toSessionBody, TrainingForm, type TrainingFormValues } from '../training-form.tsx';

/** /trainings/new records a session; /trainings/:id/edit changes it. */
export function TrainingFormPage() {
  const { id } = useParams<{ id: string }>();
  const t = useTrainingMessages();
  const { can, me } = useSession();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const [form] = Form.useForm<TrainingFormValues>();
  const existing = useQuery({ queryKey: [trainingsKey, 'detail', id], queryFn: () => trainingsApi.get(id!), enabled: Boolean(id) });
  const save = useMutation({
    mutationFn: (body: TrainingSessionBody) => (id ? trainingsApi.update(id, body) : trainingsApi.create(body)),
    onSuccess: async (session) => {
      await client.invalidateQueries({ queryKey: [trainingsKey] });
      void message.success(t(id ? 'form.updated' : 'form.created', { topic: session.topic }));
      navigate(`/trainings/${session.id}`);
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });

  if (!can('trainings.manage')) return <ForbiddenResult />;
  if (existing.isError) return <LoadFailedResult error={existing.error} onRetry={() => void existing.refetch()} />;
  if (existing.data && !existing.data.abilities.update) return <ForbiddenResult />;

  const leave = () => navigate(id ? `/trainings/${id}` : '/trainings');
  const back = <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('detail.back')} onClick={leave} />;
  return (
    <>
      <PageHeader title={t(id ? 'form.editTitle' : 'form.createTitle')} back={back} />
      <Card>
        {id && !existing.data ? (
          <Skeleton active />
        ) : (
          <TrainingForm
            form={form}
            initialValues={existing.data ? formValuesOf(existing.data) : blankValues(me.scope.divisionCode)}
            submitting={save.isPending}
            onSubmit={(values) => save.mutate(toSessionBody(values))}
            onCancel={leave}
          />
        )}
      </Card>
    </>
  );
}
