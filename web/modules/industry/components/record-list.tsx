import { useState } from 'react';
import { App, Button, Flex, Modal, Popconfirm, Table, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { demoBaseKinds } from '../../../../contracts/industry.ts';
import { ExportButton } from '../../../components/export-button.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { useTableQuery } from '../../../components/use-table-query.ts';
import { DivisionFilter, listEmptyText, SearchFilter, SelectFilter } from '../../../components/list-filters.tsx';
import { useText } from '../../../platform/i18n.tsx';
import { useSession } from '../../../platform/session.tsx';
import { industryApi, industryKey } from '../industry.api.ts';
import { useIndustryMessages } from '../industry.messages.ts';
import { IndustryNav } from './industry-nav.tsx';
import { RecordForm } from './record-form.tsx';
import type { RecordSpec } from './record-specs.tsx';

type Row = { id: string; villageName: string | null };
type Filter = 'divisionCode' | 'q' | 'kind';

/** A list of one record kind: filters, sort and page in the URL, export of what is shown, forms to add and change. */
export function RecordList<R extends Row>({ spec }: { spec: RecordSpec<R> }) {
  const t = useIndustryMessages();
  const text = useText();
  const { can } = useSession();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<R | 'new' | null>(null);
  const table = useTableQuery<R, Filter>({
    queryKey: industryKey,
    url: industryApi.listUrl(spec.path),
    filters: spec.kindFilter ? ['divisionCode', 'q', 'kind'] : ['divisionCode', 'q'],
    defaultSort: spec.defaultSort,
    defaultOrder: 'desc',
  });
  const remove = useMutation({
    mutationFn: (id: string) => industryApi.remove(spec.path, id),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: [industryKey] });
      void message.success(t('action.deleted'));
    },
    onError: notify,
  });
  if (table.query.isError && !table.query.data) return <LoadFailedResult error={table.query.error} onRetry={() => void table.query.refetch()} />;

  const writer = can('industry.write');
  // A station's request is looked up only by those who may read the service desk.
  const fields = spec.fields.filter((f) => f.kind.type !== 'serviceRequest' || can('service-requests.read'));
  const columns: TableColumnsType<R> = [
    { key: 'village', title: t('column.village'), dataIndex: 'villageName', responsive: ['md'] },
    ...spec.columns.map((c) => ({
      key: c.sort ?? c.key,
      title: text(c.title),
      render: (_: unknown, row: R) => c.render(row, text),
      ...(c.sort ? { sorter: true, sortOrder: table.sortOrderOf(c.sort) } : {}),
      ...(c.wide ? { responsive: ['lg' as const] } : {}),
    })),
    ...(writer
      ? [
          {
            key: 'actions',
            title: t('column.actions'),
            render: (_: unknown, row: R) => (
              <Flex gap={4}>
                <Button size="small" type="link" onClick={() => setEditing(row)}>
                  {t('action.edit')}
                </Button>
                <Popconfirm title={t('action.confirmDelete')} onConfirm={() => remove.mutate(row.id)}>
                  <Button size="small" type="link" danger>
                    {t('action.delete')}
                  </Button>
                </Popconfirm>
              </Flex>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <IndustryNav current={spec.path} />
      <PageHeader
        title={text(spec.title)}
        subtitle={text(spec.subtitle)}
        extra={
          <>
            {can('industry.export') ? <ExportButton download={() => industryApi.exportList(spec.path, table.listFilters)} /> : null}
            {writer ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="industry-new">
                {text(spec.newLabel)}
              </Button>
            ) : null}
          </>
        }
      />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
        <DivisionFilter table={table} placeholder={t('list.region')} />
        <SearchFilter table={table} name="q" placeholder={t('list.search')} />
        {spec.kindFilter ? (
          <SelectFilter table={table} name="kind" placeholder={t('list.kind')} options={demoBaseKinds.codes.map((k) => ({ value: k, label: text(demoBaseKinds.labels[k]) }))} />
        ) : null}
      </Flex>
      <Table<R> {...table.tableProps} columns={columns} size="middle" scroll={{ x: 'max-content' }} locale={{ emptyText: listEmptyText(table.query.isPending, t('list.empty')) }} />
      <Modal title={editing === 'new' ? text(spec.newLabel) : t('action.edit')} open={editing !== null} footer={null} onCancel={() => setEditing(null)} destroyOnHidden>
        {editing ? (
          <RecordForm
            path={spec.path}
            schema={spec.schema}
            fields={fields}
            record={editing === 'new' ? undefined : (editing as unknown as Record<string, unknown> & { id: string })}
            defaults={spec.defaults?.()}
            onSaved={() => setEditing(null)}
            onCancel={() => setEditing(null)}
          />
        ) : null}
      </Modal>
    </>
  );
}
