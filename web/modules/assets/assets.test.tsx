import { afterEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { Route, Routes } from 'react-router';
import { assetCreateBody, dividendBody, type AssetList, type ShareList } from '../../../contracts/assets.ts';
import { ProjectAssetsTab } from './components/project-assets-tab.tsx';
import { AssetForm, toAssetBody } from './components/asset-form.tsx';
import { DividendForm, toDividendBody } from './components/dividend-form.tsx';
import { ShareListPage } from './pages/share-list-page.tsx';
import { ShareForm } from './components/share-form.tsx';
import { AssetDetailPage } from './pages/asset-detail-page.tsx';
import { accountWith, renderWithSession, serveApi } from '../../test/harness.tsx';

const projectId = '0b1c4f7e-8a55-4d55-9d3e-2a6f5c1e9b10';
const shareId = '9c1d2f43-2c39-4a3e-9f7a-6a3c1c0e2b11';
const village = '530326102204';

const meWith = (abilities: string[]) => accountWith(abilities, { username: 'tuoche-leader', displayName: '王队长', role: 'team_leader', divisionCode: village, divisionName: '拖车村' });

const assets: AssetList = {
  total: 1,
  items: [
    {
      id: 'a1',
      projectId,
      projectName: '拖车村人饮工程',
      divisionCode: village,
      villageName: '拖车村',
      name: '拖车村人饮水池',
      kind: 'water_works',
      owner: '村集体',
      maintainer: '村民小组',
      value: '186000.50',
      quantity: '200 立方米',
      handedOverOn: '2025-04-01',
      condition: 'needs_repair',
    },
  ],
};

const shares: ShareList = {
  total: 1,
  items: [
    {
      id: shareId,
      householdId: 'h1',
      householderName: '谭世远',
      divisionCode: village,
      villageName: '拖车村',
      cooperative: '拖车村中华蜂养殖专业合作社',
      projectId: null,
      assetId: null,
      amount: '2000.00',
      units: 2,
      since: '2023-03-01',
      until: null,
      dividendsTotal: '360.30',
      dividends: [
        { id: 'd2', year: 2025, amount: '200.20', paidOn: '2025-11-01' },
        { id: 'd1', year: 2024, amount: '160.10', paidOn: '2025-01-20' },
      ],
    },
  ],
};

afterEach(() => vi.unstubAllGlobals());

describe('asset form values', () => {
  test('the body the contract accepts; money stays a string, bad money is refused in Chinese', () => {
    const body = toAssetBody(
      { divisionCode: village, name: ' 人饮水池 ', kind: 'water_works', owner: '村集体', maintainer: '村民小组', value: '186000.5', quantity: ' ', handedOverOn: dayjs('2025-04-01'), condition: 'good' },
      projectId,
    );
    expect(body).toEqual({ projectId, divisionCode: village, name: '人饮水池', kind: 'water_works', owner: '村集体', maintainer: '村民小组', value: '186000.5', handedOverOn: '2025-04-01', condition: 'good' });
    expect(assetCreateBody.safeParse(body).success).toBe(true);
    expect(assetCreateBody.safeParse({ ...body, value: '1.234' }).error?.issues[0]?.message).toBe('资产价值应为不超过两位小数的非负金额');
    expect(toDividendBody({ year: null, amount: '10', paidOn: dayjs('2025-01-01') }).year).toBeNaN();
    expect(dividendBody.safeParse(toDividendBody({ year: 2025, amount: '200.20', paidOn: dayjs('2025-11-01') })).success).toBe(true);
  });
});

describe('asset pages', { timeout: 20_000 }, () => {
  test('the project tab lists the project’s assets with their condition', async () => {
    const fetchMock = serveApi({ 'GET /api/assets': { body: assets } });
    renderWithSession(meWith(['assets.read', 'assets.write']), <ProjectAssetsTab projectId={projectId} divisionCode={village} />);
    expect(await screen.findByText('拖车村人饮水池')).toBeTruthy();
    expect(screen.getByText('需维修')).toBeTruthy();
    expect(screen.getByText('共 1 项资产')).toBeTruthy();
    expect(screen.getByTestId('project-asset-new')).toBeTruthy();
    expect(String(fetchMock.mock.calls[0]![0])).toContain(`projectId=${projectId}`);
  });

  test('a reader sees no register button', async () => {
    serveApi({ 'GET /api/assets': { body: assets } });
    renderWithSession(meWith(['assets.read']), <ProjectAssetsTab projectId={projectId} divisionCode={village} />);
    expect(await screen.findByText('拖车村人饮水池')).toBeTruthy();
    expect(screen.queryByTestId('project-asset-new')).toBeNull();
  });

  test('the asset form checks its fields in Chinese before sending', async () => {
    const fetchMock = serveApi({});
    renderWithSession(meWith(['assets.read', 'assets.write']), <AssetForm projectId={projectId} divisionCode={village} onSaved={() => undefined} onCancel={() => undefined} />);
    fireEvent.change(screen.getByTestId('asset-value'), { target: { value: '12.345' } });
    fireEvent.click(screen.getByTestId('asset-submit'));
    expect(await screen.findByText('请填写资产名称')).toBeTruthy();
    expect(screen.getByText('请选择资产类别')).toBeTruthy();
    expect(screen.getByText('请填写管护主体')).toBeTruthy();
    expect(screen.getByText('资产价值应为不超过两位小数的非负金额')).toBeTruthy();
    expect(fetchMock.mock.calls.filter(([, init]) => (init as RequestInit | undefined)?.method === 'POST')).toHaveLength(0);
  });

  test('a dividend for a year already paid shows the server’s message beside the year', async () => {
    const fetchMock = serveApi({
      [`POST /api/shares/${shareId}/dividends`]: {
        status: 409,
        body: { code: 'DIVIDEND_YEAR_TAKEN', message: '该股份 2025 年度的分红已登记', fields: [{ path: 'year', message: '2025 年度的分红已登记' }] },
      },
    });
    const onSaved = vi.fn();
    renderWithSession(meWith(['assets.read', 'assets.write']), <DividendForm shareId={shareId} onSaved={onSaved} onCancel={() => undefined} />);
    fireEvent.change(screen.getByTestId('dividend-amount'), { target: { value: '200.20' } });
    fireEvent.click(screen.getByTestId('dividend-submit'));
    expect(await screen.findByText('2025 年度的分红已登记')).toBeTruthy();
    expect(onSaved).not.toHaveBeenCalled();
    const post = fetchMock.mock.calls.find(([, init]) => (init as RequestInit | undefined)?.method === 'POST');
    expect(JSON.parse(String((post![1] as RequestInit).body))).toMatchObject({ amount: '200.20' });
  });

  test('the detail page shows the care record newest first and sends a check', async () => {
    const view = {
      ...assets.items[0]!,
      checks: [
        { id: 'c2', checkedOn: '2025-08-10', condition: 'needs_repair', note: '池壁渗水', checkedBy: '张管护' },
        { id: 'c1', checkedOn: '2025-05-01', condition: 'good', note: null, checkedBy: '李检查' },
      ],
      abilities: { update: true },
    };
    const fetchMock = serveApi({ 'GET /api/assets/a1': { body: view }, 'POST /api/assets/a1/checks': { status: 201, body: { ...view, condition: 'good' } } });
    renderWithSession(
      meWith(['assets.read', 'assets.write']),
      <Routes>
        <Route path="/assets/:id" element={<AssetDetailPage />} />
      </Routes>,
      '/assets/a1',
    );
    expect(await screen.findByText('池壁渗水')).toBeTruthy();
    const dates = screen.getAllByText(/^2025-0[58]-\d\d$/).map((e) => e.textContent);
    expect(dates).toEqual(['2025-08-10', '2025-05-01']);
    fireEvent.click(screen.getByTestId('check-submit'));
    expect(await screen.findByText('请选择资产状况')).toBeTruthy();
    expect(screen.getByText('请填写检查人')).toBeTruthy();
    fireEvent.change(screen.getByTestId('check-by'), { target: { value: '王管护' } });
    fireEvent.mouseDown(within(screen.getByTestId('check-condition')).getByRole('combobox'));
    fireEvent.click(await screen.findByTitle('完好'));
    fireEvent.click(screen.getByTestId('check-submit'));
    await waitFor(() => expect(fetchMock.mock.calls.some(([url, init]) => String(url) === '/api/assets/a1/checks' && (init as RequestInit).method === 'POST')).toBe(true));
    const post = fetchMock.mock.calls.find(([, init]) => (init as RequestInit | undefined)?.method === 'POST');
    expect(JSON.parse(String((post![1] as RequestInit).body))).toMatchObject({ condition: 'good', checkedBy: '王管护' });
    expect(screen.getByTestId('asset-edit')).toBeTruthy();
  });

  test('editing an asset sends its fields but not its condition, which follows the checks', async () => {
    const view = { ...assets.items[0]!, checks: [], abilities: { update: true } };
    const fetchMock = serveApi({ 'PUT /api/assets/a1': { body: view } });
    const onSaved = vi.fn();
    renderWithSession(meWith(['assets.read', 'assets.write']), <AssetForm asset={view} onSaved={onSaved} onCancel={() => undefined} />);
    fireEvent.change(screen.getByTestId('asset-maintainer'), { target: { value: '村用水户协会' } });
    fireEvent.click(screen.getByTestId('asset-submit'));
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
    const put = fetchMock.mock.calls.find(([, init]) => (init as RequestInit | undefined)?.method === 'PUT');
    const body = JSON.parse(String((put![1] as RequestInit).body));
    expect(body).toMatchObject({ projectId, maintainer: '村用水户协会', value: '186000.50', handedOverOn: '2025-04-01' });
    expect(body).not.toHaveProperty('condition');
  });

  test('the share form asks for the household, cooperative and a money amount in Chinese', async () => {
    const fetchMock = serveApi({ 'GET /api/households': { body: { items: [], total: 0 } } });
    renderWithSession(meWith(['assets.read', 'assets.write']), <ShareForm onSaved={() => undefined} onCancel={() => undefined} />);
    fireEvent.change(screen.getByTestId('share-amount'), { target: { value: '-5' } });
    fireEvent.click(screen.getByTestId('share-submit'));
    expect(await screen.findByText('请选择农户')).toBeTruthy();
    expect(screen.getByText('请填写合作社（经营主体）')).toBeTruthy();
    expect(screen.getByText('入股金额应为不超过两位小数的非负金额')).toBeTruthy();
    expect(fetchMock.mock.calls.filter(([, init]) => (init as RequestInit | undefined)?.method === 'POST')).toHaveLength(0);
  });

  test('the shares page lists holdings by cooperative with dividends and the year’s summary', async () => {
    serveApi({
      'GET /api/shares': { body: shares },
      'GET /api/shares/summary': { body: { year: 2025, items: [{ cooperative: '拖车村中华蜂养殖专业合作社', households: 1, shareCapital: '2000.00', dividendsPaid: '200.20' }] } },
    });
    renderWithSession(meWith(['assets.read', 'assets.write']), <ShareListPage />);
    expect(await screen.findByText('谭世远')).toBeTruthy();
    expect(screen.getByText('360.30')).toBeTruthy();
    expect(screen.getByText('2024 年：160.10 元（2025-01-20 发放）')).toBeTruthy();
    await waitFor(() => expect(screen.getByText('1 户入股，股金 2000.00 元，2025 年分红 200.20 元')).toBeTruthy());
    expect(screen.getByTestId(`dividend-${shareId}`)).toBeTruthy();
  });
});
