import { useState } from 'react';
import { App, Button, Checkbox, DatePicker, Flex, Form, Input, Select, Space, Upload, type UploadFile } from 'antd';
import { MinusCircleOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { branchTasks, orgLifeBody, orgLifeKinds, type BranchTask, type OrgLifeInput, type OrgLifeKind, type OrgLifeView } from '../../../../contracts/org-life.ts';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { zodRules } from '../../../components/zod-rules.ts';
import { useText } from '../../../platform/i18n.tsx';
import { orgLifeApi, orgLifeKey } from '../org-life.api.ts';
import { useOrgLifeMessages } from '../org-life.messages.ts';

const DATE = 'YYYY-MM-DD';
const rules = zodRules(orgLifeBody);

export type OrgLifeFormValues = {
  partyOrgId?: string;
  kind?: OrgLifeKind;
  heldOn?: Dayjs;
  topic?: string;
  content?: string;
  place?: string;
  tasks?: BranchTask[];
  attendeeIds?: string[];
  absentees?: { cadreId?: string; reason?: string; madeUpOn?: Dayjs | null; madeUpNote?: string }[];
};

export function toOrgLifeBody(values: OrgLifeFormValues): OrgLifeInput {
  return {
    partyOrgId: values.partyOrgId ?? '',
    kind: values.kind as OrgLifeKind,
    heldOn: values.heldOn ? values.heldOn.format(DATE) : '',
    topic: values.topic ?? '',
    content: values.content,
    place: values.place,
    tasks: values.tasks ?? [],
    attendeeIds: values.attendeeIds ?? [],
    absentees: (values.absentees ?? []).map((a) => ({ cadreId: a.cadreId ?? '', reason: a.reason ?? '', madeUpOn: a.madeUpOn ? a.madeUpOn.format(DATE) : undefined, madeUpNote: a.madeUpNote })),
  };
}

type Props = { branches: { value: string; label: string }[]; partyOrgId?: string; record?: OrgLifeView; onSaved: (record: OrgLifeView) => void; onCancel: () => void };

function valuesOf(record: OrgLifeView): OrgLifeFormValues {
  return {
    partyOrgId: record.partyOrgId,
    kind: record.kind,
    heldOn: dayjs(record.heldOn),
    topic: record.topic,
    content: record.content ?? undefined,
    place: record.place ?? undefined,
    tasks: record.tasks,
    attendeeIds: record.attendees.map((a) => a.cadreId),
    absentees: record.absentees.map((a) => ({ cadreId: a.cadreId, reason: a.reason, madeUpOn: a.madeUpOn ? dayjs(a.madeUpOn) : null, madeUpNote: a.madeUpNote ?? undefined })),
  };
}

/** 记录组织生活 (or 修改): which branch met, how, when, about what, who came and who did not and why. */
export function OrgLifeForm({ branches, partyOrgId, record, onSaved, onCancel }: Props) {
  const t = useOrgLifeMessages();
  const text = useText();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const { message } = App.useApp();
  const [form] = Form.useForm<OrgLifeFormValues>();
  const [photos, setPhotos] = useState<UploadFile[]>([]);
  const orgId = Form.useWatch('partyOrgId', form) ?? record?.partyOrgId ?? partyOrgId;
  const heldOn = (Form.useWatch('heldOn', form) as Dayjs | undefined) ?? dayjs();
  const day = heldOn.format(DATE);
  const members = useQuery({ queryKey: [orgLifeKey, 'members', orgId, day], queryFn: () => orgLifeApi.members(orgId!, day), enabled: !!orgId });
  const memberOptions = (members.data?.items ?? []).map((m) => ({ value: m.cadreId, label: m.name }));

  const save = useMutation({
    mutationFn: (values: OrgLifeFormValues) => {
      const body = toOrgLifeBody(values);
      if (!record) return orgLifeApi.create(body);
      const { partyOrgId: _branch, ...change } = body;
      return orgLifeApi.update(record.id, change);
    },
    onSuccess: async (saved) => {
      // Photos go up once the record exists; a photo refused leaves the record saved, complete without it.
      try {
        for (const photo of photos) if (photo.originFileObj) await orgLifeApi.uploadPhoto(saved.id, photo.originFileObj);
      } catch (error) {
        notify(error);
      }
      await client.invalidateQueries({ queryKey: [orgLifeKey] });
      void message.success(t('form.saved'));
      onSaved(saved);
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });

  return (
    <Form<OrgLifeFormValues>
      form={form}
      layout="vertical"
      initialValues={record ? valuesOf(record) : { partyOrgId, heldOn: dayjs(), tasks: [], attendeeIds: [], absentees: [] }}
      onFinish={(values) => save.mutate(values)}
      style={{ maxWidth: 720 }}
    >
      <Form.Item name="partyOrgId" label={t('form.branch')} rules={rules('partyOrgId', '请选择党支部')}>
        <Select options={branches} showSearch optionFilterProp="label" disabled={!!record} />
      </Form.Item>
      <Form.Item name="kind" label={t('form.kind')} rules={rules('kind', '请选择活动类型')}>
        <Select options={orgLifeKinds.codes.map((k) => ({ value: k, label: text(orgLifeKinds.labels[k]) }))} data-testid="org-life-kind" />
      </Form.Item>
      <Form.Item name="heldOn" label={t('form.heldOn')} rules={[{ required: true, message: '请选择活动日期' }]}>
        <DatePicker format={DATE} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
      </Form.Item>
      <Form.Item name="topic" label={t('form.topic')} rules={rules('topic')}>
        <Input maxLength={100} data-testid="org-life-topic" />
      </Form.Item>
      <Form.Item name="content" label={t('form.content')} rules={rules('content')}>
        <Input.TextArea rows={4} maxLength={4000} />
      </Form.Item>
      <Form.Item name="place" label={t('form.place')} rules={rules('place')}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="tasks" label={t('form.tasks')}>
        <Checkbox.Group options={branchTasks.codes.map((k) => ({ value: k, label: text(branchTasks.labels[k]) }))} />
      </Form.Item>
      <Form.Item name="attendeeIds" label={t('form.attendees')}>
        <Select mode="multiple" options={memberOptions} loading={members.isFetching} optionFilterProp="label" />
      </Form.Item>
      <Form.Item label={t('form.absentees')}>
        <Form.List name="absentees">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field) => (
                <Space key={field.key} align="start" wrap>
                  <Form.Item name={[field.name, 'cadreId']} label={t('form.absentee')} rules={[{ required: true, message: '请选择缺席人员' }]}>
                    <Select options={memberOptions} style={{ width: 140 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'reason']} label={t('form.reason')} rules={[{ required: true, whitespace: true, message: '请填写缺席原因' }]}>
                    <Input maxLength={200} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'madeUpOn']} label={t('form.madeUpOn')}>
                    <DatePicker format={DATE} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'madeUpNote']} label={t('form.madeUpNote')}>
                    <Input maxLength={200} />
                  </Form.Item>
                  <Button type="text" aria-label={t('form.remove')} icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} style={{ marginTop: 30 }} />
                </Space>
              ))}
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})}>
                {t('form.addAbsentee')}
              </Button>
            </>
          )}
        </Form.List>
      </Form.Item>
      <Form.Item label={t('form.photos')} extra={t('form.photosHint')}>
        <Upload
          accept=".jpg,.jpeg,.png"
          multiple
          listType="picture"
          fileList={photos}
          beforeUpload={() => false}
          onChange={({ fileList }) => setPhotos(fileList)}
        >
          <Button icon={<UploadOutlined />}>{t('form.photos')}</Button>
        </Upload>
      </Form.Item>
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="org-life-submit">
          {t('form.save')}
        </Button>
        <Button onClick={onCancel}>{t('form.cancel')}</Button>
      </Flex>
    </Form>
  );
}
