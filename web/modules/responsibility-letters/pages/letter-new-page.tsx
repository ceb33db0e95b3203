import { useMemo } from 'react';
import { App, Button, Card, Form } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { PageHeader } from '../../../components/page-header.tsx';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { useSession } from '../../../platform/session.tsx';
import { letterApi, letterKey } from '../responsibility-letters.api.ts';
import { useLetterMessages } from '../responsibility-letters.messages.ts';
import { LetterForm, newLetterValues, toLetterBody, type LetterFormValues } from '../letter-form.tsx';

/** /responsibility-letters/new: the station (or the county) records a letter signed with a lead backing unit. */
export function LetterNewPage() {
  const t = useLetterMessages();
  const navigate = useNavigate();
  const client = useQueryClient();
  const notify = useErrorNotice();
  const { message } = App.useApp();
  const { me } = useSession();
  const [form] = Form.useForm<LetterFormValues>();
  const initialValues = useMemo(() => newLetterValues(me.displayName), [me.displayName]);
  const save = useMutation({
    mutationFn: (values: LetterFormValues) => letterApi.create(toLetterBody(values)),
    onSuccess: async (letter) => {
      await client.invalidateQueries({ queryKey: [letterKey] });
      void message.success(t('form.saved'));
      navigate(`/responsibility-letters/${letter.id}`);
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });
  const back = <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('detail.back')} onClick={() => navigate('/responsibility-letters')} />;
  return (
    <>
      <PageHeader title={t('form.newTitle')} back={back} />
      <Card>
        <LetterForm
          form={form}
          initialValues={initialValues}
          submitting={save.isPending}
          onSubmit={(values) => save.mutate(values)}
          onCancel={() => navigate('/responsibility-letters')}
        />
      </Card>
    </>
  );
}
