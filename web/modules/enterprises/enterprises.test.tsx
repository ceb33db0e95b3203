import { afterEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { Route, Routes } from 'react-router';
import { contributionBody, enterpriseCreateBody, type EnterpriseList, type EnterpriseView } from '../../../contracts/enterprises.ts';
import { EnterpriseForm, toEnterpriseBody } from './components/enterprise-form.tsx';
import { toContributionBody } from './components/contribution-form.tsx';
import { EnterpriseListPage } from './pages/enterprise-list-page.tsx';
import { EnterpriseDetailPage } from './pages/enterprise-detail-page.tsx';
import { accountWith, renderWithSession, serveApi } from '../../test/harness.tsx';

const county = '450421000000';
const village = '450421104201';
const pairingId = '6f1d2c43-2c39-4a3e-9f7a-6a3c1c0e2b11';

const meWith = (abilities: string[]) => accountWith(abilities, { username: 'cangwu-org', displayName: '苍梧县委组织部', role: 'county_org', divisionCode: county, divisionName: '苍梧县' });

const item: EnterpriseList['items'][number] = {
  id: 'e1',
  name: '苍梧县六堡山茶业有限公司',
  creditCode: '91450421MA5L00000T',
  divisionCode: county,
  divisionName: '苍梧县',
  industry: '茶叶',
  contactName: '李经理',
  contactPhone: '139****1234',
  partyOrgName: '苍梧县六堡山茶业有限公司党支部',
  note: null,
  villages: [{ code: village, name: '沙地村委会' }],
};

const view: EnterpriseView = {
  ...item,
  pairings: [{ id: pairingId, divisionCode: village, villageName: '沙地村委会', since: '2025-03-01', until: null, agreement: '党组织结对共建协议', contributions: 1 }],
  contributions: [
    {
      id: 'c1',
      enterpriseId: 'e1',
      enterpriseName: item.name,
      pairingId,
      divisionCode: village,
      villageName: '沙地村委会',
      kind: 'purchases',
      value: '86000.00',
      quantity: null,
      unit: null,
      givenOn: '2025-06-01',
      description: '收购村民鲜茶叶',
      projectId: null,
      projectName: null,
    },
  ],
  totals: { money: '0.00', goods: '0.00', purchases: '86000.00', jobs: 0, count: 1 },
  abilities: { update: true, pair: true, contribute: true, unmask: true },
};

const posts = (fetchMock: ReturnType<typeof serveApi>, method = 'POST') => fetchMock.mock.calls.filter(([, init]) => (init as RequestInit | undefined)?.method === method);

afterEach(() => vi.unstubAllGlobals());

describe('enterprise form values', () => {
  test('empty optional fields clear, the credit code is upper-cased, an empty phone keeps the stored one', () => {
    const body = toEnterpriseBody({ name: ' 苍梧县鑫林木业有限公司 ', creditCode: '91350100m000100y43', divisionCode: county, industry: ' ', contactPhone: '' });
    expect(body).toEqual({ name: '苍梧县鑫林木业有限公司', creditCode: '91350100M000100Y43', divisionCode: county, industry: null, partyOrgName: null, contactName: null, note: null });
    expect(enterpriseCreateBody.safeParse(body).success).toBe(true);
    expect(toEnterpriseBody({ name: 'x', divisionCode: county, clearPhone: true }).contactPhone).toBeNull();
    expect(enterpriseCreateBody.safeParse({ ...body, creditCode: '91350100M000100Y44' }).error?.issues[0]?.message).toBe('统一社会信用代码校验位不正确，请核对');
  });

  test('a contribution carries a value only for kinds counted in money, people only for jobs', () => {
    const givenOn = dayjs('2025-06-01');
    const money = toContributionBody({ pairingId, kind: 'money', value: '120000', quantity: '3', givenOn, description: '出资修桥' });
    expect(money).toEqual({ pairingId, kind: 'money', value: '120000', givenOn: '2025-06-01', description: '出资修桥' });
    const jobs = toContributionBody({ pairingId, kind: 'jobs', value: '99', quantity: '12', givenOn, description: '吸纳劳动力' });
    expect(jobs).toEqual({ pairingId, kind: 'jobs', quantity: '12', givenOn: '2025-06-01', description: '吸纳劳动力' });
    expect(contributionBody.safeParse(jobs).success).toBe(true);
  });
});

describe('enterprise pages', { timeout: 40_000 }, () => {
  test('the list shows paired villages; a reader gets no register or export button', async () => {
    serveApi({ 'GET /api/enterprises': { body: { items: [item], total: 1 } } });
    renderWithSession(meWith(['enterprises.read']), <EnterpriseListPage />);
    expect(await screen.findByText('苍梧县六堡山茶业有限公司')).toBeTruthy();
    expect(screen.getByText('沙地村委会')).toBeTruthy();
    expect(screen.queryByTestId('enterprise-new')).toBeNull();
    expect(screen.queryByText('导出')).toBeNull();
  });

  test('the form refuses a wrong check character in Chinese before sending', async () => {
    const fetchMock = serveApi({});
    renderWithSession(meWith(['enterprises.read', 'enterprises.write']), <EnterpriseForm defaultDivision={county} onSaved={() => undefined} onCancel={() => undefined} />);
    fireEvent.change(screen.getByTestId('enterprise-credit-code'), { target: { value: '91350100M000100Y44' } });
    fireEvent.change(screen.getByTestId('enterprise-phone'), { target: { value: '12345' } });
    fireEvent.click(screen.getByTestId('enterprise-submit'));
    expect(await screen.findByText('请填写企业名称')).toBeTruthy();
    expect(screen.getByText('统一社会信用代码校验位不正确，请核对')).toBeTruthy();
    expect(screen.getByText(/或填写固定电话/)).toBeTruthy();
    expect(posts(fetchMock)).toHaveLength(0);
  });

  test('the detail page shows totals and contributions; a contribution before the pairing gets the server’s message on the date', async () => {
    const fetchMock = serveApi({
      'GET /api/enterprises/e1': { body: view },
      'POST /api/enterprises/e1/contributions': {
        status: 400,
        body: { code: 'VALIDATION_FAILED', message: '提交的内容有误，请按提示修改', fields: [{ path: 'givenOn', message: '日期不能早于结对日期 2025-03-01' }] },
      },
    });
    renderWithSession(
      meWith(['enterprises.read', 'enterprises.write']),
      <Routes>
        <Route path="/enterprises/:id" element={<EnterpriseDetailPage />} />
      </Routes>,
      '/enterprises/e1',
    );
    expect(await screen.findByText('收购村民鲜茶叶')).toBeTruthy();
    expect(screen.getByText('¥86000.00')).toBeTruthy();
    expect(screen.getByText('1 条帮扶')).toBeTruthy();
    expect(screen.getByText('139****1234')).toBeTruthy();
    fireEvent.click(screen.getByTestId('contribution-add'));
    fireEvent.click(await screen.findByTestId('contribution-submit'));
    expect(await screen.findByText('请填写金额（元）', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('请填写帮扶内容')).toBeTruthy();
    expect(posts(fetchMock)).toHaveLength(0);

    fireEvent.change(screen.getByTestId('contribution-value'), { target: { value: '50000' } });
    fireEvent.change(screen.getByTestId('contribution-description'), { target: { value: '出资硬化屯级道路' } });
    fireEvent.click(screen.getByTestId('contribution-submit'));
    expect(await screen.findByText('日期不能早于结对日期 2025-03-01', {}, { timeout: 5000 })).toBeTruthy();
    const post = posts(fetchMock)[0]!;
    expect(JSON.parse(String((post[1] as RequestInit).body))).toMatchObject({ pairingId, kind: 'money', value: '50000', description: '出资硬化屯级道路' });
  });

  test('choosing jobs asks for the number of people instead of a value', async () => {
    serveApi({ 'GET /api/enterprises/e1': { body: view } });
    renderWithSession(
      meWith(['enterprises.read', 'enterprises.write']),
      <Routes>
        <Route path="/enterprises/:id" element={<EnterpriseDetailPage />} />
      </Routes>,
      '/enterprises/e1',
    );
    fireEvent.click(await screen.findByTestId('contribution-add'));
    fireEvent.mouseDown(within(await screen.findByTestId('contribution-kind')).getByRole('combobox'));
    fireEvent.click(await screen.findByTitle('就业岗位'));
    await waitFor(() => expect(screen.queryByTestId('contribution-value')).toBeNull());
    expect(screen.getByTestId('contribution-quantity')).toBeTruthy();
  });
});
