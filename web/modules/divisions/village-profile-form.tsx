import { Button, Col, Flex, Form, Input, InputNumber, Row, Select, type FormInstance } from 'antd';
import { villageProfileBody, type VillageProfileBody, type VillageProfileView } from '../../../contracts/divisions.ts';
import { useDivisionMessages } from './divisions.messages.ts';

export type VillageProfileValues = {
  population?: number | null;
  households?: number | null;
  poorHouseholds?: number | null;
  collectiveIncome?: string | null;
  mainIndustries?: string[];
  infrastructureGaps?: string[];
  latitude?: number | null;
  longitude?: number | null;
  note?: string | null;
};

function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

export function toProfileValues(profile: VillageProfileView | null): VillageProfileValues {
  return profile ? { ...profile } : { mainIndustries: [], infrastructureGaps: [] };
}

/**
 * Checks the whole profile with the contract before sending, so cross-field rules (poor households
 * within households, latitude with longitude) show beside their field in Chinese, as the server would.
 */
export function checkProfile(values: VillageProfileValues): { body: VillageProfileBody } | { fields: { name: keyof VillageProfileValues; errors: string[] }[] } {
  const parsed = villageProfileBody.safeParse({
    population: values.population ?? null,
    households: values.households ?? null,
    poorHouseholds: values.poorHouseholds ?? null,
    collectiveIncome: blankToNull(values.collectiveIncome),
    mainIndustries: values.mainIndustries ?? [],
    infrastructureGaps: values.infrastructureGaps ?? [],
    latitude: values.latitude ?? null,
    longitude: values.longitude ?? null,
    note: blankToNull(values.note),
  });
  if (parsed.success) return { body: parsed.data };
  const byField = new Map<keyof VillageProfileValues, string[]>();
  for (const issue of parsed.error.issues) {
    const name = String(issue.path[0] ?? 'note') as keyof VillageProfileValues;
    byField.set(name, [...(byField.get(name) ?? []), issue.message]);
  }
  return { fields: [...byField].map(([name, errors]) => ({ name, errors })) };
}

type VillageProfileFormProps = {
  form: FormInstance<VillageProfileValues>;
  initialValues: VillageProfileValues;
  submitting: boolean;
  onSubmit: (body: VillageProfileBody) => void;
  onCancel: () => void;
};

export function VillageProfileForm({ form, initialValues, submitting, onSubmit, onCancel }: VillageProfileFormProps) {
  const t = useDivisionMessages();
  const finish = (values: VillageProfileValues): void => {
    const checked = checkProfile(values);
    if ('body' in checked) onSubmit(checked.body);
    else form.setFields(checked.fields);
  };
  const count = (name: keyof VillageProfileValues, label: string) => (
    <Col xs={24} sm={8}>
      <Form.Item name={name} label={label}>
        <InputNumber min={0} precision={0} style={{ width: '100%' }} />
      </Form.Item>
    </Col>
  );
  return (
    <Form<VillageProfileValues> form={form} layout="vertical" initialValues={initialValues} onFinish={finish}>
      <Row gutter={16}>
        {count('population', t('field.population'))}
        {count('households', t('field.households'))}
        {count('poorHouseholds', t('field.poorHouseholds'))}
      </Row>
      <Form.Item name="collectiveIncome" label={t('field.collectiveIncome')}>
        <Input inputMode="decimal" maxLength={16} style={{ maxWidth: 240 }} />
      </Form.Item>
      <Form.Item name="mainIndustries" label={t('field.mainIndustries')} extra={t('field.tagsHint')}>
        <Select mode="tags" open={false} suffixIcon={null} />
      </Form.Item>
      <Form.Item name="infrastructureGaps" label={t('field.infrastructureGaps')} extra={t('field.tagsHint')}>
        <Select mode="tags" open={false} suffixIcon={null} />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} sm={12}>
          <Form.Item name="latitude" label={t('field.latitude')}>
            <InputNumber min={-90} max={90} step={0.000001} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="longitude" label={t('field.longitude')}>
            <InputNumber min={-180} max={180} step={0.000001} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="note" label={t('field.note')}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" loading={submitting}>
          {t('form.submit')}
        </Button>
        <Button onClick={onCancel}>{t('form.cancel')}</Button>
      </Flex>
    </Form>
  );
}
