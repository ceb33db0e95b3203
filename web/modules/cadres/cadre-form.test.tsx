import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App, Form } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router';
import { idNumberChecksum, type CadreView } from '../../../contracts/cadres.ts';
import { meQueryKey, SessionProvider, type Me } from '../../platform/session.tsx';
import { CadreForm, toCadreBody, type CadreFormValues } from './components/cadre-form.tsx';

const validId = `53032619850612031${idNumberChecksum('53032619850612031')}`;
const wrongId = `${validId.slice(0, 17)}${validId[17] === '1' ? '2' : '1'}`;
const unitId = '0b1c4f7e-8a55-4d55-9d3e-2a6f5c1e9b10';

const me = {
  accountId: 'a',
  username: 'clerk',
  displayName: '组织部干部科',
  roles: ['county_org'],
  abilities: ['cadres.read', 'cadres.create', 'units.pick'],
  scope: { divisionCode: '530326000000', divisionCodes: [], divisionName: '会泽县', unitId: null, unitName: null, national: false },
  cadreId: null,
  csrfToken: 'token',
  passwordChangeRequired: false,
  passwordPolicy: { minLength: 10, minClasses: 3, maxAgeDays: 90 },
} as unknown as Me;

function renderForm(onSubmit: (body: unknown) => void, existing?: CadreView) {
  let formRef: ReturnType<typeof Form.useForm<CadreFormValues>>[0] | undefined;
  function Probe() {
    const [form] = Form.useForm<CadreFormValues>();
    formRef = form;
    return <CadreForm form={form} existing={existing} submitting={false} onSubmit={onSubmit} onCancel={() => undefined} />;
  }
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(meQueryKey, me);
  render(
    <QueryClientProvider client={client}>
      <SessionProvider>
        <MemoryRouter>
          <App>
            <Probe />
          </App>
        </MemoryRouter>
      </SessionProvider>
    </QueryClientProvider>,
  );
  return () => formRef!;
}

// antd's first render in jsdom is slow on a cold cache.
describe('cadre form', { timeout: 30_000 }, () => {
  beforeEach(() => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ items: [], total: 0 }), { headers: { 'content-type': 'application/json' } })));
  });
  afterEach(() => vi.unstubAllGlobals());

  test('a wrong check character shows next to the ID field before anything is sent', async () => {
    const onSubmit = vi.fn();
    renderForm(onSubmit);
    fireEvent.change(screen.getByLabelText('身份证号'), { target: { value: wrongId } });
    fireEvent.click(screen.getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText('身份证号校验位不正确')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
    expect(fetch).not.toHaveBeenCalledWith('/api/cadres', expect.anything());
  });

  test('a valid ID fills in the birth date and gender it encodes', async () => {
    const form = renderForm(vi.fn());
    fireEvent.change(screen.getByLabelText('身份证号'), { target: { value: validId } });
    await waitFor(() => expect(form().getFieldValue('birthDate')).toBe('1985-06-12'));
    expect(form().getFieldValue('gender')).toBe('male');
    act(() => form().setFieldsValue({ gender: 'female' }));
    await act(async () => {
      await form().validateFields(['gender']).catch(() => undefined);
    });
    expect(form().getFieldError('gender')[0]).toMatch(/性别与身份证号不符/);
  });
});

describe('cadre form values', () => {
  const values: CadreFormValues = {
    name: ' 李卫国 ',
    idNumber: validId,
    gender: 'male',
    birthDate: '1985-06-12',
    ethnicity: '彝族',
    partyStatus: 'formal',
    unitId,
    position: '  ',
    specialities: ['agriculture'],
    phone: '',
  };

  test('registration: blank texts become null', () => {
    expect(toCadreBody(values, false)).toMatchObject({ name: '李卫国', idNumber: validId, position: null, phone: null, education: null, rank: null });
  });

  test('editing: a blank ID and phone are left out, so the stored ones are kept', () => {
    const body = toCadreBody({ ...values, idNumber: '', phone: undefined }, true);
    expect(body.idNumber).toBeUndefined();
    expect(body.phone).toBeUndefined();
  });
});
