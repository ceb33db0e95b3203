import { App, Button, Card, Form } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useNavigate, useSearchParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { PageHeader } from '../../../components/page-header.tsx';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { useSession } from '../../../platform/session.tsx';
import { demandsApi, demandsKey } from '../demands.api.ts';
import { useDemandsMessages } from '../demands.messages.ts';
import { DemandForm, toDemandBody, type DemandFormValues } from '../components/demand-form.tsx';

function isVillage(code: string | null | undefined): boolean {
  return typeof code === 'string' && /^\d{12}$/.test(code) && !code.endsWith('000');
}

/** /demands/new (?householdId= from a household's page): a villager's demand as told to the cadre. */
export function DemandRaisePage() {
  const t = useDemandsMessages();
  const navigate = useNavigate();
  const client = useQueryClient();
  const notify = useErrorNotice();
  const { message } = App.useApp();
  const { me } = useSession();
  const [params] = useSearchParams();
  const householdId = params.get('householdId') ?? undefined;
  const [form] = Form.useForm<DemandFormValues>();
  const household = useQuery({
    queryKey: [demandsKey, 'household-label', householdId],
    queryFn: () => demandsApi.household(householdId!),
    enabled: Boolean(householdId),
  });
  const save = useMutation({
    mutationFn: (values: DemandFormValues) => demandsApi.raise(toDemandBody(values)),
    onSuccess: async (demand) => {
      await client.invalidateQueries({ queryKey: [demandsKey] });
      void message.success(t('form.saved'));
      navigate(`/demands/${demand.id}`);
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });
  const known = household.data ? { value: household.data.id, label: `${household.data.householderName}（${household.data.villageName ?? household.data.code}）` } : null;
  const back = <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('detail.back')} onClick={() => navigate(-1)} />;
  return (
    <>
      <PageHeader title={t('form.title')} back={back} />
      <Card>
        <DemandForm
          form={form}
          initialValues={{ householdId, raisedOn: dayjs(), category: undefined }}
          knownHousehold={known}
          askVillage={!isVillage(me.scope.divisionCode)}
          submitting={save.isPending}
          onSubmit={(values) => save.mutate(values)}
          onCancel={() => navigate(-1)}
        />
      </Card>
    </>
  );
}
