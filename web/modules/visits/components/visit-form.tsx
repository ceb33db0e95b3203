import { Button, DatePicker, Flex, Form, Input, Typography, type FormInstance } from 'antd';
import { CloseOutlined, PictureOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { visitCreateBody } from '../../../../contracts/visits.ts';
import { RemoteSelect, type RemoteOption } from '../../../components/remote-select.tsx';
import { zodRules } from '../../../components/zod-rules.ts';
import { visitsApi } from '../visits.api.ts';
import { useVisitMessages } from '../visits.messages.ts';
import { PhotoPicker } from './photo-picker.tsx';
import type { CadreChoice, VisitFormValues } from './visit-values.ts';

const rules = zodRules(visitCreateBody);

async function searchHouseholds(q: string): Promise<RemoteOption[]> {
  const { items } = await visitsApi.searchHouseholds(q);
  return items.map((h) => ({ value: h.id, label: `${h.householderName}（${h.villageName ?? h.divisionCode} · ${h.code}）` }));
}

async function searchCadres(q: string): Promise<RemoteOption[]> {
  const { items } = await visitsApi.searchCadres(q);
  return items.map((c) => ({ value: c.id, label: c.unitName ? `${c.name}（${c.unitName}）` : c.name }));
}

type VisitFormProps = {
  form: FormInstance<VisitFormValues>;
  initialValues: VisitFormValues;
  /** Editing changes what was found and the follow-up; the household and the cadre stay. */
  editing: boolean;
  /** A household's own page records for that household: no picker. */
  householdFixed: boolean;
  cadreChoice: CadreChoice;
  knownHousehold?: RemoteOption | null;
  files: File[];
  onFiles: (files: File[]) => void;
  onSubmit: (values: VisitFormValues) => void;
};

/** The visit's fields. Photos are an optional extra, chosen here and sent once the visit is saved. */
export function VisitForm({ form, initialValues, editing, householdFixed, cadreChoice, knownHousehold, files, onFiles, onSubmit }: VisitFormProps) {
  const t = useVisitMessages();
  const visitedOn = Form.useWatch('visitedOn', form);
  return (
    <Form<VisitFormValues> form={form} layout="vertical" initialValues={initialValues} onFinish={onSubmit}>
      {householdFixed || editing ? null : (
        <Form.Item name="householdId" label={t('form.household')} rules={[{ required: true, message: t('form.householdRequired') }]}>
          <RemoteSelect queryKey={['visits', 'household-search']} search={searchHouseholds} known={knownHousehold ?? null} placeholder={t('form.householdPlaceholder')} />
        </Form.Item>
      )}
      {editing || cadreChoice === 'none' ? null : (
        <Form.Item
          name="cadreId"
          label={t('form.cadre')}
          extra={cadreChoice === 'optional' ? t('form.cadreHint') : undefined}
          rules={cadreChoice === 'required' ? [{ required: true, message: t('form.cadreRequired') }] : []}
        >
          <RemoteSelect queryKey={['visits', 'cadre-search']} search={searchCadres} placeholder={cadreChoice === 'optional' ? t('form.cadrePlaceholder') : undefined} />
        </Form.Item>
      )}
      <Form.Item name="visitedOn" label={t('form.visitedOn')} rules={[{ required: true, message: t('form.visitedOnRequired') }]}>
        <DatePicker allowClear={false} disabledDate={(d) => d.isAfter(dayjs(), 'day')} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="findings" label={t('form.findings')} rules={rules('findings')}>
        <Input.TextArea rows={5} maxLength={2000} showCount placeholder={t('form.findingsPlaceholder')} />
      </Form.Item>
      <Form.Item name="followUp" label={t('form.followUp')} rules={rules('followUp')}>
        <Input.TextArea rows={2} maxLength={1000} showCount />
      </Form.Item>
      {editing ? (
        <Form.Item name="followUpDone" label={t('form.followUpDone')}>
          <DatePicker disabledDate={(d) => d.isAfter(dayjs(), 'day') || (visitedOn ? d.isBefore(visitedOn, 'day') : false)} style={{ width: 200 }} />
        </Form.Item>
      ) : (
        <Form.Item label={t('form.photos')} extra={t('form.photosHint')}>
          <Flex vertical gap={8}>
            {files.map((file, index) => (
              <Flex key={`${file.name}-${index}`} gap={8} align="center">
                <PictureOutlined />
                <Typography.Text>{file.name}</Typography.Text>
                <Button type="text" size="small" icon={<CloseOutlined />} aria-label={t('photo.remove')} onClick={() => onFiles(files.filter((_, i) => i !== index))} />
              </Flex>
            ))}
            <div>
              <PhotoPicker onPick={(file) => onFiles([...files, file])} />
            </div>
          </Flex>
        </Form.Item>
      )}
    </Form>
  );
}
