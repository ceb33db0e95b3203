import { DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { demandCloseBody, demandSolveBody, type DemandView } from '../../../../contracts/demands.ts';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { RemoteSelect, type RemoteOption } from '../../../components/remote-select.tsx';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { zodRules } from '../../../components/zod-rules.ts';
import { demandsApi, demandsKey } from '../demands.api.ts';
import { useDemandsMessages } from '../demands.messages.ts';

export type DemandActionKind = 'assign' | 'solve' | 'close';
type Values = { cadreId?: string; dueOn?: Dayjs; solvedOn?: Dayjs; solution?: string; reason?: string };

const DATE = 'YYYY-MM-DD';
const solveRules = zodRules(demandSolveBody);
const closeRules = zodRules(demandCloseBody);

async function searchCadres(q: string): Promise<RemoteOption[]> {
  const { items } = await demandsApi.searchCadres(q);
  return items.map((c) => ({ value: c.id, label: c.name }));
}

/** The request each step sends, from the modal's values. */
export function sendAction(demandId: string, kind: DemandActionKind, values: Values): Promise<DemandView> {
  if (kind === 'assign') return demandsApi.assign(demandId, { cadreId: values.cadreId ?? '', dueOn: values.dueOn?.format(DATE) ?? '' });
  if (kind === 'solve') return demandsApi.solve(demandId, { solvedOn: values.solvedOn?.format(DATE) ?? '', solution: values.solution?.trim() ?? '' });
  return demandsApi.close(demandId, { reason: values.reason?.trim() ?? '' });
}

type DemandActionModalProps = { demand: DemandView; kind: DemandActionKind | null; onClose: () => void };

/** 分派 (cadre and due day), 办结 (day and result) or 不予受理 (reason), errors beside their fields. */
export function DemandActionModal({ demand, kind, onClose }: DemandActionModalProps) {
  const t = useDemandsMessages();
  const [form] = Form.useForm<Values>();
  const client = useQueryClient();
  const notify = useErrorNotice();
  const save = useMutation({
    mutationFn: (values: Values) => sendAction(demand.id, kind!, values),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: [demandsKey] });
      onClose();
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });
  const title = kind === 'assign' ? t(demand.state === 'assigned' ? 'action.reassign' : 'action.assign') : kind === 'solve' ? t('action.solve') : t('action.close');
  const known = demand.assignedCadreId && demand.assignedCadreName ? { value: demand.assignedCadreId, label: demand.assignedCadreName } : null;
  return (
    <Modal
      open={kind !== null}
      title={title}
      okText={title}
      okButtonProps={{ danger: kind === 'close' }}
      confirmLoading={save.isPending}
      onOk={() => void form.validateFields().then((values) => save.mutate(values)).catch(() => undefined)}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ cadreId: demand.assignedCadreId ?? undefined, dueOn: demand.dueOn ? dayjs(demand.dueOn) : dayjs().add(15, 'day'), solvedOn: dayjs() }}
      >
        {kind === 'assign' ? (
          <>
            <Form.Item name="cadreId" label={t('assign.cadre')} rules={[{ required: true, message: '请选择承办干部' }]}>
              <RemoteSelect queryKey={['demands', 'cadres']} search={searchCadres} known={known} placeholder={t('assign.cadrePlaceholder')} />
            </Form.Item>
            <Form.Item name="dueOn" label={t('assign.dueOn')} rules={[{ required: true, message: '请选择办理期限' }]}>
              <DatePicker format={DATE} disabledDate={(day) => day.isBefore(dayjs(), 'day')} style={{ width: '100%' }} />
            </Form.Item>
          </>
        ) : null}
        {kind === 'solve' ? (
          <>
            <Form.Item name="solvedOn" label={t('solve.solvedOn')} rules={[{ required: true, message: '请选择办结日期' }]}>
              <DatePicker format={DATE} disabledDate={(day) => day.isAfter(dayjs(), 'day') || day.isBefore(dayjs(demand.raisedOn), 'day')} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="solution" label={t('solve.solution')} rules={solveRules('solution')}>
              <Input.TextArea rows={4} maxLength={2000} showCount />
            </Form.Item>
          </>
        ) : null}
        {kind === 'close' ? (
          <Form.Item name="reason" label={t('close.reason')} rules={closeRules('reason')}>
            <Input.TextArea rows={3} maxLength={500} showCount />
          </Form.Item>
        ) : null}
      </Form>
    </Modal>
  );
}
