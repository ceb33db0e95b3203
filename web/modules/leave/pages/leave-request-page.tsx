import { App, Button, Card, Form, Skeleton } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LeaveView } from '../../../../contracts/leave.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { useSession } from '../../../platform/session.tsx';
import { leaveApi, leaveKey } from '../leave.api.ts';
import { useLeaveMessages } from '../leave.messages.ts';
import { formValuesOf, LeaveForm, toFormFields, toLeaveBody, type LeaveFormValues } from '../leave-form.tsx';
import { useLeaveCadres } from '../use-leave-cadres.ts';

/** /leave/new and /leave/:id/edit: a request, or a returned one revised before it is sent again. */
export function LeaveRequestPage() {
  const { id } = useParams<{ id: string }>();
  const t = useLeaveMessages();
  const navigate = useNavigate();
  const client = useQueryClient();
  const notify = useErrorNotice();
  const { message } = App.useApp();
  const { me } = useSession();
  const [form] = Form.useForm<LeaveFormValues>();
  const cadreOptions = useLeaveCadres();
  const rules = useQuery({ queryKey: [leaveKey, 'rules'], queryFn: leaveApi.rules, staleTime: 5 * 60_000 });
  const existing = useQuery({ queryKey: [leaveKey, 'detail', id], queryFn: () => leaveApi.get(id!), enabled: Boolean(id) });

  const save = useMutation({
    mutationFn: (values: LeaveFormValues): Promise<LeaveView> => {
      const body = toLeaveBody(values);
      if (!id) return leaveApi.request(body);
      const { cadreId: _cadreId, ...changes } = body;
      return leaveApi.update(id, changes);
    },
    onSuccess: async (leave) => {
      await client.invalidateQueries({ queryKey: [leaveKey] });
      void message.success(id ? t('form.saved') : t('form.submitted'));
      navigate(`/leave/${leave.id}`);
    },
    onError: (error) => {
      if (!applyFieldErrors(form, toFormFields(error))) notify(error);
    },
  });

  const back = <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('detail.back')} onClick={() => navigate(id ? `/leave/${id}` : '/leave')} />;
  if (existing.isError) return <LoadFailedResult error={existing.error} onRetry={() => void existing.refetch()} />;
  if (id && !existing.data) return (<><PageHeader title={t('form.editTitle')} back={back} /><Skeleton active /></>);

  const initialValues: LeaveFormValues = existing.data ? formValuesOf(existing.data) : { cadreId: me?.cadreId ?? undefined, type: 'personal' };
  return (
    <>
      <PageHeader title={id ? t('form.editTitle') : t('form.title')} back={back} />
      <Card>
        <LeaveForm
          form={form}
          initialValues={initialValues}
          cadreOptions={cadreOptions}
          leaveRules={rules.data}
          editing={Boolean(id)}
          submitting={save.isPending}
          onSubmit={(values) => save.mutate(values)}
          onCancel={() => navigate(id ? `/leave/${id}` : '/leave')}
        />
      </Card>
    </>
  );
}
