import { useEffect } from 'react';
import { App, Button, Card, Form, Skeleton } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { advisorApi, advisorKey } from '../advisors.api.ts';
import { useAdvisorMessages } from '../advisors.messages.ts';
import { AdvisorForm, formValuesOf, toAdvisorBody, type AdvisorFormValues } from '../advisor-form.tsx';

/** /advisors/new and /advisors/:id/edit: appointing an advisor, or changing (and ending) the appointment. */
export function AdvisorEditPage() {
  const { id } = useParams<{ id: string }>();
  const editing = id !== undefined;
  const t = useAdvisorMessages();
  const navigate = useNavigate();
  const client = useQueryClient();
  const notify = useErrorNotice();
  const { message } = App.useApp();
  const [form] = Form.useForm<AdvisorFormValues>();
  const current = useQuery({ queryKey: [advisorKey, 'detail', id], queryFn: () => advisorApi.get(id!), enabled: editing });
  useEffect(() => {
    if (current.data) form.setFieldsValue(formValuesOf(current.data));
  }, [current.data, form]);
  const save = useMutation({
    mutationFn: (values: AdvisorFormValues) => (editing ? advisorApi.update(id, toAdvisorBody(values, true)) : advisorApi.create(toAdvisorBody(values, false))),
    onSuccess: async (advisor) => {
      await client.invalidateQueries({ queryKey: [advisorKey] });
      void message.success(t('form.saved'));
      navigate(`/advisors/${advisor.id}`);
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });
  const leave = () => navigate(editing ? `/advisors/${id}` : '/advisors');
  const back = <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('detail.back')} onClick={leave} />;
  if (current.isError) return <LoadFailedResult error={current.error} onRetry={() => void current.refetch()} />;
  return (
    <>
      <PageHeader title={t(editing ? 'form.editTitle' : 'form.newTitle')} back={back} />
      <Card>
        {editing && !current.data ? (
          <Skeleton active />
        ) : (
          <AdvisorForm form={form} editing={editing} submitting={save.isPending} onSubmit={(values) => save.mutate(values)} onCancel={leave} />
        )}
      </Card>
    </>
  );
}
