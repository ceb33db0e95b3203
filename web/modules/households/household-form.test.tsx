import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App, Form } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router';
import { idNumberChecksum } from '../../../contracts/identity.ts';
import { ApiError } from '../../platform/api.ts';
import { applyFieldErrors } from '../../components/form-errors.ts';
import { meQueryKey, SessionProvider, type Me } from '../../platform/session.tsx';
import { HouseholdForm, toHouseholdCreateBody, type HouseholdFormValues } from './components/household-form.tsx';

const validId = `53032619680412031${idNumberChecksum('53032619680412031')}`;
const wrongId = `${validId.slice(0, 17)}${validId[17] === '1' ? '2' : '1'}`;

const me = {
  accountId: 'a',
  username: 'tuoche-leader',
  displayName: '拖车村第一书记',
  roles: ['team_leader'],
  abilities: ['households.read', 'households.write'],
  scope: { divisionCode: '530326102204', divisionCodes: [], divisionName: '拖车村', unitId: null, unitName: null, national: false },
  cadreId: null,
  csrfToken: 'token',
  passwordChangeRequired: false,
  passwordPolicy: { minLength: 10, minClasses: 3, maxAgeDays: 90 },
} as unknown as Me;

function renderForm(onSubmit: (values: HouseholdFormValues) => void) {
  let formRef: ReturnType<typeof Form.useForm<HouseholdFormValues>>[0] | undefined;
  function Probe() {
    const [form] = Form.useForm<HouseholdFormValues>();
    formRef = form;
    return <HouseholdForm form={form} defaultDivisionCode="530326102204" submitting={false} onSubmit={onSubmit} onCancel={() => undefined} />;
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
describe('household form', { timeout: 30_000 }, () => {
  beforeEach(() => {
    // The note's text area measures itself; jsdom has no ResizeObserver.
    vi.stubGlobal('ResizeObserver', class { observe() {} unobserve() {} disconnect() {} });
    vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify({ items: [], total: 0 }), { headers: { 'content-type': 'application/json' } })));
  });
  afterEach(() => vi.unstubAllGlobals());

  test('a wrong check digit shows next to the member ID field before anything is sent', async () => {
    const onSubmit = vi.fn();
    renderForm(onSubmit);
    fireEvent.change(screen.getByLabelText('身份证号'), { target: { value: wrongId } });
    fireEvent.click(screen.getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByText('身份证号校验位不正确', undefined, { timeout: 5_000 })).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  test('a valid ID fills in the birth date and gender of that member', async () => {
    const form = renderForm(vi.fn());
    fireEvent.change(screen.getByLabelText('身份证号'), { target: { value: validId } });
    await waitFor(() => expect(form().getFieldValue(['members', 0, 'birthDate'])).toBe('1968-04-12'));
    expect(form().getFieldValue(['members', 0, 'gender'])).toBe('male');
  });

  test('the server refusing a person already in another household lands on that member field', async () => {
    const form = renderForm(vi.fn());
    const error = new ApiError(409, 'HOUSEHOLD_PERSON_TAKEN', '该成员已登记在张德明户', [
      { path: 'members.0.idNumber', message: '该身份证号已登记在张德明户（户编码 530326102204001，拖车村），一人只能在一户' },
    ]);
    let landed = false;
    act(() => {
      landed = applyFieldErrors(form(), error);
    });
    expect(landed).toBe(true);
    expect(await screen.findByText(/已登记在张德明户/, undefined, { timeout: 5_000 })).toBeTruthy();
  });
});

describe('household form values', () => {
  test('blank texts become null and the members keep their order', () => {
    const body = toHouseholdCreateBody({
      divisionCode: '530326102204',
      code: ' 530326102204001 ',
      attribute: 'general',
      address: '  ',
      members: [
        { name: '张德明', relation: 'householder', idNumber: ` ${validId} `, gender: 'male', health: 'healthy', labourAbility: 'normal', schooling: 'primary', workingAway: false, workPlace: '昆明' },
      ],
    });
    expect(body).toMatchObject({ code: '530326102204001', address: null, divisionCode: '530326102204' });
    expect(body.members[0]).toMatchObject({ idNumber: validId, workPlace: null, phone: null });
  });
});
