import { Button, Flex, Table } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import type { ContributionItem } from '../../../../contracts/enterprises.ts';
import { contributionKinds } from '../../../../contracts/social-codes.ts';
import { ExportButton } from '../../../components/export-button.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useTableQuery } from '../../../components/use-table-query.ts';
import { listEmptyText, DivisionFilter, SelectFilter } from '../../../components/list-filters.tsx';
import { useText } from '../../../platform/i18n.tsx';
import { useSession } from '../../../platform/session.tsx';
import { enterpriseApi, enterpriseKey } from '../enterprises.api.ts';
import { useEnterpriseMessages } from '../enterprises.messages.ts';
import { useContributionColumns } from '../components/contributions-table.tsx';
import { SummaryCard } from '../components/summary-card.tsx';

type ContributionFilter = 'divisionCode' | 'kind' | 'year';
const tableOptions = {
  queryKey: `${enterpriseKey}-contributions`,
  url: enterpriseApi.contributionsUrl,
  filters: ['divisionCode', 'kind', 'year'] as const,
  defaultSort: 'givenOn',
  defaultOrder: 'desc' as const,
};

/** /enterprises/contributions: the summary by region, then every contribution in the area. */
export function ContributionListPage() {
  const t = useEnterpriseMessages();
  const text = useText();
  const { can } = useSession();
  const navigate = useNavigate();
  const table = useTableQuery<ContributionItem, ContributionFilter>(tableOptions);
  const columns = useContributionColumns({ showEnterprise: true }).map((c) => (c.key === 'givenOn' ? { ...c, sortOrder: table.sortOrderOf('givenOn') } : c));
  if (table.query.isError && !table.query.data) return <LoadFailedResult error={table.query.error} onRetry={() => void table.query.refetch()} />;
  const thisYear = new Date().getFullYear();
  return (
    <>
      <PageHeader
        title={t('contributions.title')}
        subtitle={t('contributions.subtitle')}
        back={<Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('list.title')} onClick={() => navigate('/enterprises')} />}
        extra={can('enterprises.export') ? <ExportButton download={() => enterpriseApi.exportContributions(table.listFilters)} /> : null}
      />
      <SummaryCard />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
        <DivisionFilter table={table} placeholder={t('list.region')} />
        <SelectFilter
          table={table}
          name="kind"
          placeholder={t('contribution.allKinds')}
          label={t('contribution.kind')}
          options={contributionKinds.codes.map((k) => ({ value: k, label: text(contributionKinds.labels[k]) }))}
        />
        <SelectFilter
          table={table}
          name="year"
          placeholder={t('summary.allYears')}
          label={t('contribution.year')}
          options={Array.from({ length: 8 }, (_, i) => ({ value: String(thisYear - i), label: String(thisYear - i) }))}
          width={120}
        />
      </Flex>
      <Table<ContributionItem>
        {...table.tableProps}
        columns={columns}
        size="middle"
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: listEmptyText(table.query.isPending, t('contribution.empty')) }}
      />
    </>
  );
}
