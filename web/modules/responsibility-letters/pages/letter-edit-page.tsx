import { App, Button, Card, Form, Skeleton } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { letterApi, letterKey } from '../responsibility-letters.api.ts';
import { useLetterMessages } from '../responsibility-letters.messages.ts';
import { fromLetterView, LetterForm, toLetterBody, type LetterFormValues } from '../letter-form.tsx';

/** /responsibility-letters/:id/edit: the whole letter, while no task is confirmed; reported tasks keep their report. */
export function LetterEditPage() {
  const { id } = useParams<{ id: string }>();
  const t = useLetterMessages();
  const navigate = useNavigate();
  const client = useQueryClient();
  const notify = useErrorNotice();
  const { message } = App.useApp();
  const [form] = Form.useForm<LetterFormValues>();
  const query = useQuery({ queryKey: [letterKey, 'detail', id], queryFn: () => letterApi.get(id!) });
  const save = useMutation({
    mutationFn: (values: LetterFormValues) => letterApi.update(id!, toLetterBody(values)),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: [letterKey] });
      void message.success(t('form.saved'));
      navigate(`/responsibility-letters/${id}`);
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });
  const detail = `/responsibility-letters/${id}`;
  const back = <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('detail.back')} onClick={() => navigate(detail)} />;
  if (query.isError) return <LoadFailedResult error={query.error} onRetry={() => void query.refetch()} />;
  const letter = query.data;
  return (
    <>
      <PageHeader title={t('form.editTitle')} back={back} />
      <Card>
        {letter ? (
          <LetterForm
            form={form}
            initialValues={fromLetterView(letter)}
            known={{ unit: { value: letter.unitId, label: letter.unitName ?? letter.unitId }, village: { code: letter.divisionCode, name: letter.villageName } }}
            submitting={save.isPending}
            onSubmit={(values) => save.mutate(values)}
            onCancel={() => navigate(detail)}
          />
        ) : (
          <Skeleton active />
        )}
      </Card>
    </>
  );
}
