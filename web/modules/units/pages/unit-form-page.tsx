import { App, Button, Card, Form, Skeleton } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { UnitBody, UnitView } from '../../../../contracts/units.ts';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { ForbiddenResult, LoadFailedResult } from '../../../components/result-pages.tsx';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { useSession } from '../../../platform/session.tsx';
import { UnitForm, type UnitFormValues } from '../components/unit-form.tsx';
import { unitsApi, unitsKey } from '../units.api.ts';
import { useUnitMessages } from '../units.messages.ts';

/** /units/new registers a unit; /units/:id/edit changes one the account may update. */
export function UnitFormPage() {
  const { id } = useParams<{ id: string }>();
  const t = useUnitMessages();
  const { can } = useSession();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const [form] = Form.useForm<UnitFormValues>();

  const existing = useQuery({ queryKey: [unitsKey, 'detail', id], queryFn: () => unitsApi.get(id!), enabled: Boolean(id) });
  const save = useMutation({
    mutationFn: (body: UnitBody) => (id ? unitsApi.update(id, body) : unitsApi.create(body)),
    onSuccess: async (unit: UnitView) => {
      await client.invalidateQueries({ queryKey: [unitsKey] });
      void message.success(t(id ? 'form.updated' : 'form.created', { name: unit.name }));
      navigate('/units');
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });

  if (!id && !can('units.create')) return <ForbiddenResult />;
  if (existing.isError) return <LoadFailedResult error={existing.error} onRetry={() => void existing.refetch()} />;
  if (existing.data && !existing.data.abilities.update) return <ForbiddenResult />;

  const back = <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('form.back')} onClick={() => navigate('/units')} />;
  return (
    <>
      <PageHeader title={t(id ? 'form.editTitle' : 'form.createTitle')} back={back} />
      <Card>
        {id && !existing.data ? (
          <Skeleton active />
        ) : (
          <UnitForm
            form={form}
            initialValues={existing.data ?? undefined}
            submitting={save.isPending}
            onSubmit={(body) => save.mutate(body)}
            onCancel={() => navigate('/units')}
          />
        )}
      </Card>
    </>
  );
}
