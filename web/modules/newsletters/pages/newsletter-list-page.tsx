import { useState } from 'react';
import { Button, Flex, Modal, Table, Tag, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { newsletterKinds, newsletterStates, type NewsletterView } from '../../../../contracts/newsletters.ts';
import { ExportButton } from '../../../components/export-button.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useTableQuery } from '../../../components/use-table-query.ts';
import { DivisionFilter, listEmptyText, SearchFilter, SelectFilter } from '../../../components/list-filters.tsx';
import { useLocale, useText } from '../../../platform/i18n.tsx';
import { useSession } from '../../../platform/session.tsx';
import { newsletterApi, newsletterKey } from '../newsletters.api.ts';
import { useNewsletterMessages } from '../newsletters.messages.ts';
import { NewsletterForm } from '../components/newsletter-form.tsx';
import { stateColors } from '../newsletters.view.ts';

type NewsletterFilter = 'kind' | 'state' | 'divisionCode' | 'q';
const tableOptions = {
  queryKey: newsletterKey,
  url: newsletterApi.listUrl,
  filters: ['kind', 'state', 'divisionCode', 'q'] as const,
  defaultSort: 'updatedAt',
  defaultOrder: 'desc' as const,
};

/** /newsletters: own drafts and the region's newsletters in review or published. */
export function NewsletterListPage() {
  const t = useNewsletterMessages();
  const text = useText();
  const locale = useLocale();
  const navigate = useNavigate();
  const { can } = useSession();
  const [creating, setCreating] = useState(false);
  const table = useTableQuery<NewsletterView, NewsletterFilter>(tableOptions);
  if (table.query.isError && !table.query.data) return <LoadFailedResult error={table.query.error} onRetry={() => void table.query.refetch()} />;

  const columns: TableColumnsType<NewsletterView> = [
    { key: 'title', title: t('column.title'), render: (_: unknown, n) => <Link to={`/newsletters/${n.id}`}>{n.title}</Link> },
    { key: 'kind', title: t('column.kind'), render: (_: unknown, n) => text(newsletterKinds.labels[n.kind]) },
    { key: 'issueNo', title: t('column.issueNo'), sorter: true, sortOrder: table.sortOrderOf('issueNo'), render: (_: unknown, n) => (n.issueNo ? t('issueNo', { no: n.issueNo }) : '—') },
    { key: 'state', title: t('column.state'), render: (_: unknown, n) => <Tag color={stateColors[n.state]}>{text(newsletterStates.labels[n.state])}</Tag> },
    { key: 'place', title: t('column.place'), dataIndex: 'placeName', responsive: ['md'] },
    { key: 'author', title: t('column.author'), dataIndex: 'authorName', responsive: ['lg'] },
    { key: 'updatedAt', title: t('column.updatedAt'), sorter: true, sortOrder: table.sortOrderOf('updatedAt'), render: (_: unknown, n) => new Date(n.updatedAt).toLocaleDateString(locale) },
  ];

  return (
    <>
      <PageHeader
        title={t('list.title')}
        subtitle={t('list.subtitle')}
        extra={
          <>
            <ExportButton download={() => newsletterApi.exportList(table.listFilters)} />
            {can('newsletters.write') ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="newsletter-new">
                {t('list.new')}
              </Button>
            ) : null}
          </>
        }
      />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
        <DivisionFilter table={table} placeholder={t('list.region')} />
        <SelectFilter table={table} name="kind" placeholder={t('list.kind')} label={t('column.kind')} options={newsletterKinds.codes.map((k) => ({ value: k, label: text(newsletterKinds.labels[k]) }))} />
        <SelectFilter table={table} name="state" placeholder={t('list.state')} label={t('column.state')} options={newsletterStates.codes.map((s) => ({ value: s, label: text(newsletterStates.labels[s]) }))} />
        <SearchFilter table={table} name="q" placeholder={t('list.q')} width={220} />
      </Flex>
      <Table<NewsletterView>
        {...table.tableProps}
        columns={columns}
        size="middle"
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: listEmptyText(table.query.isPending, t('list.empty')) }}
      />
      <Modal title={t('form.newTitle')} open={creating} footer={null} onCancel={() => setCreating(false)} destroyOnHidden width={760}>
        <NewsletterForm onSaved={(saved) => navigate(`/newsletters/${saved.id}`)} onCancel={() => setCreating(false)} />
      </Modal>
    </>
  );
}
