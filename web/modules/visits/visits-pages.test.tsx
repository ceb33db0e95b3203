import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import type { CoverageHouseholdList, CoverageReport, VisitView } from '../../../contracts/visits.ts';
import type { Me } from '../../platform/session.tsx';
import { HouseholdVisitsTab } from './index.ts';
import { VisitCoveragePage } from './pages/visit-coverage-page.tsx';
import { renderWithSession } from '../../test/harness.tsx';

const householdId = '0b1c4f7e-8a55-4d55-9d3e-2a6f5c1e9b10';
const village = '530326102204';

function meWith(roles: string[], abilities: string[], cadreId: string | null): Me {
  return {
    accountId: 'a',
    username: 'tuoche-member',
    displayName: '李队员',
    roles,
    abilities,
    scope: { divisionCode: village, divisionCodes: [], divisionName: '拖车村', unitId: null, unitName: null, national: false },
    cadreId,
    csrfToken: 'token',
    passwordChangeRequired: false,
    passwordPolicy: { minLength: 10, minClasses: 3, maxAgeDays: 90 },
  } as unknown as Me;
}

const visit: VisitView = {
  id: '5f0d2f43-2c39-4a3e-9f7a-6a3c1c0e2b11',
  householdId,
  householdCode: `${village}0001`,
  householderName: '杨正华',
  divisionCode: village,
  villageName: '拖车村',
  cadreId: 'c1',
  cadreName: '李队员',
  visitedOn: '2026-11-20',
  findings: '3 亩重楼长势良好，销路已联系。',
  followUp: '联系农技站',
  followUpDone: null,
  photos: [],
  createdAt: '2026-11-20T02:00:00.000Z',
  updatedAt: '2026-11-20T02:00:00.000Z',
  abilities: { update: false, delete: false },
};

const coverage: CoverageReport = {
  quarter: '2026Q4',
  from: '2026-10-01',
  to: '2026-12-31',
  items: [{ divisionCode: village, villageName: '拖车村', households: 3, visited: 2, share: 0.667 }],
  totals: { households: 3, visited: 2, share: 0.667 },
};

const households: CoverageHouseholdList = {
  quarter: '2026Q4',
  total: 2,
  items: [
    { householdId: 'h2', code: `${village}0002`, householderName: '李树林', divisionCode: village, villageName: '拖车村', status: 'exited', visits: 0, lastVisitedOn: null },
    { householdId, code: `${village}0001`, householderName: '杨正华', divisionCode: village, villageName: '拖车村', status: 'registered', visits: 2, lastVisitedOn: '2026-11-20' },
  ],
};

function respond(url: string): unknown {
  if (url.startsWith('/api/visits/coverage/households')) return households;
  if (url.startsWith('/api/visits/coverage')) return coverage;
  if (url.startsWith('/api/visits')) return { items: [visit], total: 1 };
  return { items: [], total: 0 };
}

// antd's first render in jsdom is slow on a cold cache.
describe('visit pages', { timeout: 30_000 }, () => {
  let fetchMock: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    fetchMock = vi.fn(async (url: string) => new Response(JSON.stringify(respond(url)), { headers: { 'content-type': 'application/json' } }));
    vi.stubGlobal('fetch', fetchMock);
    vi.stubGlobal('ResizeObserver', class { observe() {} unobserve() {} disconnect() {} });
  });
  afterEach(() => vi.unstubAllGlobals());

  test("the household tab lists the household's visits and offers 记录走访 to a writer", async () => {
    renderWithSession(meWith(['team_member'], ['visits.read', 'visits.write'], 'c1'), <HouseholdVisitsTab householdId={householdId} divisionCode={village} />);
    expect(await screen.findByText('3 亩重楼长势良好，销路已联系。')).toBeTruthy();
    expect(screen.getByText('李队员')).toBeTruthy();
    const [url] = fetchMock.mock.calls[0]!;
    expect(String(url)).toContain(`householdId=${householdId}`);
    fireEvent.click(screen.getByRole('button', { name: /记录走访/ }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('照片（可选）')).toBeTruthy();
    // On a household's page the household is fixed and a member records as himself: no pickers.
    expect(within(dialog).queryByText('走访农户')).toBeNull();
    expect(within(dialog).queryByText('走访干部')).toBeNull();
  });

  test('a reader sees the visits but no button to record one', async () => {
    renderWithSession(meWith(['township_party'], ['visits.read'], null), <HouseholdVisitsTab householdId={householdId} divisionCode={village} />);
    expect(await screen.findByText('3 亩重楼长势良好，销路已联系。')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /记录走访/ })).toBeNull();
  });

  test('the coverage page shows each village and, below, the households with the unvisited first', async () => {
    renderWithSession(meWith(['county_org'], ['visits.read'], null), <VisitCoveragePage />, '/visits/coverage?quarter=2026Q4');
    expect(await screen.findByText('合计：2 / 3（66.7%）')).toBeTruthy();
    expect(await screen.findByText('本季未走访')).toBeTruthy();
    expect(screen.getByText('李树林')).toBeTruthy();
    const calls = fetchMock.mock.calls.map(([url]) => String(url));
    expect(calls.some((u) => u.startsWith('/api/visits/coverage?') && u.includes('quarter=2026Q4'))).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: /查看各户/ }));
    expect(await screen.findByText(/拖车村 2026Q4 各户走访情况/)).toBeTruthy();
  });
});
