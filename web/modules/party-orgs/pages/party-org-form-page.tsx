import { App, Button, Card, Form, Skeleton } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PartyOrgDetail } from '../../../../contracts/party-orgs.ts';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { ForbiddenResult, LoadFailedResult } from '../../../components/result-pages.tsx';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { useSession } from '../../../platform/session.tsx';
import { PartyOrgForm, toPartyOrgBody, type PartyOrgFormValues } from '../components/party-org-form.tsx';
import { partyOrgsApi, partyOrgsKey } from '../party-orgs.api.ts';
import { usePartyOrgMessages } from '../party-orgs.messages.ts';

/** /party-orgs/new sets up an organization; /party-orgs/:id/edit changes one the account keeps. */
export function PartyOrgFormPage() {
  const { id } = useParams<{ id: string }>();
  const t = usePartyOrgMessages();
  const { can } = useSession();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const [form] = Form.useForm<PartyOrgFormValues>();

  const existing = useQuery({ queryKey: [partyOrgsKey, 'detail', id], queryFn: () => partyOrgsApi.get(id!), enabled: Boolean(id) });
  const save = useMutation({
    mutationFn: (values: PartyOrgFormValues) => {
      const body = toPartyOrgBody(values, existing.data);
      return id ? partyOrgsApi.update(id, body) : partyOrgsApi.create(body);
    },
    onSuccess: async (org: PartyOrgDetail) => {
      await client.invalidateQueries({ queryKey: [partyOrgsKey] });
      void message.success(t(id ? 'form.updated' : 'form.created', { name: org.name }));
      navigate(`/party-orgs/${org.id}`);
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });

  if (!can('party_orgs.manage')) return <ForbiddenResult />;
  if (existing.isError) return <LoadFailedResult error={existing.error} onRetry={() => void existing.refetch()} />;
  if (existing.data && !existing.data.abilities.update) return <ForbiddenResult />;

  const back = <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('detail.back')} onClick={() => navigate(id ? `/party-orgs/${id}` : '/party-orgs')} />;
  return (
    <>
      <PageHeader title={t(id ? 'form.editTitle' : 'form.createTitle')} back={back} />
      <Card>
        {id && !existing.data ? (
          <Skeleton active />
        ) : (
          <PartyOrgForm
            form={form}
            existing={existing.data}
            submitting={save.isPending}
            onSubmit={(values) => save.mutate(values)}
            onCancel={() => navigate(id ? `/party-orgs/${id}` : '/party-orgs')}
          />
        )}
      </Card>
    </>
  );
}
