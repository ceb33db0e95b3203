import { afterEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import dayjs from 'dayjs';
import { cooperativeBody, type DemoHouseholdList, type IndustrySummary } from '../../../contracts/industry.ts';
import { toBody, valuesOf } from './components/record-fields.ts';
import { cooperativeSpec, demoHouseholdSpec } from './components/record-specs.tsx';
import { RecordForm } from './components/record-form.tsx';
import { IndustrySummaryPage } from './pages/industry-summary-page.tsx';
import { DemoHouseholdListPage } from './pages/record-pages.tsx';
import { accountWith, renderWithSession, serveApi } from '../../test/harness.tsx';

const village = '510824121201';
const county = '510824000000';
const household = '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b';
const cadre = '0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d';

const meWith = (abilities: string[]) => accountWith(abilities, { username: 'cangxi-org', displayName: '苍溪县委组织部', role: 'county_org', divisionCode: county, divisionName: '苍溪县' });

const zero = { cooperatives: 0, trainedLeaders: 0, demoBases: 0, demoGardens: 0, demoHouseholds: 0, pioneerPosts: 0, coreFarmers: 0, peopleEmployed: 0, villages: 0, villagesComplete: 0 };
const summary: IndustrySummary = {
  divisionCode: county,
  name: '苍溪县',
  parentCode: null,
  rows: [
    {
      ...zero,
      divisionCode: '510824121000',
      name: '东溪镇',
      isVillage: false,
      cooperatives: 2,
      trainedLeaders: 1,
      demoGardens: 3,
      peopleEmployed: 42,
      villages: 2,
      present: { cooperative: true, leader: true, base: false, pioneerPost: false, coreFarmer: false },
    },
    { ...zero, divisionCode: '510824208000', name: '白鹤乡', isVillage: false, present: { cooperative: false, leader: false, base: false, pioneerPost: false, coreFarmer: false } },
  ],
  total: { ...zero, cooperatives: 2, trainedLeaders: 1, demoGardens: 3, peopleEmployed: 42, villages: 2 },
  teams: [
    {
      teamId: 't1',
      teamName: '苍溪县应急管理局驻村工作队',
      divisionCode: village,
      villageName: '英明村',
      members: 5,
      partyMembers: 4,
      gardens: 3,
      demoHouseholds: 5,
      partyMembersWithoutGarden: ['赵建军'],
      cadresWithoutDemoHousehold: [],
      roster: [{ cadreId: cadre, name: '梁仕勇', partyMember: true }],
    },
  ],
};

const pairs: DemoHouseholdList = {
  total: 1,
  items: [
    {
      id: 'p1',
      divisionCode: village,
      villageName: '英明村',
      householdId: household,
      householderName: '杨正华',
      cadreId: cadre,
      cadreName: '梁仕勇',
      product: '中药材',
      scale: '3亩',
      since: '2019-04-15',
      yearlyIncome: '10600.00',
      householdsDriven: 12,
      note: null,
    },
  ],
};

afterEach(() => vi.unstubAllGlobals());

describe('industry form values', () => {
  test('a cooperative’s form values become the body the contract accepts, and back', () => {
    const body = toBody(cooperativeSpec.fields, {
      divisionCode: village,
      name: ' 英明村中药材专业合作社 ',
      product: '中药材',
      registeredOn: dayjs('2019-05-01'),
      leaderName: '杨树鸿',
      leaderTrainedOn: undefined,
      memberHouseholds: 40,
      poorHouseholds: 12,
      peopleEmployed: 30,
      note: '',
    });
    expect(body).toMatchObject({ name: '英明村中药材专业合作社', registeredOn: '2019-05-01', leaderTrainedOn: null, serviceRequestId: null, note: '' });
    const parsed = cooperativeBody.parse(body);
    expect(parsed.note).toBeNull();
    expect(cooperativeBody.safeParse({ ...body, memberHouseholds: null }).error?.issues[0]?.message).toBe('社员户数应为整数');
    const values = valuesOf(cooperativeSpec.fields, { ...parsed, registeredOn: '2019-05-01' });
    expect(dayjs.isDayjs(values.registeredOn)).toBe(true);
    expect(values.leaderTrainedOn).toBeNull();
  });
});

describe('industry pages', { timeout: 20_000 }, () => {
  test('the summary shows the five per township, opens one level down, and names who is still to build', async () => {
    const fetchMock = serveApi({ 'GET /api/industry': { body: summary } });
    renderWithSession(meWith(['industry.read', 'industry.export']), <IndustrySummaryPage />);
    expect(await screen.findByText('东溪镇')).toBeTruthy();
    expect(screen.getByText('赵建军')).toBeTruthy();
    expect(screen.getByText('已全部落实')).toBeTruthy();
    expect(screen.getByText('已建示范园的党员：3/4')).toBeTruthy();
    expect(screen.getAllByText('特色产业合作社')).toHaveLength(2);
    fireEvent.click(screen.getByText('东溪镇'));
    await waitFor(() => expect(fetchMock.mock.calls.some(([url]) => String(url).includes('divisionCode=510824121000'))).toBe(true));
  });

  test('a reader sees the demonstration households but no buttons to change them', async () => {
    serveApi({ 'GET /api/industry/demo-households': { body: pairs } });
    renderWithSession(meWith(['industry.read']), <DemoHouseholdListPage />);
    expect(await screen.findByText('杨正华')).toBeTruthy();
    expect(screen.getByText('中药材 3亩')).toBeTruthy();
    expect(screen.queryByTestId('industry-new')).toBeNull();
    expect(screen.queryByText('修改')).toBeNull();
  });

  test('the form checks its fields in Chinese before sending anything', async () => {
    const fetchMock = serveApi({ 'GET /api/industry': { body: summary } });
    renderWithSession(
      meWith(['industry.read', 'industry.write']),
      <RecordForm path="demo-households" schema={demoHouseholdSpec.schema} fields={demoHouseholdSpec.fields} defaults={{ householdsDriven: 0 }} onSaved={() => undefined} onCancel={() => undefined} />,
    );
    fireEvent.click(screen.getByTestId('industry-submit'));
    expect(await screen.findByText('请选择示范户')).toBeTruthy();
    expect(screen.getByText('请选择帮扶干部')).toBeTruthy();
    expect(screen.getByText('请填写产业')).toBeTruthy();
    expect(fetchMock.mock.calls.filter(([, init]) => (init as RequestInit | undefined)?.method === 'POST')).toHaveLength(0);
  });

  test('an edit goes out as a PATCH; the server’s refusal shows beside the field', async () => {
    const fetchMock = serveApi({
      'GET /api/industry': { body: summary },
      'PATCH /api/industry/demo-households/p1': {
        status: 409,
        body: { code: 'DEMO_HOUSEHOLD_TAKEN', message: '该干部已把这户登记为帮扶示范户', fields: [{ path: 'householdId', message: '该干部已把这户登记为帮扶示范户' }] },
      },
    });
    const onSaved = vi.fn();
    renderWithSession(
      meWith(['industry.read', 'industry.write']),
      <RecordForm path="demo-households" schema={demoHouseholdSpec.schema} fields={demoHouseholdSpec.fields} record={pairs.items[0]!} onSaved={onSaved} onCancel={() => undefined} />,
    );
    fireEvent.click(screen.getByTestId('industry-submit'));
    await waitFor(() => expect(fetchMock.mock.calls.map(([url, init]) => `${(init as RequestInit | undefined)?.method ?? 'GET'} ${String(url)}`)).toContain('PATCH /api/industry/demo-households/p1'));
    expect(await screen.findByText('该干部已把这户登记为帮扶示范户')).toBeTruthy();
    expect(onSaved).not.toHaveBeenCalled();
    const patch = fetchMock.mock.calls.find(([, init]) => (init as RequestInit | undefined)?.method === 'PATCH');
    expect(JSON.parse(String((patch![1] as RequestInit).body))).toMatchObject({ householdId: household, cadreId: cadre, since: '2019-04-15', yearlyIncome: '10600.00' });
  });
});
