import { App, Button, Card, Form, Skeleton } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { LabourView } from '../../../../contracts/labour-transfers.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { labourApi, labourKey } from '../labour-transfers.api.ts';
import { useLabourMessages } from '../labour-transfers.messages.ts';
import { LabourForm, labourFormValuesOf, toLabourBody, type LabourFormValues } from '../components/labour-form.tsx';

/** /labour-transfers/new (?householdId= from a household's page) and /labour-transfers/:id/edit. */
export function LabourFormPage() {
  const { id } = useParams<{ id: string }>();
  const [params] = useSearchParams();
  const t = useLabourMessages();
  const navigate = useNavigate();
  const client = useQueryClient();
  const notify = useErrorNotice();
  const { message } = App.useApp();
  const [form] = Form.useForm<LabourFormValues>();
  const existing = useQuery({ queryKey: [labourKey, 'detail', id], queryFn: () => labourApi.get(id!), enabled: Boolean(id) });
  const fromHousehold = params.get('householdId') ?? undefined;
  const householdId = existing.data?.householdId ?? fromHousehold;
  const household = useQuery({ queryKey: [labourKey, 'household', householdId], queryFn: () => labourApi.household(householdId!), enabled: Boolean(householdId) });
  const save = useMutation({
    mutationFn: (values: LabourFormValues): Promise<LabourView> => {
      const body = toLabourBody(values);
      if (!id) return labourApi.create(body);
      const { personId: _personId, ...changes } = body;
      return labourApi.update(id, changes);
    },
    onSuccess: async (record) => {
      await client.invalidateQueries({ queryKey: [labourKey] });
      void message.success(t('form.saved'));
      navigate(`/labour-transfers?householdId=${encodeURIComponent(record.householdId)}`);
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });

  const back = <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('list.title')} onClick={() => navigate(-1)} />;
  if (existing.isError) return <LoadFailedResult error={existing.error} onRetry={() => void existing.refetch()} />;
  if (id && !existing.data) return (<><PageHeader title={t('form.editTitle')} back={back} /><Skeleton active /></>);
  const knownHousehold = household.data
    ? { value: household.data.id, label: `${household.data.householderName}（${household.data.villageName ?? household.data.code}）` }
    : existing.data
      ? { value: existing.data.householdId, label: existing.data.householderName ?? existing.data.householdId }
      : null;
  const knownPerson = existing.data ? { value: existing.data.personId, label: existing.data.personName ?? existing.data.personId } : null;
  return (
    <>
      <PageHeader title={id ? t('form.editTitle') : t('form.title')} back={back} />
      <Card>
        <LabourForm
          form={form}
          initialValues={existing.data ? labourFormValuesOf(existing.data) : { householdId: fromHousehold, organized: 'self', startedOn: dayjs() }}
          knownHousehold={knownHousehold}
          knownPerson={knownPerson}
          editing={Boolean(id)}
          submitting={save.isPending}
          onSubmit={(values) => save.mutate(values)}
          onCancel={() => navigate(-1)}
        />
      </Card>
    </>
  );
}
