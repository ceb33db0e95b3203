import { useState } from 'react';
import { Button, DatePicker, Flex, Form, Input, InputNumber, Select, type FormInstance } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { letterBody, letterTaskBody, type LetterBody, type LetterUnitOption, type LetterView } from '../../../contracts/responsibility-letters.ts';
import { DivisionTreeSelect } from '../../components/division-tree-select.tsx';
import { RemoteSelect } from '../../components/remote-select.tsx';
import { zodRules } from '../../components/zod-rules.ts';
import { letterApi, letterKey } from './responsibility-letters.api.ts';
import { useLetterMessages } from './responsibility-letters.messages.ts';

const DATE = 'YYYY-MM-DD';
const rules = zodRules(letterBody);
const taskRules = zodRules(letterTaskBody);

export type LetterTaskValues = { id?: string; title?: string; target?: string; dueOn?: Dayjs | null };
export type LetterFormValues = {
  unitId?: string;
  divisionCode?: string | null;
  year?: number | null;
  title?: string;
  signedOn?: Dayjs | null;
  signedWith?: string;
  note?: string;
  tasks?: LetterTaskValues[];
};

/** The form's values in the contract's shape; empty optional fields are left out. */
export function toLetterBody(values: LetterFormValues): LetterBody {
  const note = values.note?.trim();
  return {
    unitId: values.unitId ?? '',
    divisionCode: values.divisionCode ?? '',
    year: values.year ?? 0,
    title: values.title?.trim() ?? '',
    signedOn: values.signedOn ? values.signedOn.format(DATE) : '',
    signedWith: values.signedWith?.trim() ?? '',
    ...(note ? { note } : {}),
    tasks: (values.tasks ?? []).map((task) => ({
      ...(task.id ? { id: task.id } : {}),
      title: task.title?.trim() ?? '',
      target: task.target?.trim() ?? '',
      dueOn: task.dueOn ? task.dueOn.format(DATE) : '',
    })),
  };
}

/** A letter being edited, as the form holds it: each task keeps its id, so its state stays with it. */
export function fromLetterView(view: LetterView): LetterFormValues {
  return {
    unitId: view.unitId,
    divisionCode: view.divisionCode,
    year: view.year,
    title: view.title,
    signedOn: dayjs(view.signedOn),
    signedWith: view.signedWith,
    note: view.note ?? '',
    tasks: view.taskList.map((task) => ({ id: task.id, title: task.title, target: task.target ?? '', dueOn: dayjs(task.dueOn) })),
  };
}

/** A new letter: this year, signed today by the caller's office, one empty task to fill. */
export function newLetterValues(signedWith: string, today = dayjs()): LetterFormValues {
  return { year: today.year(), signedOn: today, signedWith, tasks: [{}] };
}

type Props = {
  form: FormInstance<LetterFormValues>;
  initialValues: LetterFormValues;
  /** The unit and village already chosen (editing), shown before any search. */
  known?: { unit: { value: string; label: string }; village: { code: string; name: string | null } };
  submitting: boolean;
  onSubmit: (values: LetterFormValues) => void;
  onCancel: () => void;
};

