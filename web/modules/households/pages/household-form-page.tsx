import { App, Button, Card, Flex, Form, Skeleton, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { HouseholdUpdateBody, HouseholdView } from '../../../../contracts/households.ts';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { ForbiddenResult, LoadFailedResult } from '../../../components/result-pages.tsx';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { useSession } from '../../../platform/session.tsx';
import { HouseholdForm, toHouseholdCreateBody, toHouseholdFields, type HouseholdFormValues } from '../components/household-form.tsx';
import { MembersPanel } from '../components/members-panel.tsx';
import { householdsApi, householdsKey } from '../households.api.ts';
import { useHouseholdMessages } from '../households.messages.ts';

/** A village code (not a county's or township's), so a team whose region is its village finds it chosen. */
function villageOf(code: string | null | undefined): string | null {
  return code && /^\d{12}$/.test(code) && !code.endsWith('000') ? code : null;
}

/** /households/new registers a household with its members; /households/:id/edit corrects one. */
export function HouseholdFormPage() {
  const { id } = useParams<{ id: string }>();
  const t = useHouseholdMessages();
  const { can, me } = useSession();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const [form] = Form.useForm<HouseholdFormValues>();

  const existing = useQuery({ queryKey: [householdsKey, 'detail', id], queryFn: () => householdsApi.get(id!), enabled: Boolean(id) });
  const save = useMutation({
    mutationFn: (values: HouseholdFormValues) =>
      id ? householdsApi.update(id, toHouseholdFields(values, true) as HouseholdUpdateBody) : householdsApi.create(toHouseholdCreateBody(values)),
    onSuccess: async (household: HouseholdView) => {
      await client.invalidateQueries({ queryKey: [householdsKey] });
      void message.success(id ? t('form.updated') : t('form.created', { name: household.householderName }));
      navigate(`/households/${household.id}`);
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });

  if (!can('households.write')) return <ForbiddenResult />;
  if (existing.isError) return <LoadFailedResult error={existing.error} onRetry={() => void existing.refetch()} />;

  const backTo = id ? `/households/${id}` : '/households';
  const back = <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('action.back')} onClick={() => navigate(backTo)} />;
  return (
    <>
      <PageHeader title={t(id ? 'form.editTitle' : 'form.createTitle')} back={back} />
      <Flex vertical gap={16}>
        <Card>
          {id && !existing.data ? (
            <Skeleton active />
          ) : (
            <HouseholdForm
              form={form}
              existing={existing.data}
              defaultDivisionCode={villageOf(me.scope.divisionCode)}
              submitting={save.isPending}
              onSubmit={(values) => save.mutate(values)}
              onCancel={() => navigate(backTo)}
            />
          )}
        </Card>
        {existing.data ? (
          <Card title={t('form.members')}>
            <Typography.Paragraph type="secondary">{t('form.editMembersHint')}</Typography.Paragraph>
            <MembersPanel household={existing.data} />
          </Card>
        ) : null}
      </Flex>
    </>
  );
}
