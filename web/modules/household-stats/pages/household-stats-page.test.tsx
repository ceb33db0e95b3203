import { afterEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { App } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter, Route, Routes } from 'react-router';
import { householdStatuses, indicators, povertyCauses } from '../../../../contracts/household-codes.ts';
import { monitoringColumns, type HouseholdStats, type HouseholdStatsFigures } from '../../../../contracts/household-stats.ts';
import { HouseholdStatsPage } from './household-stats-page.tsx';

const zeros = <K extends string>(codes: readonly K[]) => Object.fromEntries(codes.map((c) => [c, { households: 0, persons: 0 }])) as Record<K, { households: number; persons: number }>;

function figures(households: number, persons: number, registered: number): HouseholdStatsFigures {
  return {
    households,
    persons,
    byStatus: { ...zeros(householdStatuses.codes), registered: { households: registered, persons: registered * 3 } },
    byCause: zeros(povertyCauses.codes),
    byMonitoring: zeros(monitoringColumns),
    indicatorGaps: Object.fromEntries(indicators.codes.map((c) => [c, 0])) as HouseholdStatsFigures['indicatorGaps'],
    toVisit: households,
    visited: 1,
    visitCoverage: 33.3,
    demandsRaised: 0,
    demandsSolved: 0,
    demandDaysAverage: null,
    labourTransfers: 0,
  };
}

const stats: HouseholdStats = {
  divisionCode: '530326000000',
  name: '会泽县',
  quarter: '2025-Q3',
  from: '2025-07-01',
  to: '2025-09-30',
  path: [{ code: '530326000000', name: '会泽县' }],
  rows: [{ divisionCode: '530326102000', name: '娜姑镇', own: false, drillable: true, ...figures(3, 9, 2) }],
  total: figures(3, 9, 2),
};

afterEach(() => vi.unstubAllGlobals());

describe('household statistics page', () => {
  test('shows each township with a drill-down link, the total, and the status breakdown', async () => {
    const fetch = vi.fn(async (url: string) =>
      new Response(JSON.stringify(url.startsWith('/api/household-stats') ? stats : { items: [], total: 0 }), { headers: { 'content-type': 'application/json' } }),
    );
    vi.stubGlobal('fetch', fetch);
    render(
      <QueryClientProvider client={new QueryClient()}>
        <MemoryRouter initialEntries={['/household-stats?quarter=2025-Q3']}>
          <App>
            <Routes>
              <Route path="/household-stats" element={<HouseholdStatsPage />} />
            </Routes>
          </App>
        </MemoryRouter>
      </QueryClientProvider>,
    );
    const link = await screen.findByRole('link', { name: '娜姑镇' });
    expect(link.getAttribute('href')).toBe('/household-stats?divisionCode=530326102000&quarter=2025-Q3');
    expect(fetch.mock.calls.map((call) => String(call[0]))).toContain('/api/household-stats?quarter=2025-Q3');
    expect(screen.getAllByText('33.3').length).toBeGreaterThan(0);
    expect(screen.getByText(/2025-07-01 至 2025-09-30/)).toBeTruthy();

    fireEvent.click(screen.getByRole('tab', { name: '按状态' }));
    const panel = await screen.findByRole('tabpanel', { name: '按状态' });
    expect(within(panel).getAllByText('2 户 / 6 人').length).toBe(2);
  }, 20_000);
});
