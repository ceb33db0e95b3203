import { afterEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import type { VillageClassView, VillagePage } from '../../../contracts/village-classes.ts';
import { accountWith, callsOf, renderWithSession, serveApi } from '../../test/harness.tsx';
import { ClassForm } from './components/class-form.tsx';
import { ClassListPage } from './pages/class-list-page.tsx';
import { VillagePage as VillagePageView } from './pages/village-page.tsx';

const meWith = (abilities: string[]) =>
  accountWith(abilities, { username: 'huize-org', displayName: '会泽县委组织部', role: 'county_org', divisionCode: '530326000000', divisionName: '会泽县' });

const classView: VillageClassView = {
  id: 'c1',
  divisionCode: '530326102204',
  villageName: '拖车村村民委员会',
  path: '云南省/曲靖市/会泽县/娜姑镇/拖车村村民委员会',
  year: 2026,
  classCode: 'organization',
  otherFactors: ['infrastructure'],
  reason: '村无固定活动场所',
  supportPlan: '新建村级党群服务中心',
  backingUnits: [{ id: 'u1', name: '曲靖市中级人民法院' }],
  decidedByName: '会泽县委组织部',
  createdAt: '2026-03-01T02:00:00.000Z',
  updatedAt: '2026-03-01T02:00:00.000Z',
  abilities: { update: true, delete: true },
};
const summary = { divisionCode: null, year: 2026, total: 1, classes: [{ classCode: 'organization', count: 1 }] };

afterEach(() => vi.unstubAllGlobals());

describe('village classes pages', () => {
  test('the list shows each class with a link to the village and the count per class', async () => {
    serveApi({ 'GET /api/village-classes': { body: { items: [classView], total: 1 } }, 'GET /api/village-classes/summary': { body: summary } });
    renderWithSession(meWith(['village_classes.read', 'village_classes.write', 'village_classes.export']), <ClassListPage />, '/village-classes');
    const link = await screen.findByText('拖车村村民委员会', {}, { timeout: 5000 });
    expect(link.closest('a')?.getAttribute('href')).toBe('/villages/530326102204');
    expect(screen.getAllByText('基层组织软弱涣散型').length).toBeGreaterThan(0);
    expect(await screen.findByText('2026 年各类村数（共 1 个）')).toBeTruthy();
    expect(screen.getByTestId('class-new')).toBeTruthy();
  });

  test('the form says next to each field what is missing, in Chinese, and sends nothing', async () => {
    const fetchMock = serveApi({});
    renderWithSession(meWith(['village_classes.read', 'village_classes.write']), <ClassForm year={2026} divisionCode="530326102204" onSaved={() => undefined} onCancel={() => undefined} />);
    fireEvent.click(screen.getByTestId('class-submit'));
    expect(await screen.findByText('请选择村分类', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('请填写分类理由')).toBeTruthy();
    expect(screen.getByText('请填写帮扶措施')).toBeTruthy();
    expect(callsOf(fetchMock, 'POST')).toHaveLength(0);
  });

  test('the village page shows the profile, the class history and the teams', async () => {
    const page: VillagePage = {
      code: '530326102204',
      name: '拖车村村民委员会',
      path: classView.path!,
      profile: {
        population: 3412,
        households: 846,
        poorHouseholds: 198,
        collectiveIncome: '40000.00',
        mainIndustries: ['蔬菜'],
        infrastructureGaps: ['无村级活动场所'],
        latitude: null,
        longitude: null,
        note: null,
        updatedAt: null,
      },
      currentYear: 2026,
      classes: [classView],
      teams: [{ id: 't1', name: '拖车村驻村工作队', termStart: '2024-03-01', termEnd: null, units: [{ id: 'u1', name: '曲靖市中级人民法院', isLead: true }], members: [{ name: '张队长', role: 'leader_first_secretary', joinedOn: '2024-03-01' }] }],
      counts: { households: 12, projects: 2 },
      abilities: { editProfile: true, classify: true },
    };
    serveApi({ 'GET /api/villages/530326102204/profile': { body: page } });
    renderWithSession(
      meWith(['village_classes.read', 'village_classes.write']),
      <Routes>
        <Route path="/villages/:code" element={<VillagePageView />} />
      </Routes>,
      '/villages/530326102204',
    );
    expect(await screen.findByText('拖车村驻村工作队', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('3412')).toBeTruthy();
    expect(screen.getByText('修改村情').closest('a')?.getAttribute('href')).toBe('/divisions?code=530326102204');
    expect(screen.getByText(/新建村级党群服务中心/)).toBeTruthy();
    expect(screen.queryByTestId('village-classify')).toBeNull();
  });
});
