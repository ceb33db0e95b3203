import { DatePicker, Form, Input, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { outputKinds, type OutputKind } from '../../../../contracts/project-codes.ts';
import type { ProjectTransitionBody, ProjectView } from '../../../../contracts/projects.ts';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { useText } from '../../../platform/i18n.tsx';
import { useProjectMessages } from '../projects.messages.ts';

type Values = { completedOn?: Dayjs | null; outputs?: { id: string; actual?: string }[]; comment?: string };

type Props = {
  project: ProjectView;
  open: boolean;
  onClose: () => void;
  onSubmit: (body: ProjectTransitionBody) => Promise<unknown>;
};

/** 完工: the day the works ended and what they actually produced, one figure per planned output. */
export function CompleteModal({ project, open, onClose, onSubmit }: Props) {
  const t = useProjectMessages();
  const text = useText();
  const [form] = Form.useForm<Values>();
  const submit = async () => {
    const values = await form.validateFields();
    const body: ProjectTransitionBody = {
      action: 'complete',
      ...(values.completedOn ? { completedOn: values.completedOn.format('YYYY-MM-DD') } : {}),
      outputs: (values.outputs ?? []).filter((o) => o.actual?.trim()).map((o) => ({ id: o.id, actual: o.actual!.trim() })),
      ...(values.comment?.trim() ? { comment: values.comment.trim() } : {}),
    };
    try {
      await onSubmit(body);
      onClose();
    } catch (error) {
      if (!applyFieldErrors(form, error)) throw error;
    }
  };
  return (
    <Modal open={open} title={t('complete.title')} onOk={() => void submit().catch(() => undefined)} onCancel={onClose} destroyOnHidden>
      <Form<Values>
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ completedOn: dayjs(), outputs: project.outputs.map((o) => ({ id: o.id, actual: o.actual ?? o.planned })) }}
      >
        <Form.Item name="completedOn" label={t('complete.completedOn')} rules={[{ required: true, message: '请填写完工日期' }]}>
          <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} data-testid="project-completed-on" />
        </Form.Item>
        {project.outputs.map((o, index) => (
          <Form.Item key={o.id} label={`${text(outputKinds.labels[o.kind as OutputKind] ?? { zh: o.kind, en: o.kind })}（${t('form.planned')} ${o.planned}）`}>
            <Form.Item name={['outputs', index, 'id']} hidden>
              <Input />
            </Form.Item>
            <Form.Item
              name={['outputs', index, 'actual']}
              noStyle
              rules={[{ pattern: /^\d{1,12}(\.\d{1,2})?$/, message: '数量格式不正确，最多两位小数' }]}
            >
              <Input style={{ width: 160 }} data-testid={`project-actual-${index}`} />
            </Form.Item>
          </Form.Item>
        ))}
        <Form.Item name="comment" label={t('complete.comment')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
