import { useEffect, useState } from 'react';
import { Alert, Button, Card, Col, DatePicker, Flex, List, Row, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import type { DiaryView } from '../../../../contracts/diaries.ts';
import { DivisionTreeSelect } from '../../../components/division-tree-select.tsx';
import { ExportButton } from '../../../components/export-button.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { RemoteSelect, type RemoteOption } from '../../../components/remote-select.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useTableQuery } from '../../../components/use-table-query.ts';
import { useSession } from '../../../platform/session.tsx';
import { diariesApi, diariesKey } from '../diaries.api.ts';
import { useDiaryMessages } from '../diaries.messages.ts';
import { DiaryForm } from '../components/diary-form.tsx';
import { DiaryEditModal } from '../components/diary-edit-modal.tsx';

type DiaryFilter = 'month' | 'cadreId' | 'divisionCode';
const tableOptions = { queryKey: diariesKey, url: diariesApi.listUrl, filters: ['month', 'cadreId', 'divisionCode'] as const, defaultOrder: 'desc' as const };

async function cadreOptions(q: string): Promise<RemoteOption[]> {
  const { items } = await diariesApi.searchCadres(q);
  return items.map((c) => ({ value: c.id, label: c.name }));
}

/** /diaries: one's own entries month by month and the form to write one; readers may look by cadre or place. */
export function DiaryPage() {
  const t = useDiaryMessages();
  const { me, can } = useSession();
  const table = useTableQuery<DiaryView, DiaryFilter>(tableOptions);
  const filters = table.state.filters;
  const [editing, setEditing] = useState<DiaryView | null>(null);
  const writes = can('diaries.write') && me.cadreId !== null;
  // A plain team member reads his own diary only; the leader and the township or county read their area.
  const readsOthers = me.roles.some((role) => role !== 'team_member');
  const first = table.query.data?.items[0];
  const { setFilter } = table;

  useEffect(() => {
    if (!filters.month) setFilter('month', dayjs().format('YYYY-MM'));
  }, [filters.month, setFilter]);

  if (table.query.isError && !table.query.data) return <LoadFailedResult error={table.query.error} onRetry={() => void table.query.refetch()} />;

  const list = (
    <Card
      size="small"
      title={filters.cadreId || filters.divisionCode || !me.cadreId ? t('page.title') : t('page.mine')}
      extra={<ExportButton download={() => diariesApi.exportList(table.listFilters)} />}
    >
      <Flex gap={8} wrap align="center" style={{ marginBottom: 12 }}>
        <DatePicker
          picker="month"
          allowClear={false}
          aria-label={t('page.month')}
          value={filters.month ? dayjs(`${filters.month}-01`) : null}
          onChange={(value) => setFilter('month', value ? value.format('YYYY-MM') : undefined)}
        />
        {readsOthers ? (
          <>
            <RemoteSelect
              queryKey={['diaries', 'cadres']}
              search={cadreOptions}
              value={filters.cadreId ?? null}
              known={filters.cadreId && first?.cadreId === filters.cadreId ? { value: first.cadreId, label: first.cadreName } : null}
              onChange={(value) => setFilter('cadreId', value)}
              placeholder={t('page.cadre')}
              aria-label={t('page.cadre')}
              style={{ width: 180 }}
            />
            <DivisionTreeSelect
              value={filters.divisionCode ?? null}
              placeholder={t('page.region')}
              onChange={(value) => setFilter('divisionCode', typeof value === 'string' ? value : undefined)}
              style={{ width: 220, maxWidth: '100%' }}
            />
          </>
        ) : null}
      </Flex>
      <List<DiaryView>
        loading={table.query.isFetching}
        dataSource={table.query.data?.items ?? []}
        locale={{ emptyText: table.query.isPending ? ' ' : t(filters.cadreId || filters.divisionCode ? 'page.emptyAll' : 'page.empty') }}
        pagination={{
          current: table.state.page,
          pageSize: table.state.pageSize,
          total: table.query.data?.total ?? 0,
          hideOnSinglePage: true,
          // Pages through the same address-bar state a table would, so a reload opens the same page.
          onChange: (page, pageSize) => table.tableProps.onChange?.({ current: page, pageSize }, {}, [], { action: 'paginate', currentDataSource: [] }),
        }}
        renderItem={(entry) => (
          <List.Item
            key={entry.id}
            actions={
              entry.abilities.update
                ? [
                    <Button key="edit" type="link" size="small" icon={<EditOutlined />} onClick={() => setEditing(entry)}>
                      {t('entry.edit')}
                    </Button>,
                  ]
                : []
            }
          >
            <List.Item.Meta
              title={
                <Flex gap={8} wrap>
                  <span>{entry.entryDate}</span>
                  {entry.cadreId === me.cadreId ? null : <Typography.Text type="secondary">{entry.cadreName}</Typography.Text>}
                  <Typography.Text type="secondary">{entry.villageName ?? entry.divisionCode}</Typography.Text>
                </Flex>
              }
              description={<Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0, color: 'inherit' }}>{entry.content}</Typography.Paragraph>}
            />
          </List.Item>
        )}
      />
    </Card>
  );

  return (
    <>
      <PageHeader title={t('page.title')} subtitle={t('page.subtitle')} />
      <Alert type="info" showIcon message={t('page.notice')} style={{ marginBottom: 16 }} />
      {writes ? (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={10}>
            <Card size="small" title={t('form.title')}>
              <DiaryForm />
            </Card>
          </Col>
          <Col xs={24} lg={14}>
            {list}
          </Col>
        </Row>
      ) : (
        list
      )}
      <DiaryEditModal entry={editing} onClose={() => setEditing(null)} />
    </>
  );
}
