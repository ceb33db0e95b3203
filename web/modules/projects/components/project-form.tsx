import { Button, Col, DatePicker, Divider, Flex, Form, Input, Row, Select, Space, Typography, type FormInstance } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { formatMoney, fundSourcesGap, parseMoney, projectFieldsSchema, sumCents, type ProjectBody, type ProjectView } from '../../../../contracts/projects.ts';
import { fundSourceKinds, outputKinds, projectCategories, type FundSourceKind, type OutputKind, type ProjectCategory } from '../../../../contracts/project-codes.ts';
import { DivisionTreeSelect } from '../../../components/division-tree-select.tsx';
import { zodRules } from '../../../components/zod-rules.ts';
import { useText } from '../../../platform/i18n.tsx';
import { useProjectMessages } from '../projects.messages.ts';
import { BeneficiarySelect } from './beneficiary-select.tsx';

const DATE = 'YYYY-MM-DD';
const rules = zodRules(projectFieldsSchema);

export type ProjectFormValues = {
  name?: string;
  category?: ProjectCategory;
  villages?: string[];
  responsibleEntity?: string;
  description?: string;
  budget?: string;
  plannedStart?: Dayjs | null;
  plannedEnd?: Dayjs | null;
  fundSources?: { kind?: FundSourceKind; funder?: string; unitId?: string; amount?: string }[];
  outputs?: { kind?: OutputKind; unit?: string; planned?: string }[];
  beneficiaryHouseholdIds?: string[];
};

/** The form's values in the contract's shape; the server judges what is still missing. */
export function toProjectBody(values: ProjectFormValues): ProjectBody {
  const description = values.description?.trim();
  return {
    name: values.name?.trim() ?? '',
    category: values.category as ProjectCategory,
    villages: values.villages ?? [],
    responsibleEntity: values.responsibleEntity?.trim() ?? '',
    ...(description ? { description } : {}),
    budget: values.budget?.trim() ?? '',
    fundSources: (values.fundSources ?? []).map((s) => ({
      kind: s.kind as FundSourceKind,
      funder: s.funder?.trim() ?? '',
      ...(s.unitId ? { unitId: s.unitId } : {}),
      amount: s.amount?.trim() ?? '',
    })),
    outputs: (values.outputs ?? []).map((o) => ({ kind: o.kind as OutputKind, ...(o.kind === 'other' && o.unit ? { unit: o.unit.trim() } : {}), planned: o.planned?.trim() ?? '' })),
    ...(values.beneficiaryHouseholdIds?.length ? { beneficiaryHouseholdIds: values.beneficiaryHouseholdIds } : {}),
    ...(values.plannedStart ? { plannedStart: values.plannedStart.format(DATE) } : {}),
    ...(values.plannedEnd ? { plannedEnd: values.plannedEnd.format(DATE) } : {}),
  };
}

export function formValuesOf(project: ProjectView): ProjectFormValues {
  return {
    name: project.name,
    category: project.category as ProjectCategory,
    villages: project.villages.map((v) => v.divisionCode),
    responsibleEntity: project.responsibleEntity,
    description: project.description ?? undefined,
    budget: project.budget,
    plannedStart: project.plannedStart ? dayjs(project.plannedStart) : null,
    plannedEnd: project.plannedEnd ? dayjs(project.plannedEnd) : null,
    fundSources: project.fundSources.map((s) => ({ kind: s.kind as FundSourceKind, funder: s.funder, unitId: s.unitId ?? undefined, amount: s.amount })),
    outputs: project.outputs.map((o) => ({ kind: o.kind as OutputKind, unit: o.unit, planned: o.planned })),
    beneficiaryHouseholdIds: project.beneficiaryHouseholdIds,
  };
}

/** The sources' total against the budget as they are typed, to the cent, by the server's own rule. */
export function SourcesTotal() {
  const t = useProjectMessages();
  const budget = Form.useWatch<string | undefined>('budget') ?? '';
  const sources = Form.useWatch<ProjectFormValues['fundSources']>('fundSources') ?? [];
  const amounts = sources.map((s) => s?.amount ?? '').filter((a) => a.trim() !== '');
  const total = sumCents(amounts.map((a) => parseMoney(a) ?? 0));
  const budgetCents = parseMoney(budget);
  const gap = budgetCents === null ? null : fundSourcesGap(budget, amounts.length > 0 ? amounts : ['0']);
  const state = gap === null ? null : gap === 0 ? t('form.sourcesMatch') : gap > 0 ? t('form.sourcesGap', { gap: formatMoney(gap) }) : t('form.sourcesOver', { gap: formatMoney(-gap) });
  return (
    <Typography.Text type={gap === 0 ? 'success' : gap === null ? 'secondary' : 'warning'} data-testid="project-sources-total">
      {t('form.sourcesTotal', { total: formatMoney(total), budget: budgetCents === null ? '—' : formatMoney(budgetCents) })}
      {state ? `（${state}）` : ''}
    </Typography.Text>
  );
}

function OutputUnit({ index }: { index: number }) {
  const t = useProjectMessages();
  const text = useText();
  const kind = Form.useWatch<OutputKind | undefined>(['outputs', index, 'kind']);
  if (kind === 'other') {
    return (
      <Form.Item name={[index, 'unit']} rules={[{ required: true, message: '其他产出请填写单位' }]} style={{ marginBottom: 0 }}>
        <Input placeholder={t('form.unit')} style={{ width: 100 }} />
      </Form.Item>
    );
  }
  return <Typography.Text type="secondary">{kind ? text(outputKinds.labels[kind]) : ''}</Typography.Text>;
}

