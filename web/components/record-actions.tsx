import { App, Button, Popconfirm } from 'antd';
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useErrorNotice } from './use-error-notice.ts';
import { useComponentMessages } from './components.messages.ts';

export type RecordActionsProps = {
  abilities: { update: boolean; delete: boolean };
  onEdit: () => void;
  remove: () => Promise<unknown>;
  /** The module's query key: its lists and details are refetched after a delete. */
  queryKey: string;
  /** Where a deleted record's page goes back to. */
  listPath: string;
  deleteConfirm: string;
  testIdPrefix: string;
};

/** A record page's 修改 and 删除 (after a confirm), each shown only when the server allows it. */
export function RecordActions({ abilities, onEdit, remove, queryKey, listPath, deleteConfirm, testIdPrefix }: RecordActionsProps) {
  const t = useComponentMessages();
  const navigate = useNavigate();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const { message } = App.useApp();
  const removal = useMutation({
    mutationFn: remove,
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: [queryKey] });
      void message.success(t('record.deleted'));
      navigate(listPath);
    },
    onError: notify,
  });
  return (
    <>
      {abilities.update ? (
        <Button icon={<EditOutlined />} onClick={onEdit} data-testid={`${testIdPrefix}-edit`}>
          {t('record.edit')}
        </Button>
      ) : null}
      {abilities.delete ? (
        <Popconfirm title={deleteConfirm} onConfirm={() => removal.mutate()}>
          <Button danger icon={<DeleteOutlined />} loading={removal.isPending} data-testid={`${testIdPrefix}-delete`}>
            {t('record.delete')}
          </Button>
        </Popconfirm>
      ) : null}
    </>
  );
}
