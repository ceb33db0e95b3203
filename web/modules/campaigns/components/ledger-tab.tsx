import { useState } from 'react';
import { Button, DatePicker, Flex, Modal, Table, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { useQuery } from '@tanstack/react-query';
import { campaignLines, type CampaignView, type LedgerEntryView } from '../../../../contracts/campaigns.ts';
import { ExportButton } from '../../../components/export-button.tsx';
import { DivisionFilter, listEmptyText, SearchFilter, SelectFilter } from '../../../components/list-filters.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useTableQuery } from '../../../components/use-table-query.ts';
import { useText } from '../../../platform/i18n.tsx';
import { useSession } from '../../../platform/session.tsx';
import { campaignApi, campaignKey } from '../campaigns.api.ts';
import { useCampaignMessages } from '../campaigns.messages.ts';
import { LedgerForm } from './ledger-form.tsx';

type Filter = 'line' | 'branchId' | 'dateFrom' | 'dateTo' | 'divisionCode' | 'q';
const money = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 登记台账: the ledger as 《“五千行动”工作情况登记台账》 lays it out, filtered, sorted and exported. */
export function LedgerTab({ campaign }: { campaign: CampaignView }) {
  const t = useCampaignMessages();
  const text = useText();
  const { can } = useSession();
  const [editing, setEditing] = useState<LedgerEntryView | 'new' | null>(null);
  const branches = useQuery({ queryKey: [campaignKey, 'branches', campaign.id], queryFn: () => campaignApi.branches(campaign.id) });
  const table = useTableQuery<LedgerEntryView, Filter>({
    queryKey: campaignKey,
    url: campaignApi.ledgerUrl(campaign.id),
    filters: ['line', 'branchId', 'dateFrom', 'dateTo', 'divisionCode', 'q'] as const,
    defaultSort: 'happenedOn',
    defaultOrder: 'desc',
  });
  if (table.query.isError && !table.query.data) return <LoadFailedResult error={table.query.error} onRetry={() => void table.query.refetch()} />;
  const { dateFrom, dateTo } = table.state.filters;

  const columns: TableColumnsType<LedgerEntryView> = [
    { key: 'unit', title: t('ledger.unit'), dataIndex: 'unitName' },
    { key: 'branch', title: t('ledger.branch'), dataIndex: 'branchName' },
    { key: 'person', title: t('ledger.person'), dataIndex: 'personName' },
    { key: 'village', title: t('ledger.village'), dataIndex: 'villageName' },
    { key: 'household', title: t('ledger.household'), dataIndex: 'householdName' },
    { key: 'happenedOn', title: t('ledger.happenedOn'), dataIndex: 'happenedOn', sorter: true, sortOrder: table.sortOrderOf('happenedOn') },
    { key: 'description', title: t('ledger.description'), render: (_: unknown, r) => `${text(campaignLines.labels[r.line])}：${r.description}` },
    { key: 'personTimes', title: t('ledger.personTimes'), dataIndex: 'personTimes', align: 'right', sorter: true, sortOrder: table.sortOrderOf('personTimes') },
    { key: 'problemsSolved', title: '解决问题', dataIndex: 'problemsSolved', align: 'right' },
    { key: 'policyItems', title: '政策信息', dataIndex: 'policyItems', align: 'right' },
    { key: 'technicalServices', title: '技术服务', dataIndex: 'technicalServices', align: 'right' },
    { key: 'ideas', title: '发展思路', dataIndex: 'ideas', align: 'right' },
    { key: 'projects', title: '项目', dataIndex: 'projects', align: 'right' },
    { key: 'funds', title: t('ledger.funds'), align: 'right', sorter: true, sortOrder: table.sortOrderOf('funds'), render: (_: unknown, r) => money.format(Number(r.funds)) },
    {
      key: 'actions',
      title: t('column.actions'),
      render: (_: unknown, r) =>
        r.mayEdit ? (
          <Button type="link" size="small" onClick={() => setEditing(r)}>
            {t('ledger.edit')}
          </Button>
        ) : null,
    },
  ];

  return (
    <>
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <SelectFilter table={table} name="line" placeholder={t('task.allLines')} width={240} options={campaign.lines.map((l) => ({ value: l, label: text(campaignLines.labels[l]) }))} />
        <SelectFilter
          table={table}
          name="branchId"
          placeholder={t('ledger.allBranches')}
          width={220}
          options={(branches.data?.items ?? []).map((b) => ({ value: b.id, label: b.unitName ? `${b.name} · ${b.unitName}` : b.name }))}
        />
        <DatePicker.RangePicker
          placeholder={[t('ledger.period'), t('ledger.period')]}
          value={dateFrom && dateTo ? [dayjs(dateFrom), dayjs(dateTo)] : null}
          onChange={(range) => table.setFilters({ dateFrom: range?.[0]?.format('YYYY-MM-DD'), dateTo: range?.[1]?.format('YYYY-MM-DD') })}
        />
        <DivisionFilter table={table} placeholder={t('column.region')} />
        <SearchFilter table={table} name="q" placeholder={t('ledger.q')} width={240} />
        {can('campaigns.export') ? <ExportButton download={() => campaignApi.exportLedger(campaign.id, table.listFilters)} /> : null}
        {campaign.abilities.record && campaign.status === 'running' ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="ledger-new">
            {t('ledger.new')}
          </Button>
        ) : null}
      </Flex>
      <Table<LedgerEntryView> {...table.tableProps} columns={columns} size="middle" scroll={{ x: 'max-content' }} locale={{ emptyText: listEmptyText(table.query.isPending, t('ledger.empty')) }} />
      <Modal title={editing === 'new' ? t('ledger.titleNew') : t('ledger.titleEdit')} open={editing !== null} footer={null} onCancel={() => setEditing(null)} destroyOnHidden width={760}>
        {editing ? <LedgerForm campaign={campaign} entry={editing === 'new' ? undefined : editing} onDone={() => setEditing(null)} /> : null}
      </Modal>
    </>
  );
}
