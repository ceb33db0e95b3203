import { afterEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import type { CampaignView } from '../../../contracts/campaigns.ts';
import { accountWith, renderWithSession, serveApi } from '../../test/harness.tsx';
import { CampaignDetailPage } from './pages/campaign-detail-page.tsx';

const me = (abilities: string[]) => accountWith(abilities, { username: 'gongwei', displayName: '机关工委', role: 'campaign_admin', divisionCode: '530000000000', divisionName: '云南省' });

const campaign: CampaignView = {
  id: 'c1',
  name: '2025年“五千行动”',
  year: 2025,
  divisionCode: '530000000000',
  divisionName: '云南省',
  status: 'draft',
  lines: ['branch_village', 'member_service'],
  startsOn: '2025-01-01',
  endsOn: '2025-12-31',
  description: null,
  formula: { weights: { branch_village: 50, member_service: 50 }, capPercent: 100, fullScore: 100 },
  abilities: { manage: true, createTask: true, record: false },
};

afterEach(() => vi.unstubAllGlobals());

const page = (
  <Routes>
    <Route path="/campaigns/:id" element={<CampaignDetailPage />} />
    <Route path="/campaigns/:id/plan" element={<CampaignDetailPage />} />
  </Routes>
);

describe('campaign detail', { timeout: 20_000 }, () => {
  test('the overview leads on to statistics and assessment, and the committee may start the campaign', async () => {
    serveApi({ 'GET /api/campaigns/c1': { body: campaign } });
    renderWithSession(me(['campaigns.read', 'campaigns.manage']), page, '/campaigns/c1');
    expect(await screen.findByText('2025年“五千行动”', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('千个支部结对帮千村：权重 50')).toBeTruthy();
    expect(screen.getByText('统计分析').closest('a')?.getAttribute('href')).toBe('/campaigns/c1/statistics');
    expect(screen.getByText('考核评分').closest('a')?.getAttribute('href')).toBe('/campaigns/c1/assessment');
    expect(screen.getByTestId('campaign-start')).toBeTruthy();
  });

  test('the plan tab lists each unit’s targets per line, editable by the committee', async () => {
    serveApi({
      'GET /api/campaigns/c1': { body: campaign },
      'GET /api/campaigns/c1/targets': { body: { total: 1, items: [{ unitId: 'u1', unitName: '云南省财政厅', targets: { branch_village: 3 }, note: null }] } },
    });
    renderWithSession(me(['campaigns.read', 'campaigns.manage']), page, '/campaigns/c1');
    fireEvent.click(await screen.findByText('任务分配方案', {}, { timeout: 5000 }));
    const unit = await screen.findByText('云南省财政厅', {}, { timeout: 5000 });
    expect(unit.closest('a')?.getAttribute('href')).toBe('/campaigns/c1/chain/u1');
    expect(screen.getByText('3')).toBeTruthy();
    expect(screen.getByText('—')).toBeTruthy();
    expect(screen.getByTestId('plan-add')).toBeTruthy();
  });
});
