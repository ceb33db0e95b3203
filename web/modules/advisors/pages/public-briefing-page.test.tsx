import { afterEach, describe, expect, test, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter, Route, Routes } from 'react-router';
import type { PublicBriefingView } from '../../../../contracts/advisors.ts';
import { PublicBriefingPage } from './public-briefing-page.tsx';

const view: PublicBriefingView = {
  period: '2026-Q3',
  generatedAt: '2026-10-08T02:00:00.000Z',
  content: {
    period: '2026-Q3',
    from: '2026-07-01',
    to: '2026-09-30',
    village: { code: '440981101207', name: '长流村委会', path: '广东省茂名市高州市新垌镇长流村委会' },
    households: { total: 6, byStatus: [{ code: 'registered', count: 3 }, { code: 'exited', count: 1 }], monitoring: [{ code: 'marginal', count: 1 }], monitoringAdded: 1, riskRemoved: 0 },
    projects: { total: 3, byState: [{ code: 'in_progress', count: 1 }], budget: '900000.00', started: 1, completed: 1 },
    funds: { paidInQuarter: '150000.00', payments: 2, paidToDate: '170000.00' },
    demands: { raised: 2, solved: 2, open: 2 },
    social: { donations: { count: 1, value: '80000.00' }, enterprises: { count: 2, value: '120000.50' }, advisors: { count: 0, value: '0.00' } },
    difficulties: {
      openDemands: [{ code: 'medical', count: 1 }],
      overdueDemands: 1,
      stalledProjects: [{ name: '集中供水工程', state: 'in_progress', plannedEnd: '2026-08-31' }],
      indicatorGaps: [{ code: 'housing', count: 2 }],
    },
  },
};

function renderAt(status: number, body: unknown) {
  const fetchMock = vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));
  vi.stubGlobal('fetch', fetchMock);
  render(
    <QueryClientProvider client={new QueryClient()}>
      <MemoryRouter initialEntries={['/b/tok123']}>
        <Routes>
          <Route path="/b/:token" element={<PublicBriefingPage />} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return fetchMock;
}

afterEach(() => vi.unstubAllGlobals());

describe('public briefing page', () => {
  test('shows the village\'s figures and difficulties in words and labels', async () => {
    const fetchMock = renderAt(200, view);
    expect(await screen.findByText('长流村委会 2026-Q3 发展情况通报')).toBeTruthy();
    expect(screen.getByText('本季度拨付 ¥150,000.00（2 笔），累计拨付 ¥170,000.00')).toBeTruthy();
    expect(screen.getByText('本季度新提出 2 件，解决 2 件；尚未解决 2 件')).toBeTruthy();
    expect(screen.getByText('在册 3')).toBeTruthy();
    expect(screen.getByText('边缘易致贫户 1')).toBeTruthy();
    expect(screen.getByText('其中超过办理期限 1 件')).toBeTruthy();
    expect(screen.getByText(/集中供水工程（实施中，计划完工 2026-08-31）/)).toBeTruthy();
    expect(screen.getByText('住房安全有保障 2 户')).toBeTruthy();
    expect(screen.getByText('企业帮扶 2 次 ¥120,000.50')).toBeTruthy();
    expect((fetchMock.mock.calls[0] as unknown as [string])[0]).toBe('/api/public/briefings/tok123');
  });

  test('a revoked or unknown link says so, once, without retrying', async () => {
    const fetchMock = renderAt(404, { code: 'PUBLIC_BRIEFING_NOT_FOUND', message: '该通报链接已失效或不存在' });
    expect(await screen.findByText('通报链接已失效')).toBeTruthy();
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});
