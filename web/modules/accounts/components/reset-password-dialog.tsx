import { App, Form, Input, Modal, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { resetPasswordBody, type AccountView } from '../../../../contracts/accounts.ts';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { zodRules } from '../../../components/zod-rules.ts';
import { accountsApi, accountsKey } from '../accounts.api.ts';
import { useAccountMessages } from '../accounts.messages.ts';

const rules = zodRules(resetPasswordBody);

/** The security administrator gives a new initial password; the owner must change it at next sign-in. */
export function ResetPasswordDialog({ account, onClose }: { account: AccountView | null; onClose: () => void }) {
  const t = useAccountMessages();
  const client = useQueryClient();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const [form] = Form.useForm<{ newPassword: string }>();
  const reset = useMutation({
    mutationFn: (values: { newPassword: string }) => accountsApi.resetPassword(account!.id, values.newPassword),
    onSuccess: async (view) => {
      await client.invalidateQueries({ queryKey: [accountsKey] });
      void message.success(t('reset.done', { name: view.displayName }));
      form.resetFields();
      onClose();
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });

  return (
    <Modal
      open={Boolean(account)}
      title={account ? t('reset.title', { name: account.displayName }) : null}
      okText={t('form.submit')}
      cancelText={t('form.cancel')}
      confirmLoading={reset.isPending}
      onOk={() => form.submit()}
      onCancel={() => {
        form.resetFields();
        onClose();
      }}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('reset.hint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={(values) => reset.mutate(values)}>
        <Form.Item name="newPassword" label={t('reset.field')} rules={rules('newPassword', t('reset.required'))}>
          <Input.Password autoComplete="new-password" maxLength={128} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
