import { App, Button, Card, Form } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TemporaryBranchDetail } from '../../../../contracts/temporary-branches.ts';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { ForbiddenResult } from '../../../components/result-pages.tsx';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { useSession } from '../../../platform/session.tsx';
import { TemporaryBranchForm, toFormFields, toTemporaryBranchBody, type TemporaryBranchFormValues } from '../components/temporary-branch-form.tsx';
import { temporaryBranchesApi, temporaryBranchesKey } from '../temporary-branches.api.ts';
import { partyOrgsKey } from '../party-orgs.api.ts';
import { usePartyOrgMessages } from '../party-orgs.messages.ts';

/** /temporary-branches/new: the request goes to the organization department of the place; values may be handed in to start from. */
export function TemporaryBranchFormPage({ initialValues }: { initialValues?: TemporaryBranchFormValues } = {}) {
  const t = usePartyOrgMessages();
  const { can } = useSession();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const [form] = Form.useForm<TemporaryBranchFormValues>();

  const save = useMutation({
    mutationFn: (values: TemporaryBranchFormValues) => temporaryBranchesApi.request(toTemporaryBranchBody(values)),
    onSuccess: async (branch: TemporaryBranchDetail) => {
      await Promise.all([client.invalidateQueries({ queryKey: [temporaryBranchesKey] }), client.invalidateQueries({ queryKey: [partyOrgsKey] })]);
      void message.success(t('tb.form.submitted', { name: branch.name }));
      navigate(`/temporary-branches/${branch.id}`);
    },
    onError: (error) => {
      if (!applyFieldErrors(form, toFormFields(error))) notify(error);
    },
  });

  if (!can('party_orgs.request_branch')) return <ForbiddenResult />;
  const back = <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('tb.detail.back')} onClick={() => navigate('/temporary-branches')} />;
  return (
    <>
      <PageHeader title={t('tb.form.title')} back={back} />
      <Card>
        <TemporaryBranchForm form={form} initialValues={initialValues} submitting={save.isPending} onSubmit={(values) => save.mutate(values)} onCancel={() => navigate('/temporary-branches')} />
      </Card>
    </>
  );
}
