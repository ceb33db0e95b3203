import { afterEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App, Form } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router';
import { labourCreateBody, type LabourList, type LabourPersons } from '../../../contracts/labour-transfers.ts';
import { meQueryKey, SessionProvider, type Me } from '../../platform/session.tsx';
import { HouseholdLabourTab } from './components/household-labour-tab.tsx';
import { LabourForm, toLabourBody, type LabourFormValues } from './components/labour-form.tsx';
import { accountWith } from '../../test/harness.tsx';

const householdId = '0b1c4f7e-8a55-4d55-9d3e-2a6f5c1e9b10';
const personId = '9c1d2f43-2c39-4a3e-9f7a-6a3c1c0e2b11';
const village = '530326102204';

const meWith = (abilities: string[]) => accountWith(abilities, { username: 'tuoche-member', displayName: '李队员', role: 'team_member', divisionCode: village, divisionName: '拖车村' });

const list: LabourList = {
  total: 1,
  items: [
    {
      id: 'l1',
      personId,
      personName: '杨小军',
      householdId,
      householderName: '杨正华',
      divisionCode: village,
      villageName: '拖车村',
      destination: '广东省深圳市宝安区',
      province: '广东省',
      employer: '深圳某电子有限公司',
      job: '装配工',
      organized: 'organized',
      startedOn: '2025-03-01',
      endedOn: null,
      monthlyIncome: 4800,
      current: true,
      createdAt: '2025-03-01T02:00:00.000Z',
    },
  ],
};
const persons: LabourPersons = {
  items: [
    { id: 'p0', name: '杨正华', relation: 'householder', idNumberMasked: '530326********1234', birthDate: '1968-02-03', labourAbility: 'normal' },
    { id: personId, name: '杨小军', relation: 'child', idNumberMasked: '530326********5678', birthDate: '1996-07-01', labourAbility: 'normal' },
  ],
};

function serve(routes: Record<string, unknown>) {
  const fetchMock = vi.fn(async (url: string) => {
    const key = url.split('?')[0]!;
    if (!(key in routes)) return new Response(JSON.stringify({ code: 'NOT_FOUND', message: key }), { status: 404, headers: { 'content-type': 'application/json' } });
    return new Response(JSON.stringify(routes[key]), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function renderWith(me: Me, children: ReactNode) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(meQueryKey, me);
  render(
    <QueryClientProvider client={client}>
      <SessionProvider>
        <MemoryRouter>
          <App>{children}</App>
        </MemoryRouter>
      </SessionProvider>
    </QueryClientProvider>,
  );
}

function FormHarness({ onSubmit }: { onSubmit: (values: LabourFormValues) => void }) {
  const [form] = Form.useForm<LabourFormValues>();
  return (
    <LabourForm
      form={form}
      initialValues={{ householdId, organized: 'self', startedOn: dayjs('2025-03-01') }}
      knownHousehold={{ value: householdId, label: '杨正华（拖车村）' }}
      knownPerson={null}
      editing={false}
      submitting={false}
      onSubmit={onSubmit}
      onCancel={() => undefined}
    />
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('labour form values', () => {
  test('the body the contract accepts; an empty income is refused, not sent as 0', () => {
    const body = toLabourBody({ householdId, personId, destination: ' 广东省深圳市 ', employer: '某厂', job: ' ', organized: 'organized', startedOn: dayjs('2025-03-01'), endedOn: null, monthlyIncome: 4800 });
    expect(body).toEqual({ personId, destination: '广东省深圳市', employer: '某厂', organized: 'organized', startedOn: '2025-03-01', monthlyIncome: 4800 });
    expect(labourCreateBody.safeParse(body).success).toBe(true);
    const empty = toLabourBody({ personId, destination: '深圳', employer: '某厂', organized: 'self', startedOn: dayjs('2025-03-01'), monthlyIncome: null });
    expect(labourCreateBody.safeParse(empty).error?.issues[0]?.path).toEqual(['monthlyIncome']);
    expect(labourCreateBody.safeParse({ ...body, monthlyIncome: -1 }).error?.issues[0]?.message).toBe('月收入不能为负数');
  });
});

describe('labour pages', { timeout: 20_000 }, () => {
  test('the household tab shows who works away, where and for how much', async () => {
    const fetchMock = serve({ '/api/labour-transfers': list });
    renderWith(meWith(['labour.read', 'labour.write']), <HouseholdLabourTab householdId={householdId} divisionCode={village} />);
    expect(await screen.findByText('杨小军')).toBeTruthy();
    expect(screen.getByText('广东省深圳市宝安区')).toBeTruthy();
    expect(screen.getByText('在外')).toBeTruthy();
    expect(screen.getByTestId('household-labour-new')).toBeTruthy();
    expect(String(fetchMock.mock.calls[0]![0])).toContain(`householdId=${householdId}`);
  });

  test('the form picks the person from the household’s members and checks the fields in Chinese', async () => {
    const fetchMock = serve({ '/api/labour-transfers/persons': persons, '/api/households': { items: [], total: 0 } });
    const onSubmit = vi.fn();
    renderWith(meWith(['labour.read', 'labour.write']), <FormHarness onSubmit={onSubmit} />);
    await waitFor(() => expect(fetchMock.mock.calls.some(([url]) => String(url).startsWith(`/api/labour-transfers/persons?householdId=${householdId}`))).toBe(true));

    fireEvent.click(screen.getByTestId('labour-submit'));
    expect(await screen.findByText('请选择外出务工人员')).toBeTruthy();
    expect(screen.getByText('请填写务工地点')).toBeTruthy();
    expect(screen.getByText('请填写就业单位')).toBeTruthy();
    expect(screen.getByText('请填写月收入（元）')).toBeTruthy();
    expect(onSubmit).not.toHaveBeenCalled();

    fireEvent.mouseDown(within(screen.getByTestId('labour-person')).getByRole('combobox'));
    expect(await screen.findByText('杨小军（子女，530326********5678）')).toBeTruthy();
  });
});
