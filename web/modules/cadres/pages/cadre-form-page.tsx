import { App, Button, Card, Form, Skeleton } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CadreCreateBody, CadreUpdateBody, CadreView } from '../../../../contracts/cadres.ts';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { ForbiddenResult, LoadFailedResult } from '../../../components/result-pages.tsx';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { useSession } from '../../../platform/session.tsx';
import { CadreForm, type CadreFormValues } from '../components/cadre-form.tsx';
import { cadresApi, cadresKey } from '../cadres.api.ts';
import { useCadreMessages } from '../cadres.messages.ts';

/** /cadres/new registers a cadre; /cadres/:id/edit corrects one the account keeps. */
export function CadreFormPage() {
  const { id } = useParams<{ id: string }>();
  const t = useCadreMessages();
  const { can } = useSession();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const [form] = Form.useForm<CadreFormValues>();

  const existing = useQuery({ queryKey: [cadresKey, 'detail', id], queryFn: () => cadresApi.get(id!), enabled: Boolean(id) });
  const save = useMutation({
    mutationFn: (body: CadreCreateBody | CadreUpdateBody) => (id ? cadresApi.update(id, body as CadreUpdateBody) : cadresApi.create(body as CadreCreateBody)),
    onSuccess: async (cadre: CadreView) => {
      await client.invalidateQueries({ queryKey: [cadresKey] });
      void message.success(t(id ? 'form.updated' : 'form.created', { name: cadre.name }));
      navigate(`/cadres/${cadre.id}`);
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });

  if (!id && !can('cadres.create')) return <ForbiddenResult />;
  if (existing.isError) return <LoadFailedResult error={existing.error} onRetry={() => void existing.refetch()} />;
  if (existing.data && !existing.data.abilities.update) return <ForbiddenResult />;

  const back = <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('form.back')} onClick={() => navigate(id ? `/cadres/${id}` : '/cadres')} />;
  return (
    <>
      <PageHeader title={t(id ? 'form.editTitle' : 'form.createTitle')} back={back} />
      <Card>
        {id && !existing.data ? (
          <Skeleton active />
        ) : (
          <CadreForm
            form={form}
            existing={existing.data}
            submitting={save.isPending}
            onSubmit={(body) => save.mutate(body)}
            onCancel={() => navigate(id ? `/cadres/${id}` : '/cadres')}
          />
        )}
      </Card>
    </>
  );
}