function Beneficiaries() {
  const t = useProjectMessages();
  const villages = Form.useWatch<string[] | undefined>('villages') ?? [];
  return (
    <Form.Item name="beneficiaryHouseholdIds" label={t('form.beneficiaries')} style={{ marginTop: 24 }}>
      <BeneficiarySelect villages={villages} />
    </Form.Item>
  );
}

type ProjectFormProps = {
  form: FormInstance<ProjectFormValues>;
  initialValues: ProjectFormValues;
  editing: boolean;
  submitting: boolean;
  onSubmit: (values: ProjectFormValues) => void;
  onCancel: () => void;
};

export function ProjectForm({ form, initialValues, editing, submitting, onSubmit, onCancel }: ProjectFormProps) {
  const t = useProjectMessages();
  const text = useText();
  return (
    <Form<ProjectFormValues> form={form} layout="vertical" initialValues={initialValues} onFinish={onSubmit} style={{ maxWidth: 880 }}>
      <Row gutter={16}>
        <Col xs={24} md={16}>
          <Form.Item name="name" label={t('form.name')} rules={rules('name')}>
            <Input maxLength={100} data-testid="project-name" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="category" label={t('form.category')} rules={rules('category', '请选择项目类别')}>
            <Select options={projectCategories.codes.map((code) => ({ value: code, label: text(projectCategories.labels[code]) }))} data-testid="project-category" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="villages" label={t('form.villages')} rules={rules('villages', '请至少选择一个村')}>
        <DivisionTreeSelect multiple level="village" />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="responsibleEntity" label={t('form.responsible')} rules={rules('responsibleEntity')}>
            <Input maxLength={100} data-testid="project-responsible" />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="plannedStart" label={t('form.plannedStart')}>
            <DatePicker format={DATE} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={12} md={6}>
          <Form.Item name="plannedEnd" label={t('form.plannedEnd')}>
            <DatePicker format={DATE} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="description" label={t('form.description')} rules={rules('description')}>
        <Input.TextArea rows={3} maxLength={2000} showCount />
      </Form.Item>
      <Form.Item name="budget" label={t('form.budget')} rules={rules('budget')}>
        <Input style={{ maxWidth: 240 }} placeholder="300000.00" data-testid="project-budget" />
      </Form.Item>
      <Divider>{t('form.sources')}</Divider>
      <Form.List name="fundSources">
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((field) => (
              <Space key={field.key} align="start" wrap data-testid="project-source-row">
                <Form.Item name={[field.name, 'kind']} rules={[{ required: true, message: '请选择资金来源' }]}>
                  <Select placeholder={t('form.sourceKind')} style={{ width: 150 }} options={fundSourceKinds.codes.map((code) => ({ value: code, label: text(fundSourceKinds.labels[code]) }))} />
                </Form.Item>
                <Form.Item name={[field.name, 'funder']} rules={[{ required: true, message: '请填写出资方' }]}>
                  <Input placeholder={t('form.funder')} style={{ width: 240 }} maxLength={100} />
                </Form.Item>
                <Form.Item name={[field.name, 'amount']} rules={[{ required: true, message: '请填写金额' }]}>
                  <Input placeholder={t('form.amount')} style={{ width: 160 }} />
                </Form.Item>
                <Button type="text" icon={<MinusCircleOutlined />} aria-label={t('form.remove')} onClick={() => remove(field.name)} />
              </Space>
            ))}
            <Flex gap={16} align="center" wrap>
              <Button icon={<PlusOutlined />} onClick={() => add({ kind: 'fiscal' })} data-testid="project-add-source">
                {t('form.addSource')}
              </Button>
              <SourcesTotal />
            </Flex>
            <Form.ErrorList errors={errors} />
          </>
        )}
      </Form.List>
      <Divider>{t('form.outputs')}</Divider>
      <Form.List name="outputs">
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((field) => (
              <Space key={field.key} align="start" wrap data-testid="project-output-row">
                <Form.Item name={[field.name, 'kind']} rules={[{ required: true, message: '请选择产出指标' }]}>
                  <Select placeholder={t('form.outputKind')} style={{ width: 200 }} options={outputKinds.codes.map((code) => ({ value: code, label: text(outputKinds.labels[code]) }))} />
                </Form.Item>
                <Form.Item name={[field.name, 'planned']} rules={[{ required: true, message: '请填写计划数量' }, { pattern: /^\d{1,12}(\.\d{1,2})?$/, message: '数量格式不正确，最多两位小数' }]}>
                  <Input placeholder={t('form.planned')} style={{ width: 120 }} />
                </Form.Item>
                <OutputUnit index={field.name} />
                <Button type="text" icon={<MinusCircleOutlined />} aria-label={t('form.remove')} onClick={() => remove(field.name)} />
              </Space>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add()} data-testid="project-add-output">
              {t('form.addOutput')}
            </Button>
            <Form.ErrorList errors={errors} />
          </>
        )}
      </Form.List>
      <Beneficiaries />
      <Flex gap={8} style={{ marginTop: 24 }}>
        <Button type="primary" htmlType="submit" loading={submitting} data-testid="project-submit">
          {editing ? t('form.save') : t('form.submit')}
        </Button>
        <Button onClick={onCancel}>{t('form.cancel')}</Button>
      </Flex>
    </Form>
  );
}
