import { useState } from 'react';
import { App, Button, Flex, Popconfirm, Space, Table, Tag, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { accountStatusLabels, accountStatuses, roleCodes, roleLabels, type AccountView } from '../../../../contracts/accounts.ts';
import { ExportButton } from '../../../components/export-button.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { useTableQuery } from '../../../components/use-table-query.ts';
import { useText } from '../../../platform/i18n.tsx';
import { useSession } from '../../../platform/session.tsx';
import { ResetPasswordDialog } from '../components/reset-password-dialog.tsx';
import { accountsApi, accountsKey } from '../accounts.api.ts';
import { useAccountMessages } from '../accounts.messages.ts';
import { SearchFilter, SelectFilter, listEmptyText } from '../../../components/list-filters.tsx';

type AccountFilter = 'q' | 'role' | 'status';
type Role = (typeof roleCodes)[number];
const tableOptions = { queryKey: accountsKey, url: accountsApi.listUrl, filters: ['q', 'role', 'status'] as const };

export function AccountListPage() {
  const t = useAccountMessages();
  const text = useText();
  const { can } = useSession();
  const navigate = useNavigate();
  const client = useQueryClient();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const table = useTableQuery<AccountView, AccountFilter>(tableOptions);
  const [resetting, setResetting] = useState<AccountView | null>(null);
  const unlock = useMutation({
    mutationFn: (account: AccountView) => accountsApi.unlock(account.id),
    onSuccess: async (view) => {
      await client.invalidateQueries({ queryKey: [accountsKey] });
      void message.success(t('unlock.done', { name: view.displayName }));
    },
    onError: notify,
  });

  if (table.query.isError && !table.query.data) return <LoadFailedResult error={table.query.error} onRetry={() => void table.query.refetch()} />;

  const columns: TableColumnsType<AccountView> = [
    { key: 'username', dataIndex: 'username', title: t('column.username') },
    { key: 'displayName', dataIndex: 'displayName', title: t('column.displayName') },
    {
      key: 'roles',
      dataIndex: 'roles',
      title: t('column.roles'),
      render: (roles: string[]) => (
        <Flex wrap gap={4}>
          {roles.map((role) => (
            <Tag key={role}>{role in roleLabels ? text(roleLabels[role as Role]) : role}</Tag>
          ))}
        </Flex>
      ),
    },
    {
      key: 'scope',
      title: t('column.scope'),
      responsive: ['md'],
      render: (_: unknown, a) => [a.scopeDivisionName, a.scopeUnitName].filter(Boolean).join(' · ') || t('scope.national'),
    },
    {
      key: 'status',
      title: t('column.status'),
      render: (_: unknown, a) => (
        <Flex wrap gap={4}>
          <Tag color={a.status === 'active' ? 'green' : 'default'}>{text(accountStatusLabels[a.status])}</Tag>
          {a.locked ? <Tag color="red">{t('tag.locked')}</Tag> : null}
          {a.mustChangePassword ? <Tag color="gold">{t('tag.mustChange')}</Tag> : null}
        </Flex>
      ),
    },
    {
      key: 'actions',
      title: t('column.actions'),
      render: (_: unknown, a) => (
        <Space size="small" wrap>
          {a.abilities.update ? <Link to={`/accounts/${a.id}/edit`}>{t('action.edit')}</Link> : null}
          {a.abilities.resetPassword ? (
            <Button type="link" size="small" onClick={() => setResetting(a)}>
              {t('action.resetPassword')}
            </Button>
          ) : null}
          {a.abilities.unlock && a.locked ? (
            <Popconfirm title={t('unlock.confirm', { name: a.displayName })} onConfirm={() => unlock.mutate(a)} okText={t('action.unlock')} cancelText={t('form.cancel')}>
              <Button type="link" size="small">
                {t('action.unlock')}
              </Button>
            </Popconfirm>
          ) : null}
        </Space>
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
            {can('accounts.export') ? <ExportButton download={() => accountsApi.exportList(table.listFilters)} /> : null}
            {can('accounts.manage') ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/accounts/new')}>
                {t('list.create')}
              </Button>
            ) : null}
          </>
        }
      />
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <SearchFilter table={table} name="q" placeholder={t('list.search')} width={260} />
        <SelectFilter
          table={table}
          name="role"
          placeholder={t('list.roleFilter')}
          label={t('column.roles')}
          options={roleCodes.map((role) => ({ value: role, label: text(roleLabels[role]) }))}
          width={200}
        />
        <SelectFilter
          table={table}
          name="status"
          placeholder={t('list.statusFilter')}
          label={t('column.status')}
          options={accountStatuses.map((status) => ({ value: status, label: text(accountStatusLabels[status]) }))}
          width={140}
        />
      </Flex>
      <Table<AccountView>
        {...table.tableProps}
        columns={columns}
        size="middle"
        locale={{ emptyText: listEmptyText(table.query.isPending, t('list.empty')) }}
      />
      <ResetPasswordDialog account={resetting} onClose={() => setResetting(null)} />
    </>
  );
}
