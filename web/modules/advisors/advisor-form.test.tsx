import { afterEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { App, Form } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import dayjs from 'dayjs';
import { advisorBody, supportBody } from '../../../contracts/advisors.ts';
import { AdvisorForm, toAdvisorBody, type AdvisorFormValues } from './advisor-form.tsx';
import { toSupportBody } from './components/support-modal.tsx';
import { lastFullQuarter, periodOf, recentPeriods } from './periods.ts';

function Harness({ onSubmit }: { onSubmit: (values: AdvisorFormValues) => void }) {
  const [form] = Form.useForm<AdvisorFormValues>();
  return (
    <QueryClientProvider client={new QueryClient()}>
      <App>
        <AdvisorForm form={form} editing={false} submitting={false} onSubmit={onSubmit} onCancel={() => undefined} />
      </App>
    </QueryClientProvider>
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('advisor form', () => {
  test('values become a body the contract accepts; an empty phone on an edit keeps the stored one', () => {
    const values: AdvisorFormValues = { divisionCode: '450481115206', name: ' 梁启航 ', occupation: '在深圳创业的企业家', appointedOn: dayjs('2024-01-10'), active: true };
    const created = toAdvisorBody(values, false);
    expect(created).toEqual({ divisionCode: '450481115206', name: '梁启航', occupation: '在深圳创业的企业家', workplace: null, phone: null, appointedOn: '2024-01-10', active: true, note: null });
    expect(advisorBody.safeParse(created).success).toBe(true);
    const edited = toAdvisorBody(values, true);
    expect('phone' in edited).toBe(false);
    expect(toAdvisorBody({ ...values, phone: ' 13812345678 ' }, true).phone).toBe('13812345678');
  });

  test('a wrong phone and a missing name show the contract\'s messages and nothing is sent', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ items: [], total: 0 }), { status: 200, headers: { 'content-type': 'application/json' } })));
    const onSubmit = vi.fn();
    render(<Harness onSubmit={onSubmit} />);
    fireEvent.change(screen.getByTestId('advisor-phone'), { target: { value: '12345' } });
    fireEvent.click(screen.getByTestId('advisor-submit'));
    expect(await screen.findByText('手机号应为 11 位数字，以 13–19 开头', undefined, { timeout: 10_000 })).toBeTruthy();
    expect(screen.getByText('姓名至少 2 个字')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  }, 20_000);

  test('support: money needs an amount, expertise does not', () => {
    const money = toSupportBody({ kind: 'money', givenOn: dayjs('2025-03-01'), description: '捐资修建防洪堤' });
    expect(supportBody.safeParse(money).success).toBe(false);
    expect(supportBody.safeParse({ ...money, value: '1,200,000' }).success).toBe(true);
    expect(supportBody.safeParse(toSupportBody({ kind: 'expertise', givenOn: dayjs('2025-03-01'), description: '指导电商销售' })).success).toBe(true);
  });

  test('quarters: the current one, the last ended, and the recent ones newest first', () => {
    expect(periodOf('2026-12-06')).toBe('2026-Q4');
    expect(lastFullQuarter('2026-12-06')).toBe('2026-Q3');
    expect(lastFullQuarter('2026-02-01')).toBe('2025-Q4');
    expect(recentPeriods('2026-05-01', 4)).toEqual(['2026-Q2', '2026-Q1', '2025-Q4', '2025-Q3']);
  });
});
