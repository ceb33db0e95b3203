import { Alert, Button, Checkbox, Flex, Form, Input, Radio, Select, Typography, type FormInstance } from 'antd';
import {
  accountCreateBody,
  accountStatusLabels,
  accountStatuses,
  accountUpdateBody,
  adminRoles,
  roleCodes,
  roleLabels,
  type AccountCreateBody,
  type AccountUpdateBody,
  type AccountView,
} from '../../../../contracts/accounts.ts';
import { DivisionTreeSelect } from '../../../components/division-tree-select.tsx';
import { zodRules } from '../../../components/zod-rules.ts';
import { useText } from '../../../platform/i18n.tsx';
import { accountsApi, accountsKey } from '../accounts.api.ts';
import { useAccountMessages } from '../accounts.messages.ts';
import { RemoteSelect } from '../../../components/remote-select.tsx';

type Role = (typeof roleCodes)[number];

export type ScopeKind = 'division' | 'unit' | 'national';
export type AccountFormValues = {
  username?: string;
  displayName?: string;
  roles?: Role[];
  scopeKind?: ScopeKind;
  scopeDivisionCode?: string | null;
  scopeUnitId?: string | null;
  cadreId?: string | null;
  status?: AccountView['status'];
  initialPassword?: string;
};

const createRules = zodRules(accountCreateBody);
const updateRules = zodRules(accountUpdateBody);
const isAdmin = (role: Role) => (adminRoles as readonly Role[]).includes(role);

export function formValuesOf(account: AccountView): AccountFormValues {
  return {
    displayName: account.displayName,
    roles: account.roles as Role[],
    scopeKind: account.scopeUnitId ? 'unit' : account.scopeDivisionCode ? 'division' : 'national',
    scopeDivisionCode: account.scopeDivisionCode,
    scopeUnitId: account.scopeUnitId,
    cadreId: account.cadreId,
    status: account.status,
  };
}

function scopeOf(values: AccountFormValues) {
  return {
    scopeDivisionCode: values.scopeKind === 'division' ? (values.scopeDivisionCode ?? null) : null,
    scopeUnitId: values.scopeKind === 'unit' ? (values.scopeUnitId ?? null) : null,
    cadreId: values.cadreId ?? null,
  };
}

export function toCreateBody(values: AccountFormValues): AccountCreateBody {
  return accountCreateBody.parse({ ...values, ...scopeOf(values) });
}

export function toUpdateBody(values: AccountFormValues): AccountUpdateBody {
  return accountUpdateBody.parse({ displayName: values.displayName, roles: values.roles, status: values.status, ...scopeOf(values) });
}

type AccountFormProps = {
  form: FormInstance<AccountFormValues>;
  existing?: AccountView;
  submitting: boolean;
  onSubmit: (values: AccountFormValues) => void;
  onCancel: () => void;
};

export function AccountForm({ form, existing, submitting, onSubmit, onCancel }: AccountFormProps) {
  const t = useAccountMessages();
  const text = useText();
  const rules = existing ? updateRules : createRules;
  const scopeKind = Form.useWatch('scopeKind', form) ?? 'division';
  const roleOption = (role: Role) => ({ value: role, label: text(roleLabels[role]) });
  // 三员分立: an administrator role is given only when the account is created.
  const adminOptions = roleCodes.filter(isAdmin).map((role) => ({ ...roleOption(role), disabled: Boolean(existing) && !existing?.roles.includes(role) }));
  const domainOptions = roleCodes.filter((role) => !isAdmin(role)).map(roleOption);

  return (
    <Form<AccountFormValues>
      form={form}
      layout="vertical"
      initialValues={existing ? formValuesOf(existing) : { scopeKind: 'division', roles: [] }}
      onFinish={onSubmit}
      style={{ maxWidth: 640 }}
    >
      <Alert type="info" showIcon title={t('form.separation')} style={{ marginBottom: 16 }} />
      {existing ? (
        <Form.Item label={t('field.username')}>
          <Typography.Text strong>{existing.username}</Typography.Text>
        </Form.Item>
      ) : (
        <Form.Item name="username" label={t('field.username')} rules={createRules('username')}>
          <Input maxLength={32} autoComplete="off" />
        </Form.Item>
      )}
      <Form.Item name="displayName" label={t('field.displayName')} rules={rules('displayName')}>
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item name="roles" label={t('field.roles')} rules={rules('roles')}>
        <Checkbox.Group style={{ display: 'block' }}>
          <Typography.Text type="secondary">{t('field.roles.admin')}</Typography.Text>
          <Flex wrap gap={8} style={{ margin: '4px 0 12px' }}>
            {adminOptions.map((option) => (
              <Checkbox key={option.value} value={option.value} disabled={option.disabled}>
                {option.label}
              </Checkbox>
            ))}
          </Flex>
          <Typography.Text type="secondary">{t('field.roles.domain')}</Typography.Text>
          <Flex wrap gap={8} style={{ marginTop: 4 }}>
            {domainOptions.map((option) => (
              <Checkbox key={option.value} value={option.value}>
                {option.label}
              </Checkbox>
            ))}
          </Flex>
        </Checkbox.Group>
      </Form.Item>
      <Form.Item name="scopeKind" label={t('field.scopeKind')}>
        <Radio.Group
          optionType="button"
          options={(['division', 'unit', 'national'] as const).map((kind) => ({ value: kind, label: t(`scopeKind.${kind}`) }))}
        />
      </Form.Item>
      {scopeKind === 'division' ? (
        <Form.Item name="scopeDivisionCode" label={t('field.scopeDivisionCode')}>
          <DivisionTreeSelect />
        </Form.Item>
      ) : null}
      {scopeKind === 'unit' ? (
        <Form.Item name="scopeUnitId" label={t('field.scopeUnitId')}>
          <RemoteSelect
            queryKey={[accountsKey, 'units']}
            search={async (q) => (await accountsApi.units(q)).items.map((u) => ({ value: u.id, label: u.divisionName ? `${u.name} · ${u.divisionName}` : u.name }))}
            known={existing?.scopeUnitId ? { value: existing.scopeUnitId, label: existing.scopeUnitName ?? existing.scopeUnitId } : null}
            placeholder={t('field.search')}
          />
        </Form.Item>
      ) : null}
      <Form.Item name="cadreId" label={t('field.cadreId')} extra={t('field.cadreHint')}>
        <RemoteSelect
          queryKey={[accountsKey, 'cadres']}
          search={async (q) => (await accountsApi.cadreOptions(q)).items.map((c) => ({ value: c.id, label: `${c.name} · ${c.idNumber}` }))}
          known={existing?.cadreId ? { value: existing.cadreId, label: existing.cadreName ?? existing.cadreId } : null}
          placeholder={t('field.search')}
        />
      </Form.Item>
      {existing ? (
        <Form.Item name="status" label={t('field.status')} rules={updateRules('status')}>
          <Select options={accountStatuses.map((status) => ({ value: status, label: text(accountStatusLabels[status]) }))} style={{ width: 200 }} />
        </Form.Item>
      ) : (
        <Form.Item name="initialPassword" label={t('field.initialPassword')} extra={t('field.initialPasswordHint')} rules={createRules('initialPassword')}>
          <Input.Password maxLength={128} autoComplete="new-password" />
        </Form.Item>
      )}
      <Flex gap={8}>
        <Button type="primary" htmlType="submit" loading={submitting}>
          {t('form.submit')}
        </Button>
        <Button onClick={onCancel}>{t('form.cancel')}</Button>
      </Flex>
    </Form>
  );
}
