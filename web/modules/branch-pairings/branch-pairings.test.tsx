import { afterEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import type { ActivityView, PairingDetail, PairingSummary } from '../../../contracts/branch-pairings.ts';
import { accountWith, callsOf, renderWithSession, serveApi } from '../../test/harness.tsx';
import { PairingListPage } from './pages/pairing-list-page.tsx';
import { PairingDetailPage } from './pages/pairing-detail-page.tsx';
import { PairingForm } from './components/pairing-form.tsx';
import { ActivityForm } from './components/activity-form.tsx';

const meWith = (abilities: string[]) =>
  accountWith(abilities, { username: 'zhijin-org', displayName: '织金县委组织部', role: 'county_org', divisionCode: '520524000000', divisionName: '织金县' });

const pairing: PairingDetail = {
  id: 'p1',
  organBranch: { id: 'o1', name: '贵州省总工会机关第五党支部', divisionCode: '520000000000', memberCount: 12, unitId: 'u1', unitName: '贵州省总工会' },
  villageBranch: { id: 'v1', name: '中共宝山村支部委员会', divisionCode: '520524116214', memberCount: 23, villageName: '宝山村' },
  unitId: 'u1',
  divisionCode: '520524116214',
  startedOn: '2016-04-01',
  endedOn: null,
  goals: '创建红旗党支部',
  redFlagStep: 'township_reviewed',
  activityCount: 2,
  amount: '56000.00',
  createdAt: '2016-04-01T02:00:00.000Z',
  redFlag: [
    { step: 'applied', reachedOn: '2016-04-15', note: null, recordedByName: '省总工会机关党委', recordedAt: '2016-04-15T02:00:00.000Z' },
    { step: 'self_assessed', reachedOn: '2016-06-01', note: null, recordedByName: '省总工会机关党委', recordedAt: '2016-06-01T02:00:00.000Z' },
    { step: 'township_reviewed', reachedOn: '2016-09-01', note: '初审通过', recordedByName: '熊家场镇党委', recordedAt: '2016-09-01T02:00:00.000Z' },
  ],
  nextRedFlagStep: 'county_accepted',
  abilities: { update: true, end: true, recordActivity: true, recordRedFlag: true },
};

const activities: ActivityView[] = [
  { id: 'a1', pairingId: 'p1', kind: 'venue', happenedOn: '2016-11-01', description: '扩建村级标准化党员活动室', quantity: '120.00', measure: '平方米', amount: '56000.00', createdAt: '2016-11-01T02:00:00.000Z' },
  { id: 'a2', pairingId: 'p1', kind: 'publicity', happenedOn: '2016-10-01', description: '新建党建宣传栏', quantity: '2.00', measure: '块', amount: null, createdAt: '2016-10-01T02:00:00.000Z' },
];

const summary: PairingSummary = {
  divisionCode: null,
  pairs: 1,
  active: 1,
  activities: [
    { kind: 'venue', count: 1 },
    { kind: 'publicity', count: 1 },
  ],
  amount: '56000.00',
  redFlag: [
    { step: 'applied', count: 1 },
    { step: 'self_assessed', count: 1 },
    { step: 'township_reviewed', count: 1 },
    { step: 'county_accepted', count: 0 },
    { step: 'named', count: 0 },
  ],
};

const bodyOf = (call: unknown[]) => JSON.parse(String((call[1] as RequestInit).body));

afterEach(() => vi.unstubAllGlobals());

describe('branch pairing pages', { timeout: 20_000 }, () => {
  test('the list shows both branches, the red-flag step and the figures of the area, with filters in the request', async () => {
    const fetchMock = serveApi({ 'GET /api/branch-pairings': { body: { items: [pairing], total: 1 } }, 'GET /api/branch-pairings/summary': { body: summary } });
    renderWithSession(meWith(['branch_pairings.read', 'branch_pairings.export', 'branch_pairings.write']), <PairingListPage />, '/branch-pairings?redFlagStep=township_reviewed');
    expect(await screen.findByText('贵州省总工会机关第五党支部', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('中共宝山村支部委员会')).toBeTruthy();
    expect(screen.getAllByText('乡镇党委初审').length).toBeGreaterThan(0);
    expect(await screen.findByTestId('pairing-summary')).toBeTruthy();
    expect(screen.getByText('56,000.00')).toBeTruthy();
    expect(screen.getByText('活动场所建设 1')).toBeTruthy();
    const urls = fetchMock.mock.calls.map(([url]) => String(url));
    expect(urls.find((url) => url.startsWith('/api/branch-pairings?'))).toContain('redFlagStep=township_reviewed');
    expect(screen.getByTestId('pairing-new')).toBeTruthy();
  });

  test('a reader gets no new-pairing button', async () => {
    serveApi({ 'GET /api/branch-pairings': { body: { items: [pairing], total: 1 } }, 'GET /api/branch-pairings/summary': { body: summary } });
    renderWithSession(meWith(['branch_pairings.read']), <PairingListPage />);
    expect(await screen.findByText('贵州省总工会机关第五党支部', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.queryByTestId('pairing-new')).toBeNull();
  });

  test('the new-pairing form asks for both branches before sending anything', async () => {
    const fetchMock = serveApi({ 'GET /api/branch-pairings/candidates': { body: { items: [], total: 0 } } });
    renderWithSession(meWith(['branch_pairings.read', 'branch_pairings.write']), <PairingForm onSaved={() => undefined} onCancel={() => undefined} />);
    fireEvent.click(screen.getByTestId('pairing-submit'));
    expect(await screen.findByText('请选择机关党支部', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('请选择村党支部')).toBeTruthy();
    expect(callsOf(fetchMock, 'POST')).toHaveLength(0);
  });

  test('the detail shows both branches, the activities and the steps with who recorded them; the next step is offered', async () => {
    const fetchMock = serveApi({
      'GET /api/branch-pairings/p1': { body: pairing },
      'GET /api/branch-pairings/p1/activities': { body: { items: activities, total: 2 } },
      'POST /api/branch-pairings/p1/red-flag': { body: { ...pairing, nextRedFlagStep: 'named' } },
    });
    renderWithSession(
      meWith(['branch_pairings.read', 'branch_pairings.write', 'branch_pairings.review']),
      <Routes>
        <Route path="/branch-pairings/:id" element={<PairingDetailPage />} />
      </Routes>,
      '/branch-pairings/p1',
    );
    expect(await screen.findByText('扩建村级标准化党员活动室', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('120 平方米')).toBeTruthy();
    expect(screen.getByText('2 块')).toBeTruthy();
    expect(screen.getByText(/中共宝山村支部委员会 · 宝山村 · 23 名党员/)).toBeTruthy();
    expect(screen.getByTestId('red-flag-township_reviewed').textContent).toContain('2016-09-01 · 熊家场镇党委 登记');
    fireEvent.click(screen.getByTestId('red-flag-record'));
    fireEvent.click(await screen.findByTestId('red-flag-submit'));
    await waitFor(() => expect(callsOf(fetchMock, 'POST')).toHaveLength(1), { timeout: 5000 });
    expect(bodyOf(callsOf(fetchMock, 'POST')[0]!)).toMatchObject({ step: 'county_accepted' });
  });

  test('no record button for one who may not take the next step', async () => {
    serveApi({
      'GET /api/branch-pairings/p1': { body: { ...pairing, abilities: { update: false, end: false, recordActivity: false, recordRedFlag: false } } },
      'GET /api/branch-pairings/p1/activities': { body: { items: activities, total: 2 } },
    });
    renderWithSession(
      meWith(['branch_pairings.read']),
      <Routes>
        <Route path="/branch-pairings/:id" element={<PairingDetailPage />} />
      </Routes>,
      '/branch-pairings/p1',
    );
    expect(await screen.findByText('扩建村级标准化党员活动室', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('下一环节：县委组织部验收')).toBeTruthy();
    expect(screen.queryByTestId('red-flag-record')).toBeNull();
    expect(screen.queryByTestId('activity-add')).toBeNull();
    expect(screen.queryByTestId('activity-delete-a1')).toBeNull();
  });

  test('an activity with a quantity needs its measure, and nothing is sent until the fields pass', async () => {
    const fetchMock = serveApi({});
    renderWithSession(meWith(['branch_pairings.read', 'branch_pairings.write']), <ActivityForm pairingId="p1" onSaved={() => undefined} onCancel={() => undefined} />);
    fireEvent.change(screen.getByTestId('activity-quantity'), { target: { value: '120' } });
    fireEvent.click(screen.getByTestId('activity-submit'));
    expect(await screen.findByText('填写数量时请填写计量单位', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('请选择共建内容类别')).toBeTruthy();
    expect(screen.getByText('请填写共建内容')).toBeTruthy();
    expect(callsOf(fetchMock, 'POST')).toHaveLength(0);
  });
});
