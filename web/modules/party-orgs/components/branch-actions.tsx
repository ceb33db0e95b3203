import { useState } from 'react';
import { Button, DatePicker, Form, Input, Modal, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { RemoteSelect } from '../../../components/remote-select.tsx';
import { temporaryBranchesApi, temporaryBranchesKey } from '../temporary-branches.api.ts';
import { usePartyOrgMessages } from '../party-orgs.messages.ts';

type Props = {
  branchId: string;
  divisionCode: string;
  teamIds: string[];
  mayAdd: boolean;
  mayDissolve: boolean;
  onAdd: (cadreId: string) => Promise<unknown>;
  onDissolve: (body: { dissolvedOn: string; reason: string }) => Promise<unknown>;
};

/** 增加党员 and 撤销: the roll grows one member at a time; dissolution asks for the day and the reason. */
export function BranchActions({ branchId, divisionCode, teamIds, mayAdd, mayDissolve, onAdd, onDissolve }: Props) {
  const t = usePartyOrgMessages();
  const [adding, setAdding] = useState(false);
  const [dissolving, setDissolving] = useState(false);
  const [addForm] = Form.useForm<{ cadreId?: string }>();
  const [dissolveForm] = Form.useForm<{ dissolvedOn?: Dayjs; reason?: string }>();

  const add = async () => {
    const values = await addForm.validateFields();
    try {
      await onAdd(values.cadreId!);
      setAdding(false);
    } catch (error) {
      if (!applyFieldErrors(addForm, error)) throw error;
    }
  };
  const dissolve = async () => {
    const values = await dissolveForm.validateFields();
    try {
      await onDissolve({ dissolvedOn: values.dissolvedOn!.format('YYYY-MM-DD'), reason: values.reason!.trim() });
      setDissolving(false);
    } catch (error) {
      if (!applyFieldErrors(dissolveForm, error)) throw error;
    }
  };

  return (
    <Space>
      {mayAdd ? <Button onClick={() => setAdding(true)}>{t('tb.detail.addMember')}</Button> : null}
      {mayDissolve ? (
        <Button danger onClick={() => setDissolving(true)}>
          {t('tb.detail.dissolve')}
        </Button>
      ) : null}
      <Modal open={adding} title={t('tb.detail.addMember')} onCancel={() => setAdding(false)} onOk={() => void add()} destroyOnHidden>
        <Form form={addForm} layout="vertical" preserve={false}>
          <Form.Item name="cadreId" label={t('member.cadre')} rules={[{ required: true, message: t('member.cadreRequired') }]}>
            <RemoteSelect
              queryKey={[temporaryBranchesKey, 'add', branchId]}
              search={async (q) =>
                (await temporaryBranchesApi.candidates({ divisionCode, teamIds, q })).items.map((c) => ({
                  value: c.cadreId,
                  label: `${c.name}（${t(`tb.party.${c.partyStatus}`)}）`,
                }))
              }
              placeholder={t('member.search')}
            />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={dissolving}
        title={t('tb.detail.dissolve')}
        okText={t('tb.detail.dissolve')}
        okButtonProps={{ danger: true }}
        onCancel={() => setDissolving(false)}
        onOk={() => void dissolve()}
        destroyOnHidden
      >
        <Typography.Paragraph type="warning">{t('tb.detail.dissolveConfirm')}</Typography.Paragraph>
        <Form form={dissolveForm} layout="vertical" preserve={false} initialValues={{ dissolvedOn: dayjs() }}>
          <Form.Item name="dissolvedOn" label={t('tb.detail.dissolvedOn')} rules={[{ required: true, message: t('tb.common.required') }]}>
            <DatePicker disabledDate={(day) => day.isAfter(dayjs(), 'day')} />
          </Form.Item>
          <Form.Item name="reason" label={t('tb.detail.reason')} rules={[{ required: true, whitespace: true, message: t('tb.detail.reasonRequired') }]}>
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
