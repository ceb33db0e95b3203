import { App, Button, Card, Form } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { PageHeader } from '../../../components/page-header.tsx';
import { applyFieldErrors } from '../../../components/form-errors.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { useSession } from '../../../platform/session.tsx';
import { serviceRequestApi, serviceRequestKey } from '../service-requests.api.ts';
import { useServiceRequestMessages } from '../service-requests.messages.ts';
import { needsVillage, ServiceRequestForm, toServiceRequestBody, type ServiceRequestFormValues } from '../service-request-form.tsx';

/** /service-requests/new: a first secretary asks the county's service station to handle a matter. */
export function ServiceRequestNewPage() {
  const t = useServiceRequestMessages();
  const navigate = useNavigate();
  const client = useQueryClient();
  const notify = useErrorNotice();
  const { message } = App.useApp();
  const { me } = useSession();
  const [form] = Form.useForm<ServiceRequestFormValues>();
  const save = useMutation({
    mutationFn: (values: ServiceRequestFormValues) => serviceRequestApi.create(toServiceRequestBody(values)),
    onSuccess: async (request) => {
      await client.invalidateQueries({ queryKey: [serviceRequestKey] });
      void message.success(t('form.submitted'));
      navigate(`/service-requests/${request.id}`);
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });
  const back = <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('detail.back')} onClick={() => navigate('/service-requests')} />;
  return (
    <>
      <PageHeader title={t('form.title')} back={back} />
      <Card>
        <ServiceRequestForm
          form={form}
          pickVillage={needsVillage(me.scope.divisionCode)}
          submitting={save.isPending}
          onSubmit={(values) => save.mutate(values)}
          onCancel={() => navigate('/service-requests')}
        />
      </Card>
    </>
  );
}
