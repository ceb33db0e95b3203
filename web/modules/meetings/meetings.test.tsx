import { afterEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import type { MeetingDetail, MeetingView } from '../../../contracts/meetings.ts';
import { accountWith, callsOf, renderWithSession, serveApi } from '../../test/harness.tsx';
import { MeetingListPage } from './pages/meeting-list-page.tsx';
import { MeetingDetailPage } from './pages/meeting-detail-page.tsx';
import { MeetingForm } from './components/meeting-form.tsx';

const county = (abilities: string[]) => accountWith(abilities, { username: 'huize-org', displayName: '会泽县委组织部', role: 'county_org', divisionCode: '530326000000', divisionName: '会泽县' });

const T1 = '0f9a6c1e-2b3d-4c5e-8f70-112233445566';
const T2 = '1a2b3c4d-5e6f-4a8b-9c0d-aabbccddeeff';

const row: MeetingView = {
  id: 'm1',
  divisionCode: '530326000000',
  regionName: '会泽县',
  kind: 'symposium',
  title: '驻村第一书记座谈会',
  heldOn: '2026-10-12',
  place: '县委党校',
  host: '张部长',
  teamCount: 2,
  attendeeCount: 35,
  outcomeCount: 3,
  createdAt: '2026-10-12T08:00:00.000Z',
};
const detail: MeetingDetail = {
  ...row,
  organizer: '县委组织部',
  agenda: ['通报第三季度工作', '交流产业发展经验'],
  summary: '会议听取了各工作队的汇报。',
  outcomes: [
    { kind: 'decision', text: '成立娜姑片区联络小组' },
    { kind: 'suggestion', text: '增加产业资金投入' },
    { kind: 'decision', text: '每季度召开一次推进会' },
  ],
  teams: [
    { teamId: T1, teamName: '驻拖车村工作队', divisionCode: '530326102204', villageName: '拖车村' },
    { teamId: T2, teamName: '驻娜姑村工作队', divisionCode: '530326102201', villageName: '娜姑村' },
  ],
  groups: [{ id: 'g1', name: '娜姑片区联络小组' }],
  createdByName: '王干事',
  abilities: { update: true, delete: true },
};
const listUrl = (fetchMock: ReturnType<typeof serveApi>) => fetchMock.mock.calls.map(([url]) => String(url)).find((url) => url.startsWith('/api/meetings?'));

afterEach(() => vi.unstubAllGlobals());

describe('meeting pages', { timeout: 20_000 }, () => {
  test('the list shows the meetings and asks with the filters of the address', async () => {
    const fetchMock = serveApi({ 'GET /api/meetings': { body: { items: [row], total: 1 } } });
    renderWithSession(county(['meetings.read', 'meetings.write']), <MeetingListPage />, '/meetings?kind=symposium&from=2026-10-01&to=2026-10-31&q=座谈');
    expect(await screen.findByText('驻村第一书记座谈会', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getAllByText('座谈会').length).toBeGreaterThan(0);
    const url = decodeURIComponent(listUrl(fetchMock) ?? '');
    expect(url).toContain('kind=symposium');
    expect(url).toContain('from=2026-10-01');
    expect(url).toContain('to=2026-10-31');
    expect(url).toContain('q=座谈');
    expect(url).toContain('sort=heldOn');
    expect(screen.getByTestId('meeting-new')).toBeTruthy();
  });

  test('a reader without the write ability gets no record button', async () => {
    serveApi({ 'GET /api/meetings': { body: { items: [row], total: 1 } } });
    renderWithSession(county(['meetings.read']), <MeetingListPage />, '/meetings');
    expect(await screen.findByText('驻村第一书记座谈会', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.queryByTestId('meeting-new')).toBeNull();
  });

  test('the detail numbers the agenda, groups the outcomes by kind and links the groups it set up', async () => {
    serveApi({ 'GET /api/meetings/m1': { body: { ...detail, abilities: { update: false, delete: false } } } });
    renderWithSession(
      county(['meetings.read']),
      <Routes>
        <Route path="/meetings/:id" element={<MeetingDetailPage />} />
      </Routes>,
      '/meetings/m1',
    );
    const agenda = await screen.findByTestId('meeting-agenda', {}, { timeout: 5000 });
    expect(agenda.tagName).toBe('OL');
    expect(within(agenda).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['通报第三季度工作', '交流产业发展经验']);
    const decisions = screen.getByTestId('meeting-outcomes-decision');
    expect(within(decisions).getByText('议定事项')).toBeTruthy();
    expect(within(decisions).getAllByRole('listitem')).toHaveLength(2);
    expect(within(screen.getByTestId('meeting-outcomes-suggestion')).getByText('增加产业资金投入')).toBeTruthy();
    expect(screen.queryByTestId('meeting-outcomes-experience')).toBeNull();
    expect(screen.getByText('驻娜姑村工作队')).toBeTruthy();
    expect(screen.getByText('拖车村')).toBeTruthy();
    expect(screen.getByText('娜姑片区联络小组').closest('a')?.getAttribute('href')).toBe('/liaison-groups/g1');
    expect(screen.queryByTestId('meeting-edit')).toBeNull();
    expect(screen.queryByTestId('meeting-delete')).toBeNull();
  });

  test('deleting asks first, then sends the delete', async () => {
    const fetchMock = serveApi({ 'GET /api/meetings/m1': { body: detail }, 'DELETE /api/meetings/m1': { body: null } });
    renderWithSession(
      county(['meetings.read', 'meetings.write']),
      <Routes>
        <Route path="/meetings/:id" element={<MeetingDetailPage />} />
        <Route path="/meetings" element={<div>list</div>} />
      </Routes>,
      '/meetings/m1',
    );
    fireEvent.click(await screen.findByTestId('meeting-delete', {}, { timeout: 5000 }));
    expect(callsOf(fetchMock, 'DELETE')).toHaveLength(0);
    fireEvent.click(await screen.findByText('确定删除该会议记录？').then(() => screen.getByRole('button', { name: /OK|确\s*定/ })));
    await waitFor(() => expect(callsOf(fetchMock, 'DELETE')).toHaveLength(1));
  });

  test('the server’s field errors show beside the fields they name, a refused team on the teams field', async () => {
    const fetchMock = serveApi({
      'GET /api/teams': { body: { items: [], total: 0 } },
      'PUT /api/meetings/m1': {
        status: 400,
        body: {
          code: 'MEETING_INVALID',
          message: '会议记录有误，请按提示修改',
          fields: [
            { path: 'title', message: '本县已有同名会议' },
            { path: 'teamIds.1', message: '该工作队不在会议所属区域内' },
          ],
        },
      },
    });
    renderWithSession(county(['meetings.read', 'meetings.write']), <MeetingForm meeting={detail} onSaved={() => undefined} onCancel={() => undefined} />);
    fireEvent.click(screen.getByTestId('meeting-save'));
    const titleError = await screen.findByText('本县已有同名会议', {}, { timeout: 5000 });
    expect(titleError.closest('.ant-form-item')?.querySelector('[data-testid="meeting-title"]')).toBeTruthy();
    const teamError = screen.getByText('第 2 支工作队：该工作队不在会议所属区域内');
    expect(within(teamError.closest('.ant-form-item') as HTMLElement).getByText('驻娜姑村工作队 · 娜姑村')).toBeTruthy();
    const sent = JSON.parse(String((callsOf(fetchMock, 'PUT')[0]![1] as RequestInit).body)) as Record<string, unknown>;
    expect(sent).toMatchObject({ kind: 'symposium', heldOn: '2026-10-12', teamIds: [T1, T2], agenda: detail.agenda, outcomes: detail.outcomes, attendeeCount: 35 });
  });

  test('the form asks for the kind and a text for each outcome before sending', async () => {
    const fetchMock = serveApi({ 'GET /api/teams': { body: { items: [], total: 0 } } });
    renderWithSession(county(['meetings.read', 'meetings.write']), <MeetingForm onSaved={() => undefined} onCancel={() => undefined} />);
    fireEvent.click(screen.getByText('添加成果'));
    fireEvent.click(screen.getByText('添加议题'));
    fireEvent.click(screen.getByTestId('meeting-save'));
    await waitFor(() => expect(screen.getByText('请选择会议类别')).toBeTruthy(), { timeout: 5000 });
    expect(screen.getByText('请填写会议名称')).toBeTruthy();
    expect(screen.getByText('请选择成果类别')).toBeTruthy();
    expect(screen.getByText('请填写内容')).toBeTruthy();
    expect(screen.getByText('请填写议题')).toBeTruthy();
    expect(callsOf(fetchMock, 'POST')).toHaveLength(0);
  });
});
