import { useState } from 'react';
import { App, Alert, Button, Card, Descriptions, Empty, Flex, Modal, Table, Tabs, Tag, type TableColumnsType } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { fundSourceKinds } from '../../../../contracts/project-codes.ts';
import type { AllocationView, LedgerView, PaymentView } from '../../../../contracts/project-funds.ts';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { WorkflowPanel } from '../../../components/workflow-panel.tsx';
import { useText } from '../../../platform/i18n.tsx';
import { fundsApi, fundsKey } from '../project-funds.api.ts';
import { useFundsMessages } from '../project-funds.messages.ts';
import { AdjustmentForm } from './adjustment-form.tsx';
import { AllocationForm } from './allocation-form.tsx';
import { PaymentForm } from './payment-form.tsx';
import { yuan } from './money.ts';

type Props = { projectId: string; divisionCode: string };
type Dialog = 'pay' | 'allocate' | 'adjust' | null;
type LedgerRow = LedgerView['sources'][number];

/** A project's money: the ledger per source, payments, allocations and budget adjustments with their approval. */
export function ProjectFundsTab({ projectId }: Props) {
  const t = useFundsMessages();
  const text = useText();
  const notice = useErrorNotice();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [dialog, setDialog] = useState<Dialog>(null);
  const ledger = useQuery({ queryKey: [fundsKey, projectId, 'ledger'], queryFn: () => fundsApi.ledger(projectId) });
  const payments = useQuery({ queryKey: [fundsKey, projectId, 'payments'], queryFn: () => fundsApi.payments(projectId) });
  const allocations = useQuery({ queryKey: [fundsKey, projectId, 'allocations'], queryFn: () => fundsApi.allocations(projectId) });
  const adjustments = useQuery({ queryKey: [fundsKey, projectId, 'adjustments'], queryFn: () => fundsApi.adjustments(projectId) });
  if (ledger.isError) return <LoadFailedResult error={ledger.error} onRetry={() => void ledger.refetch()} />;
  const view = ledger.data;
  if (!view) return <Card loading />;

  const refresh = async (done: string) => {
    setDialog(null);
    void message.success(done);
    await client.invalidateQueries({ queryKey: [fundsKey] });
  };
  const kindText = (kind: LedgerRow['kind']) => text(fundSourceKinds.labels[kind]);

  const ledgerColumns: TableColumnsType<LedgerRow> = [
    { key: 'kind', title: t('column.kind'), render: (_: unknown, s) => kindText(s.kind) },
    { key: 'funder', title: t('column.funder'), dataIndex: 'funder' },
    { key: 'amount', title: t('column.budgeted'), align: 'right', render: (_: unknown, s) => yuan(s.amount) },
    { key: 'allocated', title: t('column.allocated'), align: 'right', render: (_: unknown, s) => yuan(s.allocated) },
    { key: 'paid', title: t('column.paid'), align: 'right', render: (_: unknown, s) => yuan(s.paid) },
    { key: 'remaining', title: t('column.remaining'), align: 'right', render: (_: unknown, s) => yuan(s.remaining) },
  ];
  const paymentColumns: TableColumnsType<PaymentView> = [
    { key: 'paidOn', title: t('column.paidOn'), dataIndex: 'paidOn' },
    { key: 'kind', title: t('column.kind'), render: (_: unknown, p) => `${kindText(p.sourceKind)} · ${p.funder}` },
    { key: 'amount', title: t('column.amount'), align: 'right', render: (_: unknown, p) => yuan(p.amount) },
    { key: 'payee', title: t('column.payee'), dataIndex: 'payee' },
    { key: 'purpose', title: t('column.purpose'), dataIndex: 'purpose', ellipsis: true },
    { key: 'voucher', title: t('column.voucher'), dataIndex: 'voucherNo', responsive: ['lg'] },
  ];
  const allocationColumns: TableColumnsType<AllocationView> = [
    { key: 'allocatedOn', title: t('column.allocatedOn'), dataIndex: 'allocatedOn' },
    { key: 'kind', title: t('column.kind'), render: (_: unknown, a) => `${kindText(a.sourceKind)} · ${a.funder}` },
    { key: 'amount', title: t('column.amount'), align: 'right', render: (_: unknown, a) => yuan(a.amount) },
    { key: 'document', title: t('column.document'), dataIndex: 'document' },
  ];

  const act = async (id: string, action: string, comment: string | undefined) => {
    await fundsApi.actOnAdjustment(id, action, comment);
    await client.invalidateQueries({ queryKey: [fundsKey] });
  };

  return (
    <Flex vertical gap={16}>
      <Descriptions size="small" column={{ xs: 1, md: 3 }} bordered>
        <Descriptions.Item label={t('ledger.approved')}>{view.approvedBudget ? yuan(view.approvedBudget) : t('ledger.none')}</Descriptions.Item>
        <Descriptions.Item label={t('column.paid')}>{yuan(view.totals.paid)}</Descriptions.Item>
        <Descriptions.Item label={t('column.remaining')}>
          <span data-testid="funds-remaining">{yuan(view.totals.remaining)}</span>
        </Descriptions.Item>
      </Descriptions>
      {view.reconciles ? null : <Alert type="warning" showIcon message={t('ledger.notReconciled')} />}
      <Flex gap={8} wrap>
        {view.abilities.pay ? (
          <Button type="primary" onClick={() => setDialog('pay')} data-testid="funds-pay">
            {t('action.pay')}
          </Button>
        ) : null}
        {view.abilities.record ? <Button onClick={() => setDialog('allocate')}>{t('action.allocate')}</Button> : null}
        {view.abilities.adjust ? <Button onClick={() => setDialog('adjust')}>{t('action.adjust')}</Button> : null}
      </Flex>
      <Tabs
        items={[
          {
            key: 'ledger',
            label: t('tab.ledger'),
            children: (
              <Table<LedgerRow>
                rowKey="fundSourceId"
                columns={ledgerColumns}
                dataSource={view.sources}
                pagination={false}
                size="small"
                scroll={{ x: 'max-content' }}
                summary={() => (
                  <Table.Summary.Row>
                    <Table.Summary.Cell index={0} colSpan={2}>
                      {t('ledger.total')} {view.reconciles ? <Tag color="green">{t('ledger.reconciles')}</Tag> : null}
                    </Table.Summary.Cell>
                    <Table.Summary.Cell index={2} align="right">{yuan(view.totals.amount)}</Table.Summary.Cell>
                    <Table.Summary.Cell index={3} align="right">{yuan(view.totals.allocated)}</Table.Summary.Cell>
                    <Table.Summary.Cell index={4} align="right">{yuan(view.totals.paid)}</Table.Summary.Cell>
                    <Table.Summary.Cell index={5} align="right">{yuan(view.totals.remaining)}</Table.Summary.Cell>
                  </Table.Summary.Row>
                )}
              />
            ),
          },
          {
            key: 'payments',
            label: t('tab.payments'),
            children: (
              <Table<PaymentView>
                rowKey="id"
                columns={paymentColumns}
                dataSource={payments.data ?? []}
                loading={payments.isLoading}
                size="small"
                scroll={{ x: 'max-content' }}
                locale={{ emptyText: <Empty description={t('empty.payments')} /> }}
              />
            ),
          },
          {
            key: 'allocations',
            label: t('tab.allocations'),
            children: (
              <Table<AllocationView>
                rowKey="id"
                columns={allocationColumns}
                dataSource={allocations.data ?? []}
                loading={allocations.isLoading}
                size="small"
                locale={{ emptyText: <Empty description={t('empty.allocations')} /> }}
              />
            ),
          },
          {
            key: 'adjustments',
            label: t('tab.adjustments'),
            children:
              (adjustments.data ?? []).length === 0 ? (
                <Empty description={t('empty.adjustments')} />
              ) : (
                <Flex vertical gap={12}>
                  {(adjustments.data ?? []).map((a) =>
                    a.workflow ? (
                      <WorkflowPanel
                        key={a.id}
                        title={t('adjustment.title', { previous: yuan(a.previousBudget), next: yuan(a.newBudget) })}
                        workflow={a.workflow}
                        onAction={(action, comment) => act(a.id, action, comment)}
                      />
                    ) : null,
                  )}
                </Flex>
              ),
          },
        ]}
      />
      <Modal open={dialog === 'pay'} title={t('action.pay')} footer={null} onCancel={() => setDialog(null)} destroyOnHidden>
        <PaymentForm
          sources={view.sources}
          onSubmit={async (body) => {
            await fundsApi.pay(projectId, body);
            await refresh(t('saved.payment'));
          }}
          onCancel={() => setDialog(null)}
          onError={notice}
        />
      </Modal>
      <Modal open={dialog === 'allocate'} title={t('action.allocate')} footer={null} onCancel={() => setDialog(null)} destroyOnHidden>
        <AllocationForm
          sources={view.sources}
          onSubmit={async (body) => {
            await fundsApi.allocate(projectId, body);
            await refresh(t('saved.allocation'));
          }}
          onCancel={() => setDialog(null)}
          onError={notice}
        />
      </Modal>
      <Modal open={dialog === 'adjust'} title={t('action.adjust')} footer={null} onCancel={() => setDialog(null)} destroyOnHidden width={760}>
        <AdjustmentForm
          ledger={view}
          onSubmit={async (body) => {
            await fundsApi.requestAdjustment(projectId, body);
            await refresh(t('saved.adjustment'));
          }}
          onCancel={() => setDialog(null)}
          onError={notice}
        />
      </Modal>
    </Flex>
  );
}
