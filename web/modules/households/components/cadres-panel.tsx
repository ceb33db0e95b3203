import { useState } from 'react';
import { App, Button, Flex, Form, Input, Modal, Table, Tag, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { HouseholdView, PairedCadreView } from '../../../../contracts/households.ts';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { RemoteSelect } from '../../../components/remote-select.tsx';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { useSession } from '../../../platform/session.tsx';
import { householdsApi, householdsKey } from '../households.api.ts';
import { useHouseholdMessages } from '../households.messages.ts';

type PairValues = { cadreId?: string; since?: string };
type EndValues = { until?: string };
const today = () => new Date().toISOString().slice(0, 10);

/** 帮扶责任人: the cadres paired with the household now and before, with the dates of each pairing. */
export function CadresPanel({ household }: { household: HouseholdView }) {
  const t = useHouseholdMessages();
  const { can } = useSession();
  const client = useQueryClient();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const [pairForm] = Form.useForm<PairValues>();
  const [endForm] = Form.useForm<EndValues>();
  const [pairing, setPairing] = useState(false);
  const [ending, setEnding] = useState<PairedCadreView | null>(null);
  // Choosing a cadre searches the cadre register, which only its readers may do.
  const mayPair = household.abilities.write && can('cadres.read');

  const done = async () => {
    await client.invalidateQueries({ queryKey: [householdsKey] });
    void message.success(t('form.updated'));
  };
  const pair = useMutation({
    mutationFn: (values: PairValues) => householdsApi.pairCadre(household.id, { cadreId: values.cadreId!, since: values.since! }),
    onSuccess: async () => {
      await done();
      setPairing(false);
    },
    onError: (error) => {
      if (!applyFieldErrors(pairForm, error)) notify(error);
    },
  });
  const end = useMutation({
    mutationFn: (values: EndValues) => householdsApi.endPairing(household.id, ending!.cadreId, { until: values.until! }),
    onSuccess: async () => {
      await done();
      setEnding(null);
    },
    onError: (error) => {
      if (!applyFieldErrors(endForm, error)) notify(error);
    },
  });

  const columns: TableColumnsType<PairedCadreView> = [
    { key: 'name', title: t('cadre.name'), render: (_: unknown, c) => c.name ?? '—' },
    { key: 'unit', title: t('cadre.unit'), render: (_: unknown, c) => c.unitName ?? '—' },
    { key: 'since', dataIndex: 'since', title: t('cadre.since') },
    { key: 'until', title: t('cadre.until'), render: (_: unknown, c) => c.until ?? '—' },
    { key: 'current', title: '', render: (_: unknown, c) => (c.current ? <Tag color="blue">{t('cadre.current')}</Tag> : <Tag>{t('cadre.past')}</Tag>) },
  ];
  if (household.abilities.write) {
    columns.push({
      key: 'actions',
      title: t('column.actions'),
      render: (_: unknown, c) =>
        c.current ? (
          <Button
            type="link"
            size="small"
            onClick={() => {
              endForm.setFieldsValue({ until: today() });
              setEnding(c);
            }}
          >
            {t('cadre.end')}
          </Button>
        ) : null,
    });
  }

  return (
    <>
      {mayPair ? (
        <Flex justify="end" style={{ marginBottom: 12 }}>
          <Button
            icon={<PlusOutlined />}
            onClick={() => {
              pairForm.resetFields();
              pairForm.setFieldsValue({ since: today() });
              setPairing(true);
            }}
          >
            {t('cadre.pair')}
          </Button>
        </Flex>
      ) : null}
      <Table<PairedCadreView>
        rowKey={(c) => `${c.cadreId}:${c.since}`}
        columns={columns}
        dataSource={household.cadres}
        pagination={false}
        size="middle"
        locale={{ emptyText: t('cadre.empty') }}
      />
      <Modal title={t('cadre.pair')} open={pairing} okText={t('action.save')} cancelText={t('action.cancel')} confirmLoading={pair.isPending} onOk={() => pairForm.submit()} onCancel={() => setPairing(false)} forceRender>
        <Form<PairValues> form={pairForm} layout="vertical" onFinish={(values) => pair.mutate(values)}>
          <Form.Item name="cadreId" label={t('cadre.cadre')} rules={[{ required: true, message: t('cadre.cadreRequired') }]}>
            <RemoteSelect
              queryKey={[householdsKey, 'cadres', household.divisionCode]}
              search={async (q) => (await householdsApi.searchCadres(q, household.divisionCode)).items.map((c) => ({ value: c.id, label: c.unitName ? `${c.name}（${c.unitName}）` : c.name }))}
              placeholder={t('cadre.search')}
            />
          </Form.Item>
          <Form.Item name="since" label={t('cadre.since')} rules={[{ required: true, message: t('cadre.dateRequired') }]}>
            <Input type="date" />
          </Form.Item>
        </Form>
      </Modal>
      <Modal title={t('cadre.end')} open={ending !== null} okText={t('action.save')} cancelText={t('action.cancel')} confirmLoading={end.isPending} onOk={() => endForm.submit()} onCancel={() => setEnding(null)} forceRender>
        <Form<EndValues> form={endForm} layout="vertical" onFinish={(values) => end.mutate(values)}>
          <Form.Item name="until" label={t('cadre.until')} rules={[{ required: true, message: t('cadre.dateRequired') }]}>
            <Input type="date" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
