import { afterEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { Route, Routes } from 'react-router';
import { demandCreateBody, type DemandList, type DemandView } from '../../../contracts/demands.ts';
import type { Me } from '../../platform/session.tsx';
import { toDemandBody } from './components/demand-form.tsx';
import { HouseholdDemandsTab } from './components/household-demands-tab.tsx';
import { DemandDetailPage } from './pages/demand-detail-page.tsx';
import { renderWithSession } from '../../test/harness.tsx';

const householdId = '0b1c4f7e-8a55-4d55-9d3e-2a6f5c1e9b10';
const village = '530326102204';

function meWith(abilities: string[], cadreId: string | null = null): Me {
  return {
    accountId: 'a',
    username: 'tuoche-member',
    displayName: '李队员',
    roles: ['team_member'],
    abilities,
    scope: { divisionCode: village, divisionCodes: [], divisionName: '拖车村', unitId: null, unitName: null, national: false },
    cadreId,
    csrfToken: 'token',
    passwordChangeRequired: false,
    passwordPolicy: { minLength: 10, minClasses: 3, maxAgeDays: 90 },
  } as unknown as Me;
}

const demand: DemandView = {
  id: '5f0d2f43-2c39-4a3e-9f7a-6a3c1c0e2b11',
  divisionCode: village,
  villageName: '拖车村',
  householdId,
  householderName: '杨正华',
  raisedBy: '杨正华',
  raisedOn: '2026-11-02',
  category: 'infrastructure',
  content: '机耕路雨季冲毁，需要修复',
  state: 'assigned',
  assignedCadreId: 'c1',
  assignedCadreName: '李队员',
  assignedOn: '2026-11-03',
  dueOn: '2026-11-10',
  solvedOn: null,
  solution: null,
  closedReason: null,
  daysToSolve: null,
  overdue: true,
  createdAt: '2026-11-02T02:00:00.000Z',
  history: [
    { action: 'raise', actorName: 'tuoche-member', at: '2026-11-02T02:00:00.000Z', cadreName: null, dueOn: null, date: '2026-11-02', text: null },
    { action: 'assign', actorName: 'tuoche-leader', at: '2026-11-03T02:00:00.000Z', cadreName: '李队员', dueOn: '2026-11-10', date: null, text: null },
  ],
  abilities: { assign: false, solve: true, close: false },
};

function serve(routes: Record<string, unknown>) {
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    const key = `${init?.method ?? 'GET'} ${url.split('?')[0]}`;
    if (!(key in routes)) return new Response(JSON.stringify({ code: 'NOT_FOUND', message: key }), { status: 404, headers: { 'content-type': 'application/json' } });
    return new Response(JSON.stringify(routes[key]), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => vi.unstubAllGlobals());

describe('demand form values', () => {
  test('a household decides the village: the village is sent only without one', () => {
    const common = { raisedBy: ' 杨正华 ', raisedOn: dayjs('2026-11-02'), category: 'housing' as const, content: ' 房屋漏雨 ' };
    const withHousehold = toDemandBody({ ...common, householdId, divisionCode: '530326102205' });
    expect(withHousehold).toEqual({ raisedBy: '杨正华', householdId, raisedOn: '2026-11-02', category: 'housing', content: '房屋漏雨' });
    expect(demandCreateBody.safeParse(withHousehold).success).toBe(true);
    expect(toDemandBody({ ...common, divisionCode: village })).toEqual({ raisedBy: '杨正华', divisionCode: village, raisedOn: '2026-11-02', category: 'housing', content: '房屋漏雨' });
  });
});

describe('demand pages', { timeout: 20_000 }, () => {
  test('the household tab lists the family’s demands, overdue flagged, with the raise button for writers', async () => {
    const list: DemandList = { items: [demand], total: 1 };
    const fetchMock = serve({ 'GET /api/demands': list });
    renderWithSession(meWith(['demands.read', 'demands.write']), <HouseholdDemandsTab householdId={householdId} divisionCode={village} />);
    expect(await screen.findByText('机耕路雨季冲毁，需要修复')).toBeTruthy();
    expect(screen.getByText('办理中')).toBeTruthy();
    expect(screen.getByText('逾期')).toBeTruthy();
    expect(screen.getByTestId('household-demand-new')).toBeTruthy();
    expect(String(fetchMock.mock.calls[0]![0])).toContain(`householdId=${householdId}`);
  });

  test('a reader gets no raise button', async () => {
    serve({ 'GET /api/demands': { items: [], total: 0 } });
    renderWithSession(meWith(['demands.read']), <HouseholdDemandsTab householdId={householdId} divisionCode={village} />);
    expect(await screen.findByText('该户没有登记诉求')).toBeTruthy();
    expect(screen.queryByTestId('household-demand-new')).toBeNull();
  });

  test('the detail shows who assigned whom, and solving checks the result in Chinese beside the field', async () => {
    const fetchMock = serve({ [`GET /api/demands/${demand.id}`]: demand });
    renderWithSession(
      meWith(['demands.read', 'demands.write'], 'c1'),
      <Routes>
        <Route path="/demands/:id" element={<DemandDetailPage />} />
      </Routes>,
      `/demands/${demand.id}`,
    );
    const history = await screen.findByTestId('demand-history');
    expect(within(history).getByText('分派承办')).toBeTruthy();
    expect(within(history).getByText(/tuoche-leader/)).toBeTruthy();
    expect(within(history).getByText(/2026-11-10/)).toBeTruthy();
    expect(screen.queryByTestId('demand-assign')).toBeNull();
    expect(screen.queryByTestId('demand-close')).toBeNull();

    fireEvent.click(screen.getByTestId('demand-solve'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getAllByRole('button', { name: /办\s*结/ }).at(-1)!);
    expect(await within(dialog).findByText('办理结果至少 2 个字')).toBeTruthy();
    await waitFor(() => expect(fetchMock.mock.calls.every(([, init]) => (init as RequestInit | undefined)?.method !== 'POST')).toBe(true));
  });
});
