import { afterEach, describe, expect, test, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { App } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router';
import type { CadreTrainingView, MaterialList } from '../../../../contracts/trainings.ts';
import { meQueryKey, SessionProvider, type Me } from '../../../platform/session.tsx';
import { CadreTrainingCard, TeamMaterialsCard } from '../index.ts';

const me = (abilities: string[]) =>
  ({
    accountId: 'a',
    username: 'clerk',
    displayName: '会泽县委组织部',
    roles: ['county_org'],
    abilities,
    scope: { divisionCode: '530326000000', divisionCodes: [], divisionName: '会泽县', unitId: null, unitName: null, national: false },
    cadreId: null,
    csrfToken: 'token',
    passwordChangeRequired: false,
    passwordPolicy: { minLength: 10, minClasses: 3, maxAgeDays: 90 },
  }) as unknown as Me;

function answer(body: unknown) {
  vi.stubGlobal('fetch', vi.fn(async () => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } })));
}

function renderWith(abilities: string[], node: React.ReactNode) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(meQueryKey, me(abilities));
  render(
    <QueryClientProvider client={client}>
      <SessionProvider>
        <MemoryRouter>
          <App>{node}</App>
        </MemoryRouter>
      </SessionProvider>
    </QueryClientProvider>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('cards for other pages', () => {
  test("a cadre's card shows this year's and all hours, and marks an absence", async () => {
    const view: CadreTrainingView = {
      cadreId: 'c',
      year: 2026,
      yearHours: 2.5,
      totalHours: 8.5,
      sessions: [
        { id: 's1', level: 'township', stage: 'in_post', topic: '群众工作方法', hours: 2.5, heldOn: '2026-11-13', place: '娜姑镇', attended: true },
        { id: 's2', level: 'rural_office', stage: 'in_post', topic: '扶贫开发政策', hours: 4, heldOn: '2026-11-01', place: null, attended: false },
        { id: 's3', level: 'county_org', stage: 'pre_dispatch', topic: '动员培训', hours: 6, heldOn: '2018-03-15', place: null, attended: true },
      ],
    };
    answer(view);
    renderWith(['trainings.read'], <CadreTrainingCard cadreId="c" />);
    expect(await screen.findByText('群众工作方法')).toBeTruthy();
    expect(screen.getByText('2026 年学时')).toBeTruthy();
    // Statistic draws the integer and the decimals apart.
    expect(screen.getByText('累计学时').closest('.ant-statistic')?.textContent).toContain('8.5');
    expect(screen.getByText('缺课')).toBeTruthy();
    expect(fetch).toHaveBeenCalledWith('/api/trainings/cadres/c', expect.anything());
  });

  test("a team's card totals each kind; the issue button only for a manager", async () => {
    const list: MaterialList = {
      items: [
        { id: 'm1', kind: 'plate', teamId: 't', teamName: '工作队', cadreId: null, cadreName: null, divisionCode: '530326102204', quantity: 1, issuedOn: '2018-03-20', note: null, createdAt: '2018-03-20T00:00:00Z' },
        { id: 'm2', kind: 'card', teamId: 't', teamName: '工作队', cadreId: 'c', cadreName: '张建国', divisionCode: '530326102204', quantity: 1, issuedOn: '2018-03-20', note: null, createdAt: '2018-03-20T00:00:00Z' },
      ],
      total: 2,
      totals: { plate: 1, card: 1, diary: 0, handbook: 0 },
    };
    answer(list);
    renderWith(['trainings.read'], <TeamMaterialsCard teamId="t" />);
    expect(await screen.findByText('张建国')).toBeTruthy();
    expect(screen.getByText('（工作队）')).toBeTruthy();
    expect(screen.getAllByText('民情日记').length).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: /发放物资/ })).toBeNull();
    expect(String(vi.mocked(fetch).mock.calls[0]![0])).toContain('teamId=t');
  });

  test('a manager may issue from the team card', async () => {
    answer({ items: [], total: 0, totals: { plate: 0, card: 0, diary: 0, handbook: 0 } });
    renderWith(['trainings.read', 'trainings.manage'], <TeamMaterialsCard teamId="t" />);
    expect(await screen.findByText('尚未发放物资')).toBeTruthy();
    expect(screen.getByRole('button', { name: /发放物资/ })).toBeTruthy();
  });
});
