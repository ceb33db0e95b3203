import { afterEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import type { LiaisonGroupDetail, LiaisonGroupView } from '../../../contracts/liaison-groups.ts';
import type { TeamView } from '../../../contracts/teams.ts';
import { accountWith, callsOf, renderWithSession, serveApi } from '../../test/harness.tsx';
import { LiaisonGroupListPage } from './pages/liaison-group-list-page.tsx';
import { LiaisonGroupDetailPage } from './pages/liaison-group-detail-page.tsx';
import { LiaisonGroupForm } from './components/liaison-group-form.tsx';

const county = (abilities: string[]) => accountWith(abilities, { username: 'huize-org', displayName: '会泽县委组织部', role: 'county_org', divisionCode: '530326000000', divisionName: '会泽县' });
const T1 = '0f9a6c1e-2b3d-4c5e-8f70-112233445566';
const C1 = '2c3d4e5f-6a7b-4c8d-9e0f-112233445566';
const C2 = '3d4e5f6a-7b8c-4d9e-8f0a-112233445566';
const M1 = '4e5f6a7b-8c9d-4e0f-9a1b-112233445566';

const working: LiaisonGroupView = {
  id: 'g1',
  divisionCode: '530326100000',
  regionName: '娜姑镇',
  kind: 'working_group',
  name: '娜姑片区联络小组',
  platform: null,
  establishedOn: '2026-10-12',
  dissolvedOn: null,
  memberCount: 3,
  leaderTeamName: '驻拖车村工作队',
  createdAt: '2026-10-12T08:00:00.000Z',
};
const chat: LiaisonGroupView = { ...working, id: 'g2', kind: 'chat_group', name: '娜姑片区工作交流群', platform: 'wechat', dissolvedOn: '2026-11-01', memberCount: 2, leaderTeamName: null };
const detail: LiaisonGroupDetail = {
  ...working,
  purpose: '协调片区产业项目',
  meeting: { id: M1, title: '驻村第一书记座谈会', heldOn: '2026-10-12' },
  members: [{ teamId: T1, teamName: '驻拖车村工作队', divisionCode: '530326102204', villageName: '拖车村', role: 'leader', contactCadreId: C1, contactName: '王队长' }],
  abilities: { update: true, delete: false },
};
const team = {
  id: T1,
  members: [
    { id: 'tm1', cadreId: C1, role: 'leader', joinedOn: '2025-01-01', leftOn: null, unitName: null, cadre: { id: C1, name: '王队长', gender: 'male', unitId: 'u', partyStatus: 'member', idNumber: '5303**********1234' } },
    { id: 'tm2', cadreId: C2, role: 'member', joinedOn: '2025-01-01', leftOn: '2025-06-30', unitName: null, cadre: { id: C2, name: '已离队队员', gender: 'male', unitId: 'u', partyStatus: 'member', idNumber: '5303**********5678' } },
  ],
} as unknown as TeamView;

afterEach(() => vi.unstubAllGlobals());

describe('liaison group pages', { timeout: 20_000 }, () => {
  test('the list shows each group with its status and asks with the filters of the address', async () => {
    const fetchMock = serveApi({ 'GET /api/liaison-groups': { body: { items: [working, chat], total: 2 } } });
    renderWithSession(county(['liaison_groups.read', 'liaison_groups.write']), <LiaisonGroupListPage />, '/liaison-groups?kind=chat_group&active=true&q=娜姑');
    expect(await screen.findByText('娜姑片区联络小组', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('娜姑片区工作交流群').closest('a')?.getAttribute('href')).toBe('/liaison-groups/g2');
    expect(screen.getAllByText('已撤销').length).toBeGreaterThan(0);
    expect(screen.getAllByText('存续').length).toBeGreaterThan(0);
    const url = decodeURIComponent(fetchMock.mock.calls.map(([u]) => String(u)).find((u) => u.startsWith('/api/liaison-groups?')) ?? '');
    expect(url).toContain('kind=chat_group');
    expect(url).toContain('active=true');
    expect(url).toContain('q=娜姑');
    expect(screen.getByTestId('liaison-new')).toBeTruthy();
  });

  test('the detail shows the members with their contact by name and links the meeting', async () => {
    serveApi({ 'GET /api/liaison-groups/g1': { body: detail } });
    renderWithSession(
      county(['liaison_groups.read', 'liaison_groups.write']),
      <Routes>
        <Route path="/liaison-groups/:id" element={<LiaisonGroupDetailPage />} />
      </Routes>,
      '/liaison-groups/g1',
    );
    expect(await screen.findByText('王队长', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('组长单位')).toBeTruthy();
    expect(screen.getByText('拖车村')).toBeTruthy();
    expect(screen.getByText('存续')).toBeTruthy();
    expect(screen.getByTestId('liaison-meeting').getAttribute('href')).toBe(`/meetings/${M1}`);
    expect(screen.getByTestId('liaison-edit')).toBeTruthy();
    expect(screen.queryByTestId('liaison-delete')).toBeNull();
  });

  test('a chat group cannot be saved without its platform; a working group is not asked for one', async () => {
    const fetchMock = serveApi({ 'GET /api/meetings': { body: { items: [], total: 0 } } });
    renderWithSession(county(['liaison_groups.read', 'liaison_groups.write']), <LiaisonGroupForm onSaved={() => undefined} onCancel={() => undefined} />);
    expect(screen.queryByTestId('liaison-platform')).toBeNull();
    fireEvent.mouseDown(within(screen.getByTestId('liaison-kind')).getByRole('combobox'));
    fireEvent.click(await screen.findByTitle('联络交流群'));
    expect(await screen.findByTestId('liaison-platform')).toBeTruthy();
    fireEvent.change(screen.getByTestId('liaison-name'), { target: { value: '娜姑片区工作交流群' } });
    fireEvent.click(screen.getByTestId('liaison-save'));
    await waitFor(() => expect(screen.getByText('联络交流群请选择所在平台')).toBeTruthy(), { timeout: 5000 });
    expect(callsOf(fetchMock, 'POST')).toHaveLength(0);
  });

  test('the contact is chosen among the team’s members in post, and the server’s refusal shows on that row', async () => {
    const fetchMock = serveApi({
      'GET /api/meetings': { body: { items: [], total: 0 } },
      'GET /api/teams': { body: { items: [], total: 0 } },
      [`GET /api/teams/${T1}`]: { body: team },
      'PUT /api/liaison-groups/g1': {
        status: 400,
        body: { code: 'LIAISON_GROUP_INVALID', message: '联络小组信息有误，请按提示修改', fields: [{ path: 'members.0.contactCadreId', message: '联络人须为该工作队的在岗队员' }] },
      },
    });
    renderWithSession(county(['liaison_groups.read', 'liaison_groups.write']), <LiaisonGroupForm group={detail} onSaved={() => undefined} onCancel={() => undefined} />);
    const row = screen.getByTestId('liaison-member-0');
    fireEvent.mouseDown(within(row).getByRole('combobox', { name: '联络人' }));
    await waitFor(() => expect(fetchMock.mock.calls.some(([url]) => String(url) === `/api/teams/${T1}`)).toBe(true), { timeout: 5000 });
    const option = (name: string) => document.querySelector(`.ant-select-item-option[title="${name}"]`);
    await waitFor(() => expect(option('王队长')).toBeTruthy());
    expect(option('已离队队员')).toBeNull();
    fireEvent.click(screen.getByTestId('liaison-save'));
    const error = await screen.findByText('联络人须为该工作队的在岗队员', {}, { timeout: 5000 });
    expect(row.contains(error)).toBe(true);
    const sent = JSON.parse(String((callsOf(fetchMock, 'PUT')[0]![1] as RequestInit).body)) as Record<string, unknown>;
    expect(sent).toMatchObject({ kind: 'working_group', platform: null, meetingId: M1, members: [{ teamId: T1, role: 'leader', contactCadreId: C1 }] });
  });
});
