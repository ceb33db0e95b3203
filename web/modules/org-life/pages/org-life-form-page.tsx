import { Card, Spin } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { orgLifeApi, orgLifeKey } from '../org-life.api.ts';
import { useOrgLifeMessages } from '../org-life.messages.ts';
import { OrgLifeForm } from '../components/org-life-form.tsx';

/** /org-life/new?partyOrgId=…: record a meeting, then back to the branch's 六个一. */
export function OrgLifeFormPage() {
  const t = useOrgLifeMessages();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const partyOrgId = params.get('partyOrgId') ?? undefined;
  const year = new Date().getFullYear();
  const branches = useQuery({ queryKey: [orgLifeKey, 'branches', year], queryFn: () => orgLifeApi.branches(year) });
  if (branches.isError) return <LoadFailedResult error={branches.error} onRetry={() => void branches.refetch()} />;
  if (!branches.data) return <Spin />;
  const options = branches.data.items.map((b) => ({ value: b.partyOrgId, label: b.partyOrgName }));
  const back = () => navigate(partyOrgId ? `/six-ones/${partyOrgId}` : '/org-life');
  return (
    <>
      <PageHeader title={t('form.title')} />
      <Card>
        <OrgLifeForm
          branches={options}
          partyOrgId={partyOrgId ?? options[0]?.value}
          onSaved={(saved) => navigate(`/six-ones/${saved.partyOrgId}`)}
          onCancel={back}
        />
      </Card>
    </>
  );
}
