import { afterEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { DonationList, DonationSummary, DonationView } from '../../../contracts/donations.ts';
import { DonationForm } from './components/donation-form.tsx';
import { DonationListPage } from './pages/donation-list-page.tsx';
import { DonationSummaryPage } from './pages/donation-summary-page.tsx';
import { ProjectDonationsTab } from './index.ts';
import { accountWith, renderWithSession, serveApi } from '../../test/harness.tsx';

const village = '530326102204';

const meWith = (abilities: string[]) => accountWith(abilities, { username: 'tuoche-leader', displayName: '王队长', role: 'team_leader', divisionCode: village, divisionName: '拖车村' });

const gift: DonationView = {
  id: 'd1',
  divisionCode: village,
  villageName: '拖车村',
  projectId: 'p1',
  projectName: '拖车村幼儿园建设',
  donor: '香港善一堂',
  donorKind: 'organization',
  form: 'money',
  value: '680000.00',
  goods: null,
  quantity: null,
  unit: null,
  purpose: '建设村级幼儿园',
  receivedOn: '2025-03-01',
  arrangedByCadreId: 'c1',
  arrangedByName: '李冬霞',
  receiptNo: 'SYT-001',
  createdAt: '2025-03-01T02:00:00.000Z',
  abilities: { update: true, delete: true },
};

const list: DonationList = {
  total: 2,
  items: [
    gift,
    { ...gift, id: 'd2', donor: '会泽县某商贸公司', donorKind: 'enterprise', form: 'goods', value: '2400.25', goods: '大米', quantity: '50.00', unit: '袋', projectId: null, projectName: null },
  ],
  totals: { money: '680000.00', goods: '2400.25', total: '682400.25', count: 2, donors: 2 },
};

const summary: DonationSummary = {
  divisionCode: '530326000000',
  name: '会泽县',
  year: 2025,
  path: [{ code: '530326000000', name: '会泽县' }],
  rows: [{ divisionCode: '530326102000', name: '娜姑镇', own: false, drillable: true, money: '680000.00', goods: '2400.25', total: '682400.25', count: 2, donors: 2 }],
  byKind: [
    { donorKind: 'enterprise', money: '0.00', goods: '2400.25', total: '2400.25', count: 1, donors: 1 },
    { donorKind: 'organization', money: '680000.00', goods: '0.00', total: '680000.00', count: 1, donors: 1 },
    { donorKind: 'individual', money: '0.00', goods: '0.00', total: '0.00', count: 0, donors: 0 },
    { donorKind: 'unit', money: '0.00', goods: '0.00', total: '0.00', count: 0, donors: 0 },
  ],
  total: { money: '680000.00', goods: '2400.25', total: '682400.25', count: 2, donors: 2 },
};

const posts = (fetchMock: ReturnType<typeof serveApi>, method: string) => fetchMock.mock.calls.filter(([, init]) => (init as RequestInit | undefined)?.method === method);

afterEach(() => vi.unstubAllGlobals());

describe('donation pages', { timeout: 20_000 }, () => {
  test('the list shows gifts with project, cadre and goods, and the totals of the filter', async () => {
    const fetchMock = serveApi({ 'GET /api/donations': { body: list } });
    renderWithSession(meWith(['donations.read', 'donations.write', 'donations.export']), <DonationListPage />, '/donations?year=2025');
    expect(await screen.findByText('拖车村幼儿园建设', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getAllByText('李冬霞')).toHaveLength(2);
    expect(screen.getByText('680,000.00')).toBeTruthy();
    expect(screen.getByText('大米（50 袋）')).toBeTruthy();
    expect(screen.getByTestId('donation-totals').textContent).toBe('合计：2 笔，2 个捐赠方；捐款 680,000.00 元，捐物折价 2,400.25 元，共 682,400.25 元');
    expect(fetchMock.mock.calls.map(([url]) => String(url)).find((url) => url.startsWith('/api/donations'))).toContain('year=2025');
    expect(screen.getByTestId('donation-new')).toBeTruthy();
  });

  test('a reader sees neither the record button nor the edit actions', async () => {
    serveApi({ 'GET /api/donations': { body: list } });
    renderWithSession(meWith(['donations.read']), <DonationListPage />);
    expect(await screen.findByText('拖车村幼儿园建设', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.queryByTestId('donation-new')).toBeNull();
    expect(screen.queryByText('操作')).toBeNull();
  });

  test('the form checks its fields in Chinese, and asks goods for a gift of goods', async () => {
    const fetchMock = serveApi({});
    renderWithSession(meWith(['donations.read', 'donations.write']), <DonationForm onSaved={() => undefined} onCancel={() => undefined} />);
    fireEvent.change(screen.getByTestId('donation-value'), { target: { value: '0' } });
    fireEvent.click(screen.getByText('捐物'));
    expect(await screen.findByTestId('donation-goods', {}, { timeout: 5000 })).toBeTruthy();
    fireEvent.click(screen.getByTestId('donation-submit'));
    await waitFor(() => expect(screen.getByText('请填写捐赠方')).toBeTruthy(), { timeout: 5000 });
    expect(screen.getByText('金额（折价）应大于 0')).toBeTruthy();
    expect(screen.getByText('捐物请填写物资名称')).toBeTruthy();
    expect(screen.getByText('请填写用途')).toBeTruthy();
    expect(posts(fetchMock, 'POST')).toHaveLength(0);
  });

  test('editing sends the change; the server’s receipt clash shows beside the receipt', async () => {
    const fetchMock = serveApi({
      'PATCH /api/donations/d1': {
        status: 409,
        body: { code: 'DONATION_RECEIPT_TAKEN', message: '本村已有收据编号为 SYT-002 的捐赠记录', fields: [{ path: 'receiptNo', message: '本村已有收据编号 SYT-002' }] },
      },
    });
    const onSaved = vi.fn();
    renderWithSession(meWith(['donations.read', 'donations.write']), <DonationForm donation={gift} onSaved={onSaved} onCancel={() => undefined} />);
    fireEvent.change(screen.getByTestId('donation-purpose'), { target: { value: '幼儿园建设及设备' } });
    fireEvent.click(screen.getByTestId('donation-submit'));
    expect(await screen.findByText('本村已有收据编号 SYT-002', {}, { timeout: 5000 })).toBeTruthy();
    expect(onSaved).not.toHaveBeenCalled();
    const body = JSON.parse(String((posts(fetchMock, 'PATCH')[0]![1] as RequestInit).body));
    expect(body).toMatchObject({ purpose: '幼儿园建设及设备', projectId: 'p1', arrangedByCadreId: 'c1', goods: null, value: '680000.00' });
    expect(screen.getByTestId('donation-delete')).toBeTruthy();
  });

  test('the summary drills into a township and totals the region', async () => {
    const fetchMock = serveApi({ 'GET /api/donations/summary': { body: summary } });
    renderWithSession(meWith(['donations.read', 'donations.export']), <DonationSummaryPage />, '/donations/summary?year=2025');
    const township = await screen.findByText('娜姑镇', {}, { timeout: 5000 });
    expect(township.closest('a')?.getAttribute('href')).toBe('/donations/summary?divisionCode=530326102000&year=2025');
    await waitFor(() => expect(screen.getAllByText('682,400.25').length).toBeGreaterThanOrEqual(3), { timeout: 5000 });
    expect(screen.getByText('社会组织')).toBeTruthy();
    expect(fetchMock.mock.calls.map(([url]) => String(url)).find((url) => url.startsWith('/api/donations/summary'))).toContain('year=2025');
  });

  test('a project tab lists the gifts toward the project with their total', async () => {
    const fetchMock = serveApi({ 'GET /api/donations': { body: { ...list, total: 1, items: [gift], totals: { money: '680000.00', goods: '0.00', total: '680000.00', count: 1, donors: 1 } } } });
    renderWithSession(meWith(['donations.read']), <ProjectDonationsTab projectId="p1" />);
    expect(await screen.findByText('香港善一堂', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByTestId('project-donation-totals').textContent).toBe('共 1 笔捐赠，合计 680,000.00 元');
    expect(String(fetchMock.mock.calls.find(([url]) => String(url).startsWith('/api/donations'))![0])).toContain('projectId=p1');
  });
});
