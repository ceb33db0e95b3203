import { Button, Checkbox, DatePicker, Flex, Form, Input, Select, Typography, type FormInstance } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { teamRoleLabels, teamRoles, teamUpdateBody, type TeamCreateBody, type TeamRoleCode, type TeamView } from '../../../contracts/teams.ts';
import { DivisionTreeSelect } from '../../components/division-tree-select.tsx';
import { zodRules } from '../../components/zod-rules.ts';
import { useText } from '../../platform/i18n.tsx';
import { useTeamMessages } from './teams.messages.ts';
import { CadrePicker, UnitPicker } from './pickers.tsx';
import type { RemoteOption } from '../../components/remote-select.tsx';

const DATE = 'YYYY-MM-DD';
const rules = zodRules(teamUpdateBody);

export type TeamFormValues = {
  name?: string;
  villageCodes?: string[];
  units?: { unitId?: string; isLead?: boolean }[];
  termStart?: Dayjs;
  termEnd?: Dayjs | null;
  note?: string | null;
  members?: { cadreId?: string; role?: TeamRoleCode; joinedOn?: Dayjs | null }[];
};

/** The form's values after its rules passed, in the contract's shape (members only when forming a team). */
export function toTeamBody(values: TeamFormValues): TeamCreateBody {
  const note = values.note?.trim();
  return {
    name: values.name?.trim() ?? '',
    villageCodes: values.villageCodes ?? [],
    units: (values.units ?? []).map((u) => ({ unitId: u.unitId ?? '', isLead: Boolean(u.isLead) })),
    termStart: values.termStart?.format(DATE) ?? '',
    termEnd: values.termEnd ? values.termEnd.format(DATE) : null,
    note: note ? note : null,
    members: (values.members ?? []).map((m) => ({
      cadreId: m.cadreId ?? '',
      role: m.role ?? 'member',
      ...(m.joinedOn ? { joinedOn: m.joinedOn.format(DATE) } : {}),
    })),
  };
}

export function formValuesOf(team: TeamView): TeamFormValues {
  return {
    name: team.name,
    villageCodes: team.villages.map((v) => v.code),
    units: team.units.map((u) => ({ unitId: u.id, isLead: u.isLead })),
    termStart: dayjs(team.termStart),
    termEnd: team.termEnd ? dayjs(team.termEnd) : null,
    note: team.note,
  };
}

type TeamFormProps = {
  form: FormInstance<TeamFormValues>;
  initialValues: TeamFormValues;
  /** Members are chosen when the team is formed; afterwards they join and leave on the detail page. */
  withMembers: boolean;
  knownUnits?: RemoteOption[];
  submitting: boolean;
  onSubmit: (values: TeamFormValues) => void;
  onCancel: () => void;
};

export function TeamForm({ form, initialValues, withMembers, knownUnits, submitting, onSubmit, onCancel }: TeamFormProps) {
  const t = useTeamMessages();
  const text = useText();
  const roleOptions = teamRoles.map((role) => ({ value: role, label: text(teamRoleLabels[role]) }));

  // One lead unit: ticking one unticks the others.
  function markLead(index: number, checked: boolean) {
    const units = (form.getFieldValue('units') as TeamFormValues['units']) ?? [];
    form.setFieldValue('units', units.map((u, i) => ({ ...u, isLead: i === index ? checked : checked ? false : u.isLead })));
  }

  return (
    <Form<TeamFormValues> form={form} layout="vertical" initialValues={initialValues} onFinish={onSubmit} style={{ maxWidth: 760 }}>
      <Form.Item name="name" label={t('form.name')} rules={rules('name')}>
        <Input maxLength={100} placeholder={t('form.namePlaceholder')} />
      </Form.Item>
      <Form.Item name="villageCodes" label={t('form.villages')} extra={t('form.villagesHint')} rules={[{ required: true, type: 'array', min: 1, message: t('form.villagesRequired') }]}>
        <DivisionTreeSelect level="village" multiple />
      </Form.Item>
      <Form.List name="units">
        {(fields, { add, remove }, { errors }) => (
          <Form.Item label={t('form.units')} extra={t('form.unitsHint')} required>
            <Flex vertical gap={8}>
              {fields.map((field) => (
                <Flex key={field.key} gap={8} align="start" wrap>
                  <Form.Item name={[field.name, 'unitId']} rules={[{ required: true, message: t('form.unitRequired') }]} style={{ flex: 1, minWidth: 240, marginBottom: 0 }}>
                    <UnitPicker known={knownUnits} placeholder={t('form.unitSearch')} aria-label={t('form.units')} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'isLead']} valuePropName="checked" style={{ marginBottom: 0, paddingTop: 4 }}>
                    <Checkbox onChange={(event) => markLead(field.name, event.target.checked)}>{t('form.isLead')}</Checkbox>
                  </Form.Item>
                  {fields.length > 1 ? (
                    <Button type="text" icon={<MinusCircleOutlined />} aria-label={t('form.remove')} onClick={() => remove(field.name)} />
                  ) : null}
                </Flex>
              ))}
              <Form.ErrorList errors={errors} />
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ isLead: fields.length === 0 })} style={{ alignSelf: 'flex-start' }}>
                {t('form.addUnit')}
              </Button>
            </Flex>
          </Form.Item>
        )}
      </Form.List>
      <Flex gap={16} wrap>
        <Form.Item name="termStart" label={t('form.termStart')} rules={[{ required: true, message: t('form.dateRequired') }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="termEnd" label={t('form.termEnd')}>
          <DatePicker />
        </Form.Item>
      </Flex>
      {withMembers ? (
        <Form.List name="members">
          {(fields, { add, remove }, { errors }) => (
            <Form.Item label={t('form.members')} extra={t('form.membersHint')}>
              <Flex vertical gap={8}>
                {fields.map((field) => (
                  <Flex key={field.key} gap={8} align="start" wrap>
                    <Form.Item name={[field.name, 'cadreId']} rules={[{ required: true, message: t('form.cadreRequired') }]} style={{ flex: 1, minWidth: 220, marginBottom: 0 }}>
                      <CadrePicker placeholder={t('member.cadreSearch')} aria-label={t('member.cadre')} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'role']} rules={[{ required: true, message: t('form.roleRequired') }]} style={{ width: 180, marginBottom: 0 }}>
                      <Select options={roleOptions} aria-label={t('member.role')} />
                    </Form.Item>
                    <Form.Item name={[field.name, 'joinedOn']} style={{ marginBottom: 0 }}>
                      <DatePicker placeholder={t('member.joinedOn')} aria-label={t('member.joinedOn')} />
                    </Form.Item>
                    <Button type="text" icon={<MinusCircleOutlined />} aria-label={t('form.remove')} onClick={() => remove(field.name)} />
                  </Flex>
                ))}
                <Form.ErrorList errors={errors} />
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => add({ role: fields.length === 0 ? 'leader_first_secretary' : 'member' })}
                  style={{ alignSelf: 'flex-start' }}
                >
                  {t('form.addMember')}
                </Button>
              </Flex>
            </Form.Item>
          )}
        </Form.List>
      ) : (
        <Typography.Paragraph type="secondary">{t('form.membersOnDetail')}</Typography.Paragraph>
      )}
      <Form.Item name="note" label={t('form.note')} rules={rules('note')}>
        <Input.TextArea rows={3} maxLength={500} showCount />
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
