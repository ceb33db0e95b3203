import { Space, Tag } from 'antd';
import { serviceRequestStateLabels, type ServiceRequestState } from '../../../contracts/service-requests.ts';
import { useText } from '../../platform/i18n.tsx';
import { useServiceRequestMessages } from './service-requests.messages.ts';

const stateColors: Record<ServiceRequestState, string> = {
  submitted: 'processing',
  accepted: 'cyan',
  in_progress: 'blue',
  done: 'success',
  returned: 'warning',
  withdrawn: 'default',
};

/** The state, and beside it in red the flag of a request past its due day. */
export function ServiceRequestStateTag({ state, overdue }: { state: ServiceRequestState; overdue: boolean }) {
  const text = useText();
  const t = useServiceRequestMessages();
  return (
    <Space size={4} wrap>
      <Tag color={stateColors[state]}>{text(serviceRequestStateLabels[state])}</Tag>
      {overdue ? (
        <Tag color="red" data-testid="service-request-overdue">
          {t('overdue')}
        </Tag>
      ) : null}
    </Space>
  );
}
