import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { App } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router';
import type { DiaryView } from '../../../contracts/diaries.ts';
import { meQueryKey, SessionProvider, type Me } from '../../platform/session.tsx';
import { DiaryPage } from './pages/diary-page.tsx';

function meWith(roles: string[], abilities: string[], cadreId: string | null): Me {
  return {
    accountId: 'a',
    username: 'u',
    displayName: 'u',
    roles,
    abilities,
    scope: { divisionCode: '530326102204', divisionCodes: [], divisionName: '拖车村', unitId: null, unitName: null, national: false },
    cadreId,
    csrfToken: 'token',
    passwordChangeRequired: false,
    passwordPolicy: { minLength: 10, minClasses: 3, maxAgeDays: 90 },
  } as unknown as Me;
}

const entry: DiaryView = {
  id: 'd1',
  cadreId: 'c1',
  cadreName: '李队员',
  divisionCode: '530326102204',
  villageName: '拖车村',
  entryDate: '2026-11-20',
  content: '院坝会上群众提出修通组路。',
  createdAt: '2026-11-20T02:00:00.000Z',
  updatedAt: '2026-11-20T02:00:00.000Z',
  abilities: { update: true },
};

function renderPage(me: Me) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(meQueryKey, me);
  render(
    <QueryClientProvider client={client}>
      <SessionProvider>
        <MemoryRouter initialEntries={['/diaries?month=2026-11']}>
          <App>
            <DiaryPage />
          </App>
        </MemoryRouter>
      </SessionProvider>
    </QueryClientProvider>,
  );
}

// antd's first render in jsdom is slow on a cold cache.
describe('diary page', { timeout: 30_000 }, () => {
  let fetchMock: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    fetchMock = vi.fn(async () => new Response(JSON.stringify({ items: [entry], total: 1 }), { headers: { 'content-type': 'application/json' } }));
    vi.stubGlobal('fetch', fetchMock);
    vi.stubGlobal('ResizeObserver', class { observe() {} unobserve() {} disconnect() {} });
  });
  afterEach(() => vi.unstubAllGlobals());

  test('a member sees that nothing is required daily, his entries of the month, the form, and no cadre filter', async () => {
    renderPage(meWith(['team_member'], ['diaries.read', 'diaries.write'], 'c1'));
    expect(screen.getByText(/不要求每天填写，不统计篇数，不作排名或考核依据/)).toBeTruthy();
    expect(await screen.findByText('院坝会上群众提出修通组路。')).toBeTruthy();
    expect(screen.getByRole('button', { name: /保存日记/ })).toBeTruthy();
    expect(screen.queryByLabelText('按干部查看')).toBeNull();
    expect(String(fetchMock.mock.calls[0]![0])).toContain('month=2026-11');
  });

  test('a township reader reads without a form and may filter by cadre', async () => {
    renderPage(meWith(['township_party'], ['diaries.read'], null));
    expect(await screen.findByText('院坝会上群众提出修通组路。')).toBeTruthy();
    expect(screen.getByText('李队员')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /保存日记/ })).toBeNull();
    expect(screen.getByLabelText('按干部查看')).toBeTruthy();
  });
});
