import { describe, expect, test, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from 'antd';
import dayjs from 'dayjs';
import { paymentBody } from '../../../../contracts/project-funds.ts';
import { ApiError } from '../../../platform/api.ts';
import { PaymentForm } from './payment-form.tsx';
import { typedSum } from './adjustment-form.tsx';
import { yuan } from './money.ts';

const source = { fundSourceId: '2d3e6f9a-ac77-4f77-9f5a-4c8b7e3a1d32', kind: 'fiscal' as const, funder: '高州市财政局', amount: '200000.00', allocated: '0.00', paid: '0.00', remaining: '200000.00' };

function fill(amount: string) {
  fireEvent.change(screen.getByTestId('payment-amount'), { target: { value: amount } });
  fireEvent.change(screen.getByTestId('payment-payee'), { target: { value: '高州市水利工程队' } });
  fireEvent.change(screen.getByTestId('payment-purpose'), { target: { value: '管网材料款' } });
  fireEvent.click(screen.getByTestId('payment-submit'));
}

describe('payment form', () => {
  test('an empty form shows the errors in Chinese and is not sent', async () => {
    const onSubmit = vi.fn();
    render(<App><PaymentForm sources={[source]} onSubmit={onSubmit} onCancel={() => undefined} onError={() => undefined} /></App>);
    fireEvent.click(screen.getByTestId('payment-submit'));
    expect(await screen.findByText('请填写收款方')).toBeTruthy();
    expect(screen.getByText('请填写金额')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  test('sends a body the contract accepts, from the only source, dated today, with the thousands separators dropped', async () => {
    const onSubmit = vi.fn().mockResolvedValue(undefined);
    render(<App><PaymentForm sources={[source]} onSubmit={onSubmit} onCancel={() => undefined} onError={() => undefined} /></App>);
    fill('1,234.5');
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    const body = onSubmit.mock.calls[0]![0];
    expect(body).toEqual({ fundSourceId: source.fundSourceId, paidOn: dayjs().format('YYYY-MM-DD'), amount: '1234.5', payee: '高州市水利工程队', purpose: '管网材料款' });
    expect(paymentBody.safeParse(body).success).toBe(true);
  });

  test('the over-budget refusal lands next to the amount with what may still be paid', async () => {
    const refusal = new ApiError(409, 'PAYMENT_OVER_BUDGET', '超出批复预算：尚可拨付 ¥10,000.00', [{ path: 'amount', message: '超出批复预算：尚可拨付 ¥10,000.00' }]);
    const onSubmit = vi.fn().mockRejectedValue(refusal);
    const onError = vi.fn();
    render(<App><PaymentForm sources={[source]} onSubmit={onSubmit} onCancel={() => undefined} onError={onError} /></App>);
    fill('10000.01');
    expect(await screen.findByText('超出批复预算：尚可拨付 ¥10,000.00')).toBeTruthy();
    expect(onError).not.toHaveBeenCalled();
  });

  test('an amount with three decimals is refused before it is sent', async () => {
    const onSubmit = vi.fn();
    render(<App><PaymentForm sources={[source]} onSubmit={onSubmit} onCancel={() => undefined} onError={() => undefined} /></App>);
    fill('1.234');
    expect(await screen.findByText('金额格式应为数字，最多两位小数')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });
});

describe('money on screen', () => {
  test('yuan to the cent, and the adjustment sum ignores what is not yet an amount', () => {
    expect(yuan('300000')).toBe('¥300,000.00');
    expect(yuan('0.1')).toBe('¥0.10');
    expect(yuan(null)).toBe('—');
    expect(typedSum([{ amount: '0.10' }, { amount: '0.20' }, { amount: 'abc' }, {}])).toBe(30);
  });
});
