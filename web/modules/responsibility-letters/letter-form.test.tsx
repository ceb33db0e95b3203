import { describe, expect, test, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App, Form } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { letterBody, type LetterView } from '../../../contracts/responsibility-letters.ts';
import { ApiError } from '../../platform/api.ts';
import { fromLetterView, LetterForm, newLetterValues, toLetterBody, type LetterFormValues } from './letter-form.tsx';
import { ReturnModal } from './components/task-modals.tsx';

const unitId = '6f1c2a4e-8b1d-4c3e-9a7f-2d5e6b7c8d9e';

function Harness({ onSubmit, initialValues }: { onSubmit: (values: LetterFormValues) => void; initialValues: LetterFormValues }) {
  const [form] = Form.useForm<LetterFormValues>();
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, enabled: false } } });
  return (
    <QueryClientProvider client={client}>
      <App>
        <LetterForm form={form} initialValues={initialValues} submitting={false} onSubmit={onSubmit} onCancel={() => undefined} />
      </App>
    </QueryClientProvider>
  );
}

describe('responsibility letter form', () => {
  test('values become a body the contract accepts; task ids travel only when known', () => {
    const body = toLetterBody({
      unitId,
      divisionCode: '440981101207',
      year: 2026,
      title: ' 2026 年度长流村帮扶责任状 ',
      signedOn: dayjs('2026-01-10'),
      signedWith: '高州市扶贫攻坚服务站',
      note: '  ',
      tasks: [
        { title: ' 村道硬化 ', target: '硬化 1.8 公里', dueOn: dayjs('2026-10-31') },
        { id: '1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d', title: '集中供水', target: '覆盖 320 户', dueOn: dayjs('2026-12-31') },
      ],
    });
    expect(body).toEqual({
      unitId,
      divisionCode: '440981101207',
      year: 2026,
      title: '2026 年度长流村帮扶责任状',
      signedOn: '2026-01-10',
      signedWith: '高州市扶贫攻坚服务站',
      tasks: [
        { title: '村道硬化', target: '硬化 1.8 公里', dueOn: '2026-10-31' },
        { id: '1b2c3d4e-5f60-4a7b-8c9d-0e1f2a3b4c5d', title: '集中供水', target: '覆盖 320 户', dueOn: '2026-12-31' },
      ],
    });
    expect(letterBody.safeParse(body).success).toBe(true);
  });

  test('a letter read back for editing keeps each task\'s id and dates', () => {
    const view = {
      unitId,
      divisionCode: '440981101207',
      year: 2026,
      title: '责任状',
      signedOn: '2026-01-10',
      signedWith: '服务站',
      note: null,
      taskList: [{ id: 'task-1', title: '修路', target: '1 公里', dueOn: '2026-06-30' }],
    } as unknown as LetterView;
    const values = fromLetterView(view);
    expect(values.tasks?.[0]?.id).toBe('task-1');
    expect(toLetterBody(values).tasks[0]).toEqual({ id: 'task-1', title: '修路', target: '1 公里', dueOn: '2026-06-30' });
    expect(newLetterValues('高州市扶贫攻坚服务站', dayjs('2026-03-02'))).toMatchObject({ year: 2026, signedWith: '高州市扶贫攻坚服务站', tasks: [{}] });
  });

  test('an empty task row shows the errors in Chinese and nothing is sent', async () => {
    const onSubmit = vi.fn();
    render(<Harness onSubmit={onSubmit} initialValues={newLetterValues('高州市扶贫攻坚服务站')} />);
    fireEvent.click(screen.getByTestId('letter-submit'));
    expect(await screen.findByText('任务名称至少 2 个字')).toBeTruthy();
    expect(screen.getByText('请写明目标要求')).toBeTruthy();
    expect(screen.getByText('请选择牵头后盾单位')).toBeTruthy();
    expect(screen.getByText('标题至少 2 个字')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  }, 20_000);

  test('tasks are added and removed as rows', async () => {
    render(<Harness onSubmit={vi.fn()} initialValues={newLetterValues('服务站')} />);
    expect(screen.getAllByTestId('letter-task-row')).toHaveLength(1);
    fireEvent.click(screen.getByTestId('letter-add-task'));
    fireEvent.click(screen.getByTestId('letter-add-task'));
    expect(screen.getAllByTestId('letter-task-row')).toHaveLength(3);
    fireEvent.click(screen.getAllByLabelText('删除此任务')[0]!);
    await waitFor(() => expect(screen.getAllByTestId('letter-task-row')).toHaveLength(2));
  }, 20_000);

  test('sending back asks for the reason; the server\'s field error lands under it', async () => {
    const onReturn = vi.fn().mockRejectedValueOnce(new ApiError(400, 'VALIDATION_FAILED', '有误', [{ path: 'reason', message: '退回原因太笼统' }]));
    render(
      <App>
        <ReturnModal task={{ title: '村道硬化' }} onClose={() => undefined} onReturn={onReturn} />
      </App>,
    );
    fireEvent.click(screen.getByRole('button', { name: /退\s*回/ }));
    expect(await screen.findByText('请填写退回原因')).toBeTruthy();
    expect(onReturn).not.toHaveBeenCalled();
    fireEvent.change(screen.getByTestId('letter-return-reason'), { target: { value: '缺少验收单' } });
    fireEvent.click(screen.getByRole('button', { name: /退\s*回/ }));
    await waitFor(() => expect(onReturn).toHaveBeenCalledWith('缺少验收单'));
    expect(await screen.findByText('退回原因太笼统')).toBeTruthy();
  }, 20_000);
});
