import { Button, Card, Skeleton, Tabs } from 'antd';
import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useSession } from '../../../platform/session.tsx';
import { HouseholdTransitionsTab } from '../../household-transitions/index.ts';
import { HouseholdVisitsTab } from '../../visits/index.ts';
import { HouseholdDemandsTab } from '../../demands/index.ts';
import { HouseholdLabourTab } from '../../labour-transfers/index.ts';
import { HouseholdArchiveTab } from '../../household-archives/index.ts';
import { HouseholdBasics } from '../components/household-basics.tsx';
import { MembersPanel } from '../components/members-panel.tsx';
import { IncomePanel } from '../components/income-panel.tsx';
import { IndicatorsPanel } from '../components/indicators-panel.tsx';
import { MeasuresPanel } from '../components/measures-panel.tsx';
import { CadresPanel } from '../components/cadres-panel.tsx';
import { householdsApi, householdsKey } from '../households.api.ts';
import { useHouseholdMessages } from '../households.messages.ts';

/** /households/:id: the household's whole record in tabs; the open tab is kept in the address (?tab=). */
export function HouseholdDetailPage() {
  const { id } = useParams<{ id: string }>();
  const t = useHouseholdMessages();
  const navigate = useNavigate();
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const query = useQuery({ queryKey: [householdsKey, 'detail', id], queryFn: () => householdsApi.get(id!) });
  const household = query.data;

  if (query.isError) return <LoadFailedResult error={query.error} onRetry={() => void query.refetch()} />;
  const back = <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('action.back')} onClick={() => navigate('/households')} />;
  if (!household) return <Skeleton active />;

  const shared = { householdId: household.id, divisionCode: household.divisionCode };
  const tabs = [
    { key: 'basics', label: t('tab.basics'), children: <HouseholdBasics household={household} /> },
    { key: 'members', label: t('tab.members'), children: <MembersPanel household={household} /> },
    { key: 'income', label: t('tab.income'), children: <IncomePanel household={household} /> },
    { key: 'indicators', label: t('tab.indicators'), children: <IndicatorsPanel household={household} /> },
    { key: 'measures', label: t('tab.measures'), children: <MeasuresPanel household={household} /> },
    { key: 'cadres', label: t('tab.cadres'), children: <CadresPanel household={household} /> },
    ...(can('transitions.read') ? [{ key: 'transitions', label: t('tab.transitions'), children: <HouseholdTransitionsTab {...shared} /> }] : []),
    ...(can('visits.read') ? [{ key: 'visits', label: t('tab.visits'), children: <HouseholdVisitsTab {...shared} /> }] : []),
    ...(can('demands.read') ? [{ key: 'demands', label: t('tab.demands'), children: <HouseholdDemandsTab {...shared} /> }] : []),
    ...(can('labour.read') ? [{ key: 'labour', label: t('tab.labour'), children: <HouseholdLabourTab {...shared} /> }] : []),
    { key: 'archive', label: t('tab.archive'), children: <HouseholdArchiveTab {...shared} /> },
  ];
  const active = tabs.some((tab) => tab.key === params.get('tab')) ? params.get('tab')! : 'basics';

  return (
    <>
      <PageHeader
        title={t('detail.title', { name: household.householderName })}
        subtitle={`${household.villageName ?? household.divisionCode} · ${household.code}`}
        back={back}
        extra={
          household.abilities.write ? (
            <Button icon={<EditOutlined />} onClick={() => navigate(`/households/${household.id}/edit`)}>
              {t('action.edit')}
            </Button>
          ) : null
        }
      />
      <Card>
        <Tabs
          activeKey={active}
          onChange={(key) => setParams((current) => {
            const next = new URLSearchParams(current);
            next.set('tab', key);
            return next;
          }, { replace: true })}
          items={tabs}
          destroyOnHidden
        />
      </Card>
    </>
  );
}