export function LetterForm({ form, initialValues, known, submitting, onSubmit, onCancel }: Props) {
  const t = useLetterMessages();
  // The villages each unit found so far serves, so choosing a unit offers its villages.
  const [served, setServed] = useState<Map<string, LetterUnitOption['villages']>>(() => new Map());
  const unitId = Form.useWatch('unitId', form);
  const villages = (unitId ? served.get(unitId) : undefined) ?? (known && unitId === known.unit.value ? [known.village] : undefined);
  const searchUnits = async (q: string) => {
    const { items } = await letterApi.units(q);
    setServed((before) => new Map([...before, ...items.map((u) => [u.id, u.villages] as const)]));
    return items.map((u) => ({ value: u.id, label: u.name }));
  };
  const onUnitChange = (next: string | undefined) => {
    const offered = next ? served.get(next) : undefined;
    form.setFieldsValue({ unitId: next, divisionCode: offered?.length === 1 ? offered[0]!.code : null });
  };

  return (
    <Form<LetterFormValues> form={form} layout="vertical" initialValues={initialValues} onFinish={onSubmit} style={{ maxWidth: 880 }}>
      <Flex gap={16} wrap>
        <Form.Item name="unitId" label={t('form.unit')} rules={rules('unitId', '请选择牵头后盾单位')} style={{ flex: 2, minWidth: 280 }}>
          <RemoteSelect
            queryKey={[letterKey, 'units']}
            search={searchUnits}
            known={known?.unit ?? null}
            placeholder={t('form.unitPlaceholder')}
            aria-label={t('form.unit')}
            onChange={onUnitChange}
          />
        </Form.Item>
        <Form.Item name="divisionCode" label={t('form.village')} extra={t('form.villageHint')} rules={rules('divisionCode', '请选择签订责任状的村')} style={{ flex: 1, minWidth: 220 }}>
          {villages?.length ? (
            <Select
              placeholder={t('form.villagePlaceholder')}
              options={villages.map((v) => ({ value: v.code, label: v.name ?? v.code }))}
              aria-label={t('form.village')}
              data-testid="letter-village"
            />
          ) : (
            <DivisionTreeSelect level="village" placeholder={t('form.villagePlaceholder')} />
          )}
        </Form.Item>
      </Flex>
      <Flex gap={16} wrap>
        <Form.Item name="year" label={t('form.year')} rules={rules('year')}>
          <InputNumber min={2000} max={2100} precision={0} style={{ width: 120 }} aria-label={t('form.year')} />
        </Form.Item>
        <Form.Item name="title" label={t('form.titleField')} rules={rules('title')} style={{ flex: 1, minWidth: 280 }}>
          <Input maxLength={100} placeholder={t('form.titlePlaceholder')} data-testid="letter-title" />
        </Form.Item>
      </Flex>
      <Flex gap={16} wrap>
        <Form.Item name="signedOn" label={t('form.signedOn')} rules={[{ required: true, message: '请选择签订日期' }]}>
          <DatePicker format={DATE} aria-label={t('form.signedOn')} />
        </Form.Item>
        <Form.Item name="signedWith" label={t('form.signedWith')} rules={rules('signedWith')} style={{ flex: 1, minWidth: 240 }}>
          <Input maxLength={60} placeholder={t('form.signedWithPlaceholder')} data-testid="letter-signed-with" />
        </Form.Item>
      </Flex>
      <Form.List name="tasks" rules={[{ validator: async (_rule, tasks?: unknown[]) => { if (!tasks?.length) throw new Error('至少列出一项任务'); } }]}>
        {(fields, { add, remove }, { errors }) => (
          <Form.Item label={t('form.tasks')} required>
            <Flex vertical gap={8}>
              {fields.map((field, index) => (
                <Flex key={field.key} gap={8} align="start" wrap data-testid="letter-task-row">
                  <Form.Item name={[field.name, 'id']} hidden>
                    <Input />
                  </Form.Item>
                  <Form.Item name={[field.name, 'title']} rules={taskRules('title')} style={{ width: 180, marginBottom: 0 }}>
                    <Input maxLength={100} placeholder={t('form.taskTitlePlaceholder')} aria-label={`${t('task.title')} ${index + 1}`} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'target']} rules={taskRules('target')} style={{ flex: 1, minWidth: 240, marginBottom: 0 }}>
                    <Input maxLength={500} placeholder={t('form.targetPlaceholder')} aria-label={`${t('task.target')} ${index + 1}`} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'dueOn']} rules={[{ required: true, message: '请选择完成期限' }]} style={{ marginBottom: 0 }}>
                    <DatePicker format={DATE} placeholder={t('task.dueOn')} aria-label={`${t('task.dueOn')} ${index + 1}`} />
                  </Form.Item>
                  {fields.length > 1 ? (
                    <Button type="text" icon={<MinusCircleOutlined />} aria-label={t('form.removeTask')} onClick={() => remove(field.name)} />
                  ) : null}
                </Flex>
              ))}
              <Form.ErrorList errors={errors} />
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} style={{ alignSelf: 'flex-start' }} data-testid="letter-add-task">
                {t('form.addTask')}
              </Button>
            </Flex>
          </Form.Item>
        )}
      </Form.List>
      <Form.Item name="note" label={t('form.note')}>
        <Input.TextArea rows={3} maxLength={1000} showCount />
      </Form.Item>
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" loading={submitting} data-testid="letter-submit">
          {t('form.submit')}
        </Button>
        <Button onClick={onCancel}>{t('form.cancel')}</Button>
      </Flex>
    </Form>
  );
}
