import { afterEach, describe, expect, test, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import type { NoticeDetail, NoticeView, ReceiptView } from '../../../contracts/notices.ts';
import { accountWith, callsOf, renderWithSession, serveApi } from '../../test/harness.tsx';
import { NoticeListPage } from './pages/notice-list-page.tsx';
import { NoticeDetailPage } from './pages/notice-detail-page.tsx';

const county = (abilities: string[]) => accountWith(abilities, { username: 'huize-org', displayName: '会泽县委组织部', role: 'county_org', divisionCode: '530326000000', divisionName: '会泽县' });
const member = accountWith(['notices.read'], { username: 'tuoche-member', displayName: '李队员', role: 'team_member', divisionCode: '530326102204', divisionName: '拖车村' });

const issued: NoticeView = {
  id: 'n1',
  divisionCode: '530326000000',
  regionName: '会泽县',
  title: '关于报送第四季度工作总结的通知',
  state: 'issued',
  issuedAt: '2026-10-08T02:00:00.000Z',
  issuedByName: '会泽县委组织部',
  createdAt: '2026-10-08T01:00:00.000Z',
  recipientCount: 3,
  readCount: 2,
  myTeamReadAt: null,
};
const detail: NoticeDetail = { ...issued, body: '请各工作队于12月25日前报送。', abilities: { update: false, issue: false, receipts: true } };
const receipts: ReceiptView[] = [
  { teamId: 't1', teamName: '驻拖车村工作队', divisionCode: '530326102204', villageName: '拖车村', readAt: null, readByName: null },
  { teamId: 't2', teamName: '驻娜姑村工作队', divisionCode: '530326102201', villageName: '娜姑村', readAt: '2026-10-09T02:00:00.000Z', readByName: '王队长' },
];

afterEach(() => vi.unstubAllGlobals());

describe('notice pages', { timeout: 20_000 }, () => {
  test('a sender sees how many teams read each notice and may draft one', async () => {
    const fetchMock = serveApi({ 'GET /api/notices': { body: { items: [issued], total: 1 } } });
    renderWithSession(county(['notices.read', 'notices.write']), <NoticeListPage />, '/notices?read=unread');
    expect(await screen.findByText('关于报送第四季度工作总结的通知', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('2/3 队已读')).toBeTruthy();
    expect(screen.getByTestId('notice-new')).toBeTruthy();
    expect(fetchMock.mock.calls.map(([url]) => String(url)).find((url) => url.startsWith('/api/notices?'))).toContain('read=unread');
  });

  test('a team member sees his team’s unread mark and no compose button', async () => {
    serveApi({ 'GET /api/notices': { body: { items: [issued], total: 1 } } });
    renderWithSession(member, <NoticeListPage />);
    expect(await screen.findByText('关于报送第四季度工作总结的通知', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getAllByText('未读').length).toBeGreaterThan(0);
    expect(screen.queryByTestId('notice-new')).toBeNull();
  });

  test('the sender’s detail shows the text and the receipts, unread first, names without phones', async () => {
    const fetchMock = serveApi({ 'GET /api/notices/n1': { body: detail }, 'GET /api/notices/n1/receipts': { body: { items: receipts, total: 2 } } });
    renderWithSession(
      county(['notices.read', 'notices.write']),
      <Routes>
        <Route path="/notices/:id" element={<NoticeDetailPage />} />
      </Routes>,
      '/notices/n1',
    );
    expect(await screen.findByText('请各工作队于12月25日前报送。', {}, { timeout: 5000 })).toBeTruthy();
    expect(await screen.findByText('驻拖车村工作队')).toBeTruthy();
    expect(screen.getByText('王队长')).toBeTruthy();
    expect(screen.getByText('导出未读名单')).toBeTruthy();
    expect(screen.queryByTestId('notice-issue')).toBeNull();
    expect(callsOf(fetchMock, 'POST')).toHaveLength(0);
  });
});
