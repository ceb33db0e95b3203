import { App, Button, Card, Form, Skeleton } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { AccountView } from '../../../../contracts/accounts.ts';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { ForbiddenResult, LoadFailedResult } from '../../../components/result-pages.tsx';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { useSession } from '../../../platform/session.tsx';
import { AccountForm, toCreateBody, toUpdateBody, type AccountFormValues } from '../components/account-form.tsx';
import { accountsApi, accountsKey } from '../accounts.api.ts';
import { useAccountMessages } from '../accounts.messages.ts';

/** /accounts/new opens an account (system administrator); /accounts/:id/edit changes roles, scope or status. */
export function AccountFormPage() {
  const { id } = useParams<{ id: string }>();
  const t = useAccountMessages();
  const { can } = useSession();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const [form] = Form.useForm<AccountFormValues>();

  const existing = useQuery({ queryKey: [accountsKey, 'detail', id], queryFn: () => accountsApi.get(id!), enabled: Boolean(id) });
  const save = useMutation({
    mutationFn: (values: AccountFormValues) => (id ? accountsApi.update(id, toUpdateBody(values)) : accountsApi.create(toCreateBody(values))),
    onSuccess: async (account: AccountView) => {
      await client.invalidateQueries({ queryKey: [accountsKey] });
      void message.success(t(id ? 'form.updated' : 'form.created', { name: account.displayName }));
      navigate('/accounts');
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });

  if (!can('accounts.manage')) return <ForbiddenResult />;
  if (existing.isError) return <LoadFailedResult error={existing.error} onRetry={() => void existing.refetch()} />;
  if (existing.data && !existing.data.abilities.update) return <ForbiddenResult />;

  const back = <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('form.back')} onClick={() => navigate('/accounts')} />;
  return (
    <>
      <PageHeader title={t(id ? 'form.editTitle' : 'form.createTitle')} back={back} />
      <Card>
        {id && !existing.data ? (
          <Skeleton active />
        ) : (
          <AccountForm
            form={form}
            existing={existing.data}
            submitting={save.isPending}
            onSubmit={(values) => save.mutate(values)}
            onCancel={() => navigate('/accounts')}
          />
        )}
      </Card>
    </>
  );
}
