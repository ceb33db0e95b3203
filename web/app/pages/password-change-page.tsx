import { App, Alert, Button, Flex, Form, Input, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useMutation } from '@tanstack/react-query';
import { changePasswordBody, type Me } from '../../../contracts/auth.ts';
import { applyFieldErrors } from '../../components/form-errors.ts';
import { useErrorNotice } from '../../components/use-error-notice.ts';
import { zodRules } from '../../components/zod-rules.ts';
import { api } from '../../platform/api.ts';
import { useSession, useSessionState } from '../../platform/session.tsx';
import { useAppMessages } from '../app.messages.ts';
import { AuthCard } from './auth-card.tsx';

type PasswordValues = { currentPassword: string; newPassword: string; confirmPassword: string };
const rules = zodRules(changePasswordBody);

/** Shown before anything else while me.passwordChangeRequired (initial or expired password), and from the account menu. */
export function PasswordChangePage() {
  const t = useAppMessages();
  const { me } = useSession();
  const { setMe } = useSessionState();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const [form] = Form.useForm<PasswordValues>();
  const policy = me.passwordPolicy;

  const change = useMutation({
    mutationFn: (values: PasswordValues) =>
      api.post<null>('/api/auth/password', { currentPassword: values.currentPassword, newPassword: values.newPassword }),
    onSuccess: () => {
      setMe({ ...me, passwordChangeRequired: false } satisfies Me);
      void message.success(t('password.done'));
      navigate('/', { replace: true });
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });

  return (
    <AuthCard title={t('password.title')}>
      {me.passwordChangeRequired ? <Alert type="warning" showIcon title={t('password.required')} style={{ marginBottom: 16 }} /> : null}
      <Typography.Paragraph type="secondary">{t('password.policy', policy)}</Typography.Paragraph>
      <Form<PasswordValues> form={form} layout="vertical" onFinish={(values) => change.mutate(values)}>
        <Form.Item name="currentPassword" label={t('password.current')} rules={rules('currentPassword')}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item name="newPassword" label={t('password.new')} rules={rules('newPassword')}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label={t('password.confirm')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('password.mismatch') },
            ({ getFieldValue }) => ({
              validator: async (_rule, value: string) => {
                if (value && value !== getFieldValue('newPassword')) throw new Error(t('password.mismatch'));
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Flex gap={8}>
          <Button type="primary" htmlType="submit" loading={change.isPending}>
            {t('password.submit')}
          </Button>
          {me.passwordChangeRequired ? null : <Button onClick={() => navigate(-1)}>{t('password.back')}</Button>}
        </Flex>
      </Form>
    </AuthCard>
  );
}
