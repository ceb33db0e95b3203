import { App, Button, Popconfirm, Table, type TableColumnsType } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { pairingActivityKinds, type ActivityView } from '../../../../contracts/branch-pairings.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { useText } from '../../../platform/i18n.tsx';
import { pairingApi, pairingKey } from '../branch-pairings.api.ts';
import { usePairingMessages } from '../branch-pairings.messages.ts';
import { moneyText, quantityText } from '../branch-pairings.view.ts';

/** What the pair has done, newest first; those who keep the pairing may strike out an entry. */
export function ActivityTable({ pairingId, keeper }: { pairingId: string; keeper: boolean }) {
  const t = usePairingMessages();
  const text = useText();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const { message } = App.useApp();
  const activities = useQuery({ queryKey: [pairingKey, 'activities', pairingId], queryFn: () => pairingApi.activities(pairingId) });
  const remove = useMutation({
    mutationFn: (activityId: string) => pairingApi.removeActivity(pairingId, activityId),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: [pairingKey] });
      void message.success(t('activity.deleted'));
    },
    onError: (error) => notify(error),
  });

  const columns: TableColumnsType<ActivityView> = [
    { key: 'happenedOn', title: t('activity.happenedOn'), dataIndex: 'happenedOn' },
    { key: 'kind', title: t('activity.kind'), render: (_: unknown, a) => text(pairingActivityKinds.labels[a.kind]) },
    { key: 'description', title: t('activity.description'), dataIndex: 'description' },
    { key: 'quantity', title: t('activity.quantity'), render: (_: unknown, a) => quantityText(a.quantity, a.measure) },
    { key: 'amount', title: t('activity.amount'), align: 'right', render: (_: unknown, a) => (a.amount ? moneyText(a.amount) : null) },
    ...(keeper
      ? [
          {
            key: 'actions',
            title: '',
            render: (_: unknown, a: ActivityView) => (
              <Popconfirm title={t('activity.deleteConfirm')} onConfirm={() => remove.mutate(a.id)}>
                <Button type="link" danger size="small" data-testid={`activity-delete-${a.id}`}>
                  {t('activity.delete')}
                </Button>
              </Popconfirm>
            ),
          },
        ]
      : []),
  ];
  return (
    <Table<ActivityView>
      rowKey="id"
      size="small"
      loading={activities.isPending}
      dataSource={activities.data?.items ?? []}
      columns={columns}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('activity.empty') }}
    />
  );
}
