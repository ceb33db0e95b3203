import { useState } from 'react';
import { Button, Modal, Spin, Tabs, Tag } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useLocation, useNavigate, useParams } from 'react-router';
import { campaignStatuses } from '../../../../contracts/campaigns.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useText } from '../../../platform/i18n.tsx';
import { campaignApi, campaignKey } from '../campaigns.api.ts';
import { useCampaignMessages } from '../campaigns.messages.ts';
import { CampaignForm } from '../components/campaign-form.tsx';
import { OverviewTab } from '../components/overview-tab.tsx';
import { PlanTab } from '../components/plan-tab.tsx';
import { TasksTab } from '../components/tasks-tab.tsx';
import { LedgerTab } from '../components/ledger-tab.tsx';
import { statusColor } from './campaign-list-page.tsx';

type Tab = 'overview' | 'plan' | 'tasks' | 'ledger';
const paths: Record<Tab, string> = { overview: '', plan: '/plan', tasks: '/tasks', ledger: '/ledger' };

/** The tab a path names: /campaigns/:id/plan → plan; the bare id → the overview. */
export function tabOf(pathname: string): Tab {
  const last = pathname.split('/').pop();
  return last === 'plan' || last === 'tasks' || last === 'ledger' ? last : 'overview';
}

/** /campaigns/:id and its tabs; each tab has its own address, so its filters stay in the URL. */
export function CampaignDetailPage() {
  const { pathname } = useLocation();
  const tab = tabOf(pathname);
  const t = useCampaignMessages();
  const text = useText();
  const navigate = useNavigate();
  const { id = '' } = useParams<{ id: string }>();
  const [editing, setEditing] = useState(false);
  const campaign = useQuery({ queryKey: [campaignKey, 'one', id], queryFn: () => campaignApi.get(id) });
  if (campaign.isError) return <LoadFailedResult error={campaign.error} onRetry={() => void campaign.refetch()} />;
  if (!campaign.data) return <Spin />;
  const c = campaign.data;

  return (
    <>
      <PageHeader
        title={c.name}
        subtitle={<Tag color={statusColor[c.status]}>{text(campaignStatuses.labels[c.status])}</Tag>}
        extra={c.abilities.manage ? <Button onClick={() => setEditing(true)}>{t('overview.edit')}</Button> : null}
      />
      <Tabs
        activeKey={tab}
        onChange={(key) => void navigate(`/campaigns/${id}${paths[key as Tab]}`)}
        items={(['overview', 'plan', 'tasks', 'ledger'] as const).map((key) => ({ key, label: t(`tab.${key}`) }))}
      />
      {tab === 'overview' ? <OverviewTab campaign={c} /> : null}
      {tab === 'plan' ? <PlanTab campaign={c} /> : null}
      {tab === 'tasks' ? <TasksTab campaign={c} /> : null}
      {tab === 'ledger' ? <LedgerTab campaign={c} /> : null}
      <Modal title={t('form.titleEdit')} open={editing} footer={null} onCancel={() => setEditing(false)} destroyOnHidden width={680}>
        <CampaignForm campaign={c} onSaved={() => setEditing(false)} onCancel={() => setEditing(false)} />
      </Modal>
    </>
  );
}
