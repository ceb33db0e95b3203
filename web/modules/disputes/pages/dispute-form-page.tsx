import { App, Button, Card, Form, Skeleton } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DisputeView } from '../../../../contracts/disputes.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { useSession } from '../../../platform/session.tsx';
import { disputesApi, disputesKey } from '../disputes.api.ts';
import { useDisputesMessages } from '../disputes.messages.ts';
import { DisputeForm, disputeFormValuesOf, toDisputeBody, type DisputeFormValues } from '../components/dispute-form.tsx';

function isVillage(code: string | null | undefined): boolean {
  return typeof code === 'string' && /^\d{12}$/.test(code) && !code.endsWith('000');
}

/** /disputes/new and /disputes/:id/edit. */
export function DisputeFormPage() {
  const { id } = useParams<{ id: string }>();
  const t = useDisputesMessages();
  const navigate = useNavigate();
  const client = useQueryClient();
  const notify = useErrorNotice();
  const { message } = App.useApp();
  const { me } = useSession();
  const [form] = Form.useForm<DisputeFormValues>();
  const existing = useQuery({ queryKey: [disputesKey, 'detail', id], queryFn: () => disputesApi.get(id!), enabled: Boolean(id) });
  const save = useMutation({
    mutationFn: (values: DisputeFormValues): Promise<DisputeView> => {
      const body = toDisputeBody(values);
      if (!id) return disputesApi.create(body);
      const { divisionCode: _divisionCode, ...changes } = body;
      return disputesApi.update(id, changes);
    },
    onSuccess: async (dispute) => {
      await client.invalidateQueries({ queryKey: [disputesKey] });
      void message.success(t('form.saved'));
      navigate(`/disputes/${dispute.id}`);
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });

  const back = <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('detail.back')} onClick={() => navigate(id ? `/disputes/${id}` : '/disputes')} />;
  if (existing.isError) return <LoadFailedResult error={existing.error} onRetry={() => void existing.refetch()} />;
  if (id && !existing.data) return (<><PageHeader title={t('form.editTitle')} back={back} /><Skeleton active /></>);
  return (
    <>
      <PageHeader title={id ? t('form.editTitle') : t('form.title')} back={back} />
      <Card>
        <DisputeForm
          form={form}
          initialValues={existing.data ? disputeFormValuesOf(existing.data) : { reportedOn: dayjs() }}
          askVillage={!id && !isVillage(me.scope.divisionCode)}
          submitting={save.isPending}
          onSubmit={(values) => save.mutate(values)}
          onCancel={() => navigate(id ? `/disputes/${id}` : '/disputes')}
        />
      </Card>
    </>
  );
}
