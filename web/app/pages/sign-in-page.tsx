import { useState } from 'react';
import { Alert, Button, Form, Input } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { loginBody, type Me } from '../../../contracts/auth.ts';
import { applyFieldErrors } from '../../components/form-errors.ts';
import { errorText } from '../../components/use-error-notice.ts';
import { zodRules } from '../../components/zod-rules.ts';
import { api } from '../../platform/api.ts';
import { useLocale } from '../../platform/i18n.tsx';
import { useSessionState } from '../../platform/session.tsx';
import { useAppMessages } from '../app.messages.ts';
import { AuthCard } from './auth-card.tsx';

type SignInValues = { username: string; password: string };
export type SignInState = { from?: string; expired?: boolean; signedOut?: boolean } | null;

const rules = zodRules(loginBody);

export function SignInPage() {
  const t = useAppMessages();
  const locale = useLocale();
  const { me, setMe } = useSessionState();
  const navigate = useNavigate();
  const state = useLocation().state as SignInState;
  const [form] = Form.useForm<SignInValues>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  if (me) return <Navigate to={state?.from ?? '/'} replace />;

  async function signIn(values: SignInValues) {
    setBusy(true);
    setFailure(null);
    try {
      const signedIn = await api.post<Me>('/api/auth/login', { username: values.username.trim(), password: values.password });
      setMe(signedIn);
      navigate(signedIn.passwordChangeRequired ? '/password' : (state?.from ?? '/'), { replace: true });
    } catch (error) {
      // Wrong password (401), locked with the minutes left (423), too many tries (429): the server words them.
      if (!applyFieldErrors(form, error)) setFailure(errorText(error, locale));
      form.setFieldValue('password', '');
    } finally {
      setBusy(false);
    }
  }

  const notice = failure ?? (state?.expired ? t('signIn.expired') : state?.signedOut ? t('signIn.signedOut') : null);
  return (
    <AuthCard title={t('signIn.title')}>
      {notice ? <Alert role="alert" type={failure || state?.expired ? 'error' : 'info'} showIcon title={notice} style={{ marginBottom: 16 }} /> : null}
      <Form<SignInValues> form={form} layout="vertical" onFinish={signIn} requiredMark={false}>
        <Form.Item name="username" label={t('signIn.username')} rules={rules('username')}>
          <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
        </Form.Item>
        <Form.Item name="password" label={t('signIn.password')} rules={rules('password')}>
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={busy}>
          {t('signIn.submit')}
        </Button>
      </Form>
    </AuthCard>
  );
}
