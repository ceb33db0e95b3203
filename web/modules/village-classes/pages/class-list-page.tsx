import { useState } from 'react';
import { App, Button, Flex, Modal, Popconfirm, Table, Tag, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { villageClassCodes, type VillageClassView } from '../../../../contracts/village-classes.ts';
import { ExportButton } from '../../../components/export-button.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { useTableQuery } from '../../../components/use-table-query.ts';
import { DivisionFilter, listEmptyText, SelectFilter } from '../../../components/list-filters.tsx';
import { useText } from '../../../platform/i18n.tsx';
import { useSession } from '../../../platform/session.tsx';
import { classApi, classKey } from '../village-classes.api.ts';
import { useClassMessages } from '../village-classes.messages.ts';
import { yearOptions } from '../village-classes.view.ts';
import { ClassForm } from '../components/class-form.tsx';
import { ClassSummaryBar } from '../components/class-summary-bar.tsx';

type ClassFilter = 'divisionCode' | 'year' | 'classCode';
const tableOptions = {
  queryKey: classKey,
  url: classApi.listUrl,
  filters: ['divisionCode', 'year', 'classCode'] as const,
  defaultSort: 'divisionCode',
  defaultOrder: 'asc' as const,
};
const thisYear = new Date().getFullYear();

/** /village-classes: the villages' yearly classes in the account's area, with the count per class above. */
export function ClassListPage() {
  const t = useClassMessages();
  const text = useText();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const { message } = App.useApp();
  const { can } = useSession();
  const [editing, setEditing] = useState<VillageClassView | 'new' | null>(null);
  const table = useTableQuery<VillageClassView, ClassFilter>(tableOptions);
  const remove = useMutation({
    mutationFn: (id: string) => classApi.remove(id),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: [classKey] });
      void message.success(t('form.deleted'));
    },
    onError: notify,
  });
  if (table.query.isError && !table.query.data) return <LoadFailedResult error={table.query.error} onRetry={() => void table.query.refetch()} />;

  const label = (code: VillageClassView['classCode']) => text(villageClassCodes.labels[code]);
  const columns: TableColumnsType<VillageClassView> = [
    { key: 'year', title: t('column.year'), dataIndex: 'year', sorter: true, sortOrder: table.sortOrderOf('year') },
    {
      key: 'divisionCode',
      title: t('column.village'),
      sorter: true,
      sortOrder: table.sortOrderOf('divisionCode'),
      render: (_: unknown, c) => <Link to={`/villages/${c.divisionCode}`}>{c.villageName ?? c.divisionCode}</Link>,
    },
    { key: 'path', title: t('column.path'), dataIndex: 'path', responsive: ['lg'] },
    { key: 'classCode', title: t('column.class'), sorter: true, sortOrder: table.sortOrderOf('classCode'), render: (_: unknown, c) => <Tag color="blue">{label(c.classCode)}</Tag> },
    { key: 'otherFactors', title: t('column.otherFactors'), responsive: ['md'], render: (_: unknown, c) => c.otherFactors.map((f) => <Tag key={f}>{label(f)}</Tag>) },
    { key: 'units', title: t('column.units'), render: (_: unknown, c) => c.backingUnits.map((u) => u.name).join('、') },
    { key: 'supportPlan', title: t('column.supportPlan'), dataIndex: 'supportPlan', ellipsis: true, width: 260 },
    {
      key: 'actions',
      title: t('column.actions'),
      render: (_: unknown, c) => (
        <Flex gap={4}>
          {c.abilities.update ? (
            <Button size="small" type="link" onClick={() => setEditing(c)}>
              {t('action.edit')}
            </Button>
          ) : null}
          {c.abilities.delete ? (
            <Popconfirm title={t('list.confirmDelete')} onConfirm={() => remove.mutate(c.id)}>
              <Button size="small" type="link" danger>
                {t('action.delete')}
              </Button>
            </Popconfirm>
          ) : null}
        </Flex>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('list.title')}
        subtitle={t('list.subtitle')}
        extra={
          <>
            {can('village_classes.export') ? <ExportButton download={() => classApi.exportList(table.listFilters)} /> : null}
            {can('village_classes.write') ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="class-new">
                {t('list.new')}
              </Button>
            ) : null}
          </>
        }
      />
      <ClassSummaryBar divisionCode={table.state.filters.divisionCode} year={table.state.filters.year} />
      <Flex gap={8} wrap align="center" style={{ marginBottom: 16 }}>
        <DivisionFilter table={table} placeholder={t('list.region')} />
        <SelectFilter table={table} name="year" placeholder={t('list.year')} width={120} options={yearOptions(thisYear).map((y) => ({ value: String(y), label: String(y) }))} />
        <SelectFilter table={table} name="classCode" placeholder={t('list.class')} width={200} options={villageClassCodes.codes.map((code) => ({ value: code, label: label(code) }))} />
      </Flex>
      <Table<VillageClassView>
        {...table.tableProps}
        columns={columns}
        size="middle"
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: listEmptyText(table.query.isPending, t('list.empty')) }}
      />
      <Modal
        title={editing === 'new' ? t('form.newTitle') : t('form.editTitle')}
        open={editing !== null}
        footer={null}
        onCancel={() => setEditing(null)}
        destroyOnHidden
        width={680}
      >
        {editing ? (
          <ClassForm existing={editing === 'new' ? undefined : editing} year={thisYear} onSaved={() => setEditing(null)} onCancel={() => setEditing(null)} />
        ) : null}
      </Modal>
    </>
  );
}
