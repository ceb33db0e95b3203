import { describe, expect, test, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App, Form } from 'antd';
import dayjs from 'dayjs';
import { serviceRequestBody } from '../../../contracts/service-requests.ts';
import { ApiError } from '../../platform/api.ts';
import { needsVillage, ServiceRequestForm, toServiceRequestBody, type ServiceRequestFormValues } from './service-request-form.tsx';
import { CompleteModal } from './components/complete-modal.tsx';

function Harness({ onSubmit }: { onSubmit: (values: ServiceRequestFormValues) => void }) {
  const [form] = Form.useForm<ServiceRequestFormValues>();
  return (
    <App>
      <ServiceRequestForm form={form} pickVillage={false} submitting={false} onSubmit={onSubmit} onCancel={() => undefined} />
    </App>
  );
}

describe('service request form', () => {
  test('values become a body the contract accepts; empty optional fields are left out', () => {
    const body = toServiceRequestBody({ kind: 'cooperative_registration', title: ' 长流村荔枝种植专业合作社登记 ', detail: ' 请代办登记 ', dueOn: null });
    expect(body).toEqual({ kind: 'cooperative_registration', title: '长流村荔枝种植专业合作社登记', detail: '请代办登记' });
    expect(serviceRequestBody.safeParse(body).success).toBe(true);
    const named = toServiceRequestBody({ kind: 'other', title: '代办', detail: '说明', dueOn: dayjs('2026-12-01'), divisionCode: '440981101207' });
    expect(named).toMatchObject({ dueOn: '2026-12-01', divisionCode: '440981101207' });
  });

  test('a leader over one village asks for it; a wider one picks the village', () => {
    expect(needsVillage('440981101207')).toBe(false);
    expect(needsVillage('440981101000')).toBe(true);
    expect(needsVillage('440981000000')).toBe(true);
    expect(needsVillage(null)).toBe(true);
  });

  test('an empty form shows the errors in Chinese next to the fields and is not sent', async () => {
    const onSubmit = vi.fn();
    render(<Harness onSubmit={onSubmit} />);
    fireEvent.click(screen.getByTestId('service-request-submit'));
    expect(await screen.findByText('标题至少 2 个字')).toBeTruthy();
    expect(screen.getByText('请说明需要代办的内容')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  test('a filled form is sent with its values', async () => {
    const onSubmit = vi.fn();
    render(<Harness onSubmit={onSubmit} />);
    fireEvent.change(screen.getByTestId('service-request-title'), { target: { value: '荔枝商标注册' } });
    fireEvent.change(screen.getByTestId('service-request-detail'), { target: { value: '注册“长流荔枝”商标' } });
    fireEvent.click(screen.getByTestId('service-request-submit'));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0]![0]).toMatchObject({ kind: 'project_application', title: '荔枝商标注册', detail: '注册“长流荔枝”商标' });
  });

  test('completing asks for the result; the server\'s field error lands under it', async () => {
    const onComplete = vi.fn().mockRejectedValueOnce(new ApiError(400, 'VALIDATION_FAILED', '有误', [{ path: 'comment', message: '请填写办理结果' }]));
    render(
      <App>
        <CompleteModal open onClose={() => undefined} onComplete={onComplete} />
      </App>,
    );
    fireEvent.click(screen.getByText('确认办结'));
    expect(await screen.findByText('请填写办理结果')).toBeTruthy();
    expect(onComplete).not.toHaveBeenCalled();
    fireEvent.change(screen.getByTestId('service-request-result'), { target: { value: '   ' } });
    fireEvent.change(screen.getByTestId('service-request-result'), { target: { value: '已取得营业执照' } });
    fireEvent.click(screen.getByText('确认办结'));
    await waitFor(() => expect(onComplete).toHaveBeenCalledWith('已取得营业执照'));
    expect(await screen.findByText('请填写办理结果')).toBeTruthy();
  });
});
