import { Button, Flex, Select, Spin, Tabs } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { orgLifeApi, orgLifeKey } from '../org-life.api.ts';
import { useOrgLifeMessages } from '../org-life.messages.ts';
import { SixOnesCards } from '../components/six-ones-cards.tsx';
import { ReportsTab } from '../components/reports-tab.tsx';
import { FrequenciesDialog } from '../components/frequencies-dialog.tsx';

/**
 * /six-ones and /six-ones/:partyOrgId: the 六个一 of one temporary branch for a year. Without a branch
 * named, the one the account's cadre leads, else the first in reach.
 */
export function SixOnesPage() {
  const t = useOrgLifeMessages();
  const navigate = useNavigate();
  const { partyOrgId: named } = useParams();
  const [params, setParams] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const year = Number(params.get('year') ?? thisYear);
  const branches = useQuery({ queryKey: [orgLifeKey, 'branches', year], queryFn: () => orgLifeApi.branches(year) });
  const partyOrgId = named ?? branches.data?.items[0]?.partyOrgId;
  const six = useQuery({ queryKey: [orgLifeKey, 'six-ones', partyOrgId, year], queryFn: () => orgLifeApi.sixOnes(partyOrgId!, year), enabled: !!partyOrgId });
  if (branches.isError) return <LoadFailedResult error={branches.error} onRetry={() => void branches.refetch()} />;
  if (six.isError) return <LoadFailedResult error={six.error} onRetry={() => void six.refetch()} />;
  if (!branches.data) return <Spin />;
  if (!partyOrgId) return <PageHeader title={t('six.title')} subtitle={t('six.none')} />;
  const options = branches.data.items.map((b) => ({ value: b.partyOrgId, label: b.partyOrgName }));
  if (six.data && !options.some((o) => o.value === six.data.partyOrgId)) options.unshift({ value: six.data.partyOrgId, label: six.data.partyOrgName });
  const years = Array.from({ length: 5 }, (_, i) => thisYear - i);

  return (
    <>
      <PageHeader
        title={six.data ? `${t('six.title')} · ${six.data.partyOrgName}` : t('six.title')}
        subtitle={t('six.subtitle')}
        extra={
          <>
            {six.data?.abilities.configure ? <FrequenciesDialog partyOrgId={partyOrgId} /> : null}
            {six.data?.abilities.write ? (
              <Link to={`/org-life/new?partyOrgId=${partyOrgId}`}>
                <Button type="primary" icon={<PlusOutlined />}>
                  {t('six.record')}
                </Button>
              </Link>
            ) : null}
          </>
        }
      />
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <Select aria-label={t('six.branch')} value={partyOrgId} options={options} style={{ minWidth: 320 }} onChange={(id: string) => navigate(`/six-ones/${id}?year=${year}`)} />
        <Select
          aria-label={t('six.year')}
          value={year}
          options={years.map((y) => ({ value: y, label: String(y) }))}
          onChange={(y: number) => setParams((p) => {
            p.set('year', String(y));
            return p;
          })}
        />
      </Flex>
      {six.data ? (
        <Tabs
          items={[
            { key: 'standing', label: t('six.standing'), children: <SixOnesCards items={six.data.items} /> },
            { key: 'reports', label: t('six.reports'), children: <ReportsTab partyOrgId={partyOrgId} canIssue={six.data.abilities.issue} /> },
          ]}
        />
      ) : (
        <Spin />
      )}
    </>
  );
}
