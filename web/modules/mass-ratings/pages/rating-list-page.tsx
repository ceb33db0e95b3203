import { useState } from 'react';
import { App, Button, Flex, Modal, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { MassRatingList, TeamRatingRow } from '../../../../contracts/mass-ratings.ts';
import { ExportButton } from '../../../components/export-button.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useTableQuery } from '../../../components/use-table-query.ts';
import { DivisionFilter, listEmptyText, SearchFilter, SelectFilter } from '../../../components/list-filters.tsx';
import { ApiError } from '../../../platform/api.ts';
import { ratingApi, ratingKey, ratingPageUrl } from '../mass-ratings.api.ts';
import { useRatingMessages } from '../mass-ratings.messages.ts';
import { QrImage } from '../../../components/qr-image.tsx';
import { SummaryText } from '../components/summary-text.tsx';

type RatingFilter = 'divisionCode' | 'q' | 'linkActive';
const tableOptions = { queryKey: ratingKey, url: ratingApi.listUrl, filters: ['divisionCode', 'q', 'linkActive'] as const, defaultSort: 'divisionCode' };

/** /mass-ratings: the teams in the account's area, their rating pages, codes and this quarter's result. */
export function RatingListPage() {
  const t = useRatingMessages();
  const { message, modal } = App.useApp();
  const client = useQueryClient();
  const [shown, setShown] = useState<{ teamName: string; token: string } | null>(null);
  const table = useTableQuery<TeamRatingRow, RatingFilter>(tableOptions);
  const open = useMutation({
    mutationFn: (row: TeamRatingRow) => ratingApi.openLink(row.id),
    onSuccess: (link, row) => {
      void client.invalidateQueries({ queryKey: [ratingKey] });
      void message.success(t('link.opened'));
      setShown({ teamName: row.teamName, token: link.token });
    },
    onError: (error) => void message.error(error instanceof ApiError ? error.message : String(error)),
  });
  if (table.query.isError && !table.query.data) return <LoadFailedResult error={table.query.error} onRetry={() => void table.query.refetch()} />;
  const list = table.query.data as MassRatingList | undefined;
  const manage = list?.abilities.manage ?? false;
  const minCount = list?.minCount ?? 5;

  const renew = (row: TeamRatingRow) => modal.confirm({ title: t('action.renewLink'), content: t('link.renewConfirm'), onOk: () => open.mutateAsync(row) });
  const columns: TableColumnsType<TeamRatingRow> = [
    { key: 'divisionCode', title: t('column.village'), dataIndex: 'villageName', sorter: true, sortOrder: table.sortOrderOf('divisionCode') },
    { key: 'name', title: t('column.team'), dataIndex: 'teamName', sorter: true, sortOrder: table.sortOrderOf('name') },
    { key: 'link', title: t('column.link'), render: (_: unknown, r) => (r.linkActive ? <Tag color="green">{t('list.linkOpen')}</Tag> : <Tag>{t('list.linkClosed')}</Tag>) },
    { key: 'codes', title: t('column.codes'), align: 'right', render: (_: unknown, r) => `${r.codesUsed} / ${r.codesIssued}` },
    { key: 'count', title: t('column.count'), align: 'right', sorter: true, sortOrder: table.sortOrderOf('count'), render: (_: unknown, r) => r.summary.count },
    { key: 'summary', title: t('column.summary'), render: (_: unknown, r) => <SummaryText summary={r.summary} minCount={minCount} /> },
  ];
  if (manage) {
    columns.push({
      key: 'actions',
      title: t('column.actions'),
      render: (_: unknown, r) => (
        <Space size={4} wrap>
          {r.token ? (
            <>
              <Button size="small" onClick={() => setShown({ teamName: r.teamName, token: r.token! })}>
                {t('action.showLink')}
              </Button>
              <Button size="small" onClick={() => renew(r)}>
                {t('action.renewLink')}
              </Button>
              <Link to={`/mass-ratings/teams/${r.id}/slips`}>
                <Button size="small" type="primary">
                  {t('action.slips')}
                </Button>
              </Link>
            </>
          ) : (
            <Button size="small" type="primary" loading={open.isPending && open.variables?.id === r.id} onClick={() => open.mutate(r)}>
              {t('action.openLink')}
            </Button>
          )}
        </Space>
      ),
    });
  }

  return (
    <>
      <PageHeader
        title={t('list.title')}
        subtitle={list ? `${t('list.quarter', { year: list.year, quarter: list.quarter })} · ${t('list.subtitle')}` : t('list.subtitle')}
        extra={<ExportButton download={() => ratingApi.exportList(table.listFilters)} />}
      />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
        <DivisionFilter table={table} placeholder={t('list.region')} />
        <SelectFilter
          table={table}
          name="linkActive"
          placeholder={t('list.link')}
          width={130}
          options={[
            { value: 'true', label: t('list.linkOpen') },
            { value: 'false', label: t('list.linkClosed') },
          ]}
        />
        <SearchFilter table={table} name="q" placeholder={t('list.q')} width={240} />
      </Flex>
      <Table<TeamRatingRow> {...table.tableProps} columns={columns} size="middle" scroll={{ x: 'max-content' }} locale={{ emptyText: listEmptyText(table.query.isPending, t('list.empty')) }} />
      <Modal title={t('link.title')} open={!!shown} footer={null} onCancel={() => setShown(null)} destroyOnHidden>
        {shown ? (
          <Flex vertical align="center" gap={8}>
            <Typography.Text strong>{shown.teamName}</Typography.Text>
            <QrImage text={ratingPageUrl(window.location.origin, shown.token)} size={220} alt={t('link.title')} testId="rating-qr" />
            <Typography.Text copyable style={{ wordBreak: 'break-all' }}>
              {ratingPageUrl(window.location.origin, shown.token)}
            </Typography.Text>
            <Typography.Paragraph type="secondary">{t('link.hint')}</Typography.Paragraph>
          </Flex>
        ) : null}
      </Modal>
    </>
  );
}
