import { afterEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { App } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter, Route, Routes } from 'react-router';
import { disputeCreateBody, type DisputeView } from '../../../contracts/disputes.ts';
import { meQueryKey, SessionProvider, type Me } from '../../platform/session.tsx';
import { toDisputeBody } from './components/dispute-form.tsx';
import { toMediationBody } from './components/mediation-record.tsx';
import { DisputeDetailPage } from './pages/dispute-detail-page.tsx';
import { accountWith } from '../../test/harness.tsx';

const village = '530326102204';

const meWith = (abilities: string[]) => accountWith(abilities, { username: 'tuoche-leader', displayName: '张队长', role: 'team_leader', divisionCode: village, divisionName: '拖车村' });

const dispute = (open: boolean): DisputeView => ({
  id: '7a0d2f43-2c39-4a3e-9f7a-6a3c1c0e2b11',
  divisionCode: village,
  villageName: '拖车村',
  title: '两组之间集体林地林权纠纷',
  category: 'forest_rights',
  parties: '一组村民与三组村民',
  description: '交界处约 200 亩集体林地权属争议',
  startedOn: '1973-04-01',
  reportedOn: '2015-06-01',
  state: open ? 'mediating' : 'resolved',
  resolvedOn: open ? null : '2016-05-20',
  outcome: open ? null : '签订林地权属协议',
  ageYears: 43,
  mediationCount: 2,
  createdAt: '2015-06-01T02:00:00.000Z',
  mediations: [
    { id: 'm1', mediatedOn: '2015-07-02', mediators: '驻村第一书记、村调委会', content: '分别听取双方意见', result: null, createdAt: '2015-07-02T02:00:00.000Z' },
    { id: 'm2', mediatedOn: '2016-03-10', mediators: '镇司法所', content: '调取 1981 年林业三定资料', result: '双方同意按资料划界', createdAt: '2016-03-10T02:00:00.000Z' },
  ],
  abilities: { update: open, mediate: open, resolve: open, refer: open },
});

function serve(body: DisputeView) {
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    if ((init?.method ?? 'GET') === 'GET' && url === `/api/disputes/${body.id}`) return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
    return new Response(JSON.stringify({ code: 'NOT_FOUND', message: url }), { status: 404, headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function renderPage(me: Me, id: string) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(meQueryKey, me);
  const page: ReactNode = (
    <Routes>
      <Route path="/disputes/:id" element={<DisputeDetailPage />} />
    </Routes>
  );
  render(
    <QueryClientProvider client={client}>
      <SessionProvider>
        <MemoryRouter initialEntries={[`/disputes/${id}`]}>
          <App>{page}</App>
        </MemoryRouter>
      </SessionProvider>
    </QueryClientProvider>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('dispute form values', () => {
  test('an empty start date is left out; the body passes the contract', () => {
    const body = toDisputeBody({ title: ' 宅基地边界 ', category: 'land', parties: '甲户与乙户', description: '围墙越界', reportedOn: dayjs('2026-11-02'), startedOn: null });
    expect(body).toEqual({ title: '宅基地边界', category: 'land', parties: '甲户与乙户', description: '围墙越界', reportedOn: '2026-11-02' });
    expect(disputeCreateBody.safeParse(body).success).toBe(true);
    const late = toDisputeBody({ title: '宅基地边界', category: 'land', parties: '甲户与乙户', description: '围墙越界', reportedOn: dayjs('2026-11-02'), startedOn: dayjs('2026-11-05') });
    expect(disputeCreateBody.safeParse(late).error?.issues[0]?.path).toEqual(['startedOn']);
    expect(toMediationBody({ mediatedOn: dayjs('2026-11-03'), mediators: ' 村调委会 ', content: ' 回访 ', result: '  ' })).toEqual({ mediatedOn: '2026-11-03', mediators: '村调委会', content: '回访' });
  });
});

describe('dispute detail', { timeout: 20_000 }, () => {
  test('the mediation record in order, the age in years, and the add form checking in Chinese', async () => {
    const fetchMock = serve(dispute(true));
    renderPage(meWith(['disputes.read', 'disputes.write']), dispute(true).id);
    const list = await screen.findByTestId('mediation-list');
    const text = list.textContent ?? '';
    expect(text.indexOf('2015-07-02')).toBeLessThan(text.indexOf('2016-03-10'));
    expect(within(list).getByText('双方同意按资料划界')).toBeTruthy();
    expect(screen.getByText('43 年')).toBeTruthy();
    expect(screen.getByTestId('dispute-resolve')).toBeTruthy();

    const form = screen.getByTestId('mediation-form');
    fireEvent.click(within(form).getByRole('button', { name: '添加调解记录' }));
    expect(await within(form).findByText('调解人至少 2 个字')).toBeTruthy();
    expect(within(form).getByText('调解情况至少 2 个字')).toBeTruthy();
    expect(fetchMock.mock.calls.some(([, init]) => (init as RequestInit | undefined)?.method === 'POST')).toBe(false);
  });

  test('a resolved dispute shows its outcome and offers nothing more', async () => {
    serve(dispute(false));
    renderPage(meWith(['disputes.read', 'disputes.write']), dispute(false).id);
    expect(await screen.findByText('签订林地权属协议')).toBeTruthy();
    expect(screen.getByText('已化解')).toBeTruthy();
    expect(screen.queryByTestId('mediation-form')).toBeNull();
    expect(screen.queryByTestId('dispute-resolve')).toBeNull();
  });
});
