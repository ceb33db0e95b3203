import { afterEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { App } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter, Route, Routes } from 'react-router';
import type { ProjectStats, ProjectStatsFigures, ProjectUnitStats } from '../../../../contracts/project-stats.ts';
import { fundSourceKinds, projectCategories } from '../../../../contracts/project-codes.ts';
import { projectStates } from '../../../../contracts/projects.ts';
import { serviceRequestStates } from '../../../../contracts/service-requests.ts';
import { contributionKinds, donationForms } from '../../../../contracts/social-codes.ts';
import { ProjectStatsPage } from './project-stats-page.tsx';

const zeros = <K extends string, V>(codes: readonly K[], zero: V) => Object.fromEntries(codes.map((c) => [c, zero])) as Record<K, V>;
const noCount = { projects: 0, budget: '0.00' };
const noValue = { count: 0, value: '0.00' };

function fixtureFigures(projects: number, budget: string, roadKm: string): ProjectStatsFigures {
  return {
    projects,
    budget,
    approvedBudget: budget,
    byState: { ...zeros(projectStates, noCount), accepted: { projects, budget } },
    byCategory: { ...zeros(projectCategories.codes, noCount), road: { projects, budget } },
    funds: { ...zeros(fundSourceKinds.codes, { budgeted: '0.00', allocated: '0.00', paid: '0.00' }), fiscal: { budgeted: budget, allocated: budget, paid: '0.00' } },
    fundsTotal: { budgeted: budget, allocated: budget, paid: '0.00' },
    outputs: [{ kind: 'road_km', unit: '公里', planned: roadKm, actual: roadKm }],
    beneficiaryHouseholds: 3,
    beneficiaryPersons: 9,
    donations: zeros(donationForms.codes, noValue),
    enterpriseContributions: zeros(contributionKinds.codes, noValue),
    enterpriseJobs: '0.00',
    advisorSupports: zeros(contributionKinds.codes, noValue),
    serviceRequests: zeros(serviceRequestStates, 0),
    assets: noValue,
    shares: noValue,
    dividends: noValue,
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('project statistics page', () => {
  test('each township drills down, the breadcrumb leads back, the tabs show outputs, the units follow', async () => {
    const nagu = fixtureFigures(2, '1200000.30', '50.30');
    const stats: ProjectStats = {
      divisionCode: '530326000000',
      name: '会泽县',
      path: [
        { code: '530300000000', name: '曲靖市' },
        { code: '530326000000', name: '会泽县' },
      ],
      rows: [{ divisionCode: '530326102000', name: '娜姑镇', own: false, drillable: true, ...nagu }],
      total: nagu,
    };
    const units: ProjectUnitStats = {
      divisionCode: '530326000000',
      name: '会泽县',
      rows: [
        {
          unitId: '7f0c6a4e-1d2b-4c3d-8e9f-0a1b2c3d4e5f',
          name: '曲靖市国土资源局',
          projects: 11,
          villages: 3,
          categories: 5,
          budget: '44908700.00',
          approvedBudget: '44908700.00',
          unitFunds: '1000000.00',
          allocated: '44908700.00',
          paid: '40000000.00',
          outputs: [{ kind: 'other', unit: '个村民小组', planned: '8.00', actual: '8.00' }],
          beneficiaryHouseholds: 1430,
          beneficiaryPersons: 5760,
        },
      ],
    };
    const fetch = vi.fn(async (url: string) => {
      const body = url.startsWith('/api/project-stats/units') ? units : url.startsWith('/api/project-stats') ? stats : { items: [], total: 0 };
      return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
    });
    vi.stubGlobal('fetch', fetch);
    render(
      <QueryClientProvider client={new QueryClient()}>
        <MemoryRouter initialEntries={['/project-stats?divisionCode=530326000000']}>
          <App>
            <Routes>
              <Route path="/project-stats" element={<ProjectStatsPage />} />
            </Routes>
          </App>
        </MemoryRouter>
      </QueryClientProvider>,
    );
    const link = await screen.findByRole('link', { name: '娜姑镇' });
    expect(link.getAttribute('href')).toBe('/project-stats?divisionCode=530326102000');
    expect(screen.getByRole('link', { name: '曲靖市' }).getAttribute('href')).toBe('/project-stats?divisionCode=530300000000');
    const calls = fetch.mock.calls.map((call) => String(call[0]));
    expect(calls).toContain('/api/project-stats?divisionCode=530326000000');
    expect(calls).toContain('/api/project-stats/units?divisionCode=530326000000');
    expect(screen.getAllByText('1,200,000.30').length).toBe(4);
    expect(await screen.findByText('曲靖市国土资源局')).toBeTruthy();
    expect(screen.getAllByText('44,908,700.00').length).toBe(3);
    expect(screen.getAllByText('其他（个村民小组）-完成').length).toBeGreaterThan(0);

    fireEvent.click(screen.getByRole('tab', { name: '项目产出' }));
    const panel = await screen.findByRole('tabpanel', { name: '项目产出' });
    expect(within(panel).getAllByText('道路（公里）-完成').length).toBeGreaterThan(0);
    expect(within(panel).getAllByText('50.3').length).toBe(4);

    fireEvent.click(screen.getByRole('tab', { name: '按项目类别' }));
    const categories = await screen.findByRole('tabpanel', { name: '按项目类别' });
    expect(within(categories).getAllByText('道路（元）').length).toBeGreaterThan(0);
  }, 20_000);
});
