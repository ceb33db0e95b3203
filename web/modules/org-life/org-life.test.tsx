import { afterEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { OrgLifeList, OrgLifeView, SixOnesSummary, SixOnesView } from '../../../contracts/org-life.ts';
import { OrgLifeListPage } from './pages/org-life-list-page.tsx';
import { OrgLifeForm } from './components/org-life-form.tsx';
import { SixOnesPage } from './pages/six-ones-page.tsx';
import { defaultPeriod } from './components/reports-tab.tsx';
import { accountWith, callsOf, renderWithSession, serveApi } from '../../test/harness.tsx';
import dayjs from 'dayjs';

const village = '530326102204';
const me = (abilities: string[]) => accountWith(abilities, { username: 'yang', displayName: '杨树鸿', role: 'branch_secretary', divisionCode: village, divisionName: '拖车村' });

const summary: SixOnesSummary = {
  year: 2026,
  items: [{ partyOrgId: 'o1', partyOrgName: '苍溪县应急管理局驻村工作队临时党支部', divisionCode: village, status: 'active', ledByMe: true, okItems: 4, percent: 90 }],
};
const six: SixOnesView = {
  partyOrgId: 'o1',
  partyOrgName: '苍溪县应急管理局驻村工作队临时党支部',
  year: 2026,
  from: '2025-01-01',
  to: null,
  items: [
    { item: 'weekly_study', required: 48, done: 47, percent: 98, ok: false, missing: ['2026-W12'] },
    { item: 'monthly_theme_day', required: 11, done: 11, percent: 100, ok: true, missing: [] },
    { item: 'monthly_volunteer_labour', required: 11, done: 10, percent: 91, ok: false, missing: ['2026-03'] },
    { item: 'garden_per_member', required: 4, done: 4, percent: 100, ok: true, missing: [] },
    { item: 'household_per_cadre', required: 5, done: 4, percent: 80, ok: false, missing: ['赵建军'] },
    { item: 'annual_special_meeting', required: 1, done: 1, percent: 100, ok: true, missing: [] },
  ],
  abilities: { write: true, configure: false, issue: true },
};

afterEach(() => vi.unstubAllGlobals());

describe('org-life pages', { timeout: 20_000 }, () => {
  test('the six-ones page defaults to the led branch and shows each item with what is missing', async () => {
    const fetchMock = serveApi({ 'GET /api/six-ones': { body: summary }, 'GET /api/six-ones/o1/reports': { body: { items: [] } } });
    fetchMock.mockImplementation(async (url: string) => {
      const body = String(url).includes('partyOrgId=o1') ? six : summary;
      return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
    });
    renderWithSession(me(['org_life.read', 'org_life.write']), <SixOnesPage />, '/six-ones');
    expect(await screen.findByTestId('six-ones-monthly_theme_day-done', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('每月1次主题党日活动')).toBeTruthy();
    expect(screen.getByTestId('six-ones-monthly_theme_day-done').textContent).toBe('11/11');
    expect(screen.getByText('未完成：赵建军')).toBeTruthy();
    expect(screen.getByText('记录组织生活')).toBeTruthy();
    expect(screen.queryByTestId('frequencies-open')).toBeNull();
  });

  test('the form asks for the kind and the topic, and a reason for each absentee, before sending', async () => {
    const fetchMock = serveApi({ 'GET /api/org-life/members/o1': { body: { items: [{ cadreId: 'c1', name: '梁仕勇', role: 'member', kind: 'temporary' }] } } });
    renderWithSession(me(['org_life.read', 'org_life.write']), <OrgLifeForm branches={[{ value: 'o1', label: '临时党支部' }]} partyOrgId="o1" onSaved={() => undefined} onCancel={() => undefined} />);
    fireEvent.click(screen.getByText('添加缺席人员'));
    fireEvent.click(screen.getByTestId('org-life-submit'));
    await waitFor(() => expect(screen.getByText('请选择活动类型')).toBeTruthy(), { timeout: 5000 });
    expect(screen.getByText('请填写主题')).toBeTruthy();
    expect(screen.getByText('请填写缺席原因')).toBeTruthy();
    expect(screen.getByLabelText('活动日期')).toBeTruthy();
    expect(callsOf(fetchMock, 'POST')).toHaveLength(0);
  });

  test('the list shows the meetings with their kind, tasks and attendance, filtered from the URL', async () => {
    const list: OrgLifeList = {
      total: 1,
      items: [
        { id: 'r1', partyOrgId: 'o1', partyOrgName: '临时党支部', divisionCode: village, kind: 'theme_day', heldOn: '2026-11-06', topic: '重温入党誓词', place: '英明村', tasks: ['policy_publicity'], attendeeCount: 3, absenteeCount: 1, createdAt: '2026-11-06T02:00:00.000Z' },
      ],
    };
    const one: OrgLifeView = {
      ...list.items[0]!,
      content: '全体党员重温入党誓词',
      attendees: [{ cadreId: 'c1', name: '杨树鸿' }],
      absentees: [{ cadreId: 'c2', name: '梁仕勇', reason: '入户走访', madeUpOn: '2026-11-08', madeUpNote: '自学' }],
      photos: [],
      abilities: { update: true, delete: true },
    };
    const fetchMock = serveApi({ 'GET /api/org-life': { body: list }, 'GET /api/org-life/r1': { body: one } });
    renderWithSession(me(['org_life.read', 'org_life.export']), <OrgLifeListPage />, '/org-life?kind=theme_day');
    expect(await screen.findByText('重温入党誓词', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getAllByText('主题党日').length).toBeGreaterThan(0);
    expect(screen.getByText('3/1')).toBeTruthy();
    expect(screen.queryByTestId('org-life-new')).toBeNull();
    fireEvent.click(screen.getByText('重温入党誓词'));
    expect(await screen.findByText('梁仕勇：入户走访（2026-11-08 已补学：自学）', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('未上传照片')).toBeTruthy();
    expect(screen.getByTestId('org-life-delete')).toBeTruthy();
    fireEvent.click(screen.getByTestId('org-life-edit'));
    expect(((await screen.findByTestId('org-life-topic', {}, { timeout: 5000 })) as HTMLInputElement).value).toBe('重温入党誓词');
    expect(fetchMock.mock.calls.map(([url]) => String(url)).find((url) => url.startsWith('/api/org-life'))).toContain('kind=theme_day');
  });

  test('a configurer sees the frequencies button on the six-ones page', async () => {
    const fetchMock = serveApi({});
    fetchMock.mockImplementation(async (url: string) => {
      const body = String(url).includes('/reports') ? { items: [] } : String(url).includes('partyOrgId=o1') ? { ...six, abilities: { write: false, configure: true, issue: false } } : summary;
      return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
    });
    renderWithSession(me(['org_life.read', 'org_life.configure']), <SixOnesPage />, '/six-ones');
    expect(await screen.findByTestId('frequencies-open', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.queryByText('记录组织生活')).toBeNull();
  });

  test('the report period defaults to last week or last month', () => {
    expect(defaultPeriod('weekly_notice', dayjs('2026-01-05'))).toBe('2026-W01');
    expect(defaultPeriod('monthly_report', dayjs('2026-01-05'))).toBe('2025-12');
  });
});
