import { App, Button, Popconfirm, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { commitmentStates, type CommitmentView } from '../../../../contracts/ledgers.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { useText } from '../../../platform/i18n.tsx';
import { ledgerApi, ledgerKey } from '../ledgers.api.ts';
import { useLedgerMessages } from '../ledgers.messages.ts';

const stateColor = { open: 'blue', kept: 'green', not_kept: 'red' } as const;

type Props = { items: CommitmentView[]; mayEdit: boolean; maySettle: boolean; onEdit: (c: CommitmentView) => void; onSettle: (c: CommitmentView) => void };

export function CommitmentTable({ items, mayEdit, maySettle, onEdit, onSettle }: Props) {
  const t = useLedgerMessages();
  const text = useText();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const { message } = App.useApp();
  const remove = useMutation({
    mutationFn: (id: string) => ledgerApi.remove(id),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: [ledgerKey] });
      void message.success(t('form.saved'));
    },
    onError: notify,
  });
  const columns: TableColumnsType<CommitmentView> = [
    { key: 'content', title: t('commitment.content'), dataIndex: 'content' },
    { key: 'promisedOn', title: t('commitment.promisedOn'), dataIndex: 'promisedOn' },
    { key: 'dueOn', title: t('commitment.dueOn'), dataIndex: 'dueOn' },
    {
      key: 'state',
      title: t('commitment.state'),
      render: (_: unknown, c) => (c.overdue ? <Tag color="orange">{t('commitment.overdue')}</Tag> : <Tag color={stateColor[c.state]}>{text(commitmentStates.labels[c.state])}</Tag>),
    },
    { key: 'outcome', title: t('commitment.outcome'), render: (_: unknown, c) => (c.settledOn ? `${c.settledOn} ${c.outcome ?? ''}` : null) },
    {
      key: 'actions',
      title: '',
      render: (_: unknown, c) =>
        c.state === 'open' ? (
          <Space>
            {maySettle ? <Button size="small" onClick={() => onSettle(c)} data-testid="commitment-settle">{t('commitment.settle')}</Button> : null}
            {mayEdit ? <Button size="small" onClick={() => onEdit(c)}>{t('commitment.edit')}</Button> : null}
            {mayEdit ? (
              <Popconfirm title={t('commitment.deleteConfirm')} onConfirm={() => remove.mutate(c.id)}>
                <Button size="small" danger>{t('commitment.delete')}</Button>
              </Popconfirm>
            ) : null}
          </Space>
        ) : null,
    },
  ];
  return <Table<CommitmentView> rowKey="id" dataSource={items} columns={columns} pagination={false} size="small" scroll={{ x: 'max-content' }} />;
}
