import { afterEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import type { AssessmentView, ChainView, StatisticsView } from '../../../../contracts/campaign-analysis.ts';
import { accountWith, callsOf, renderWithSession, serveApi } from '../../../test/harness.tsx';
import { CampaignStatisticsPage } from './pages/campaign-statistics-page.tsx';
import { CampaignAssessmentPage } from './pages/campaign-assessment-page.tsx';
import { CampaignChainPage } from './pages/campaign-chain-page.tsx';
import { FormulaDialog } from './components/formula-dialog.tsx';

const me = (abilities: string[]) => accountWith(abilities, { username: 'gwc-admin', displayName: '省直机关工委', role: 'campaign_admin', divisionCode: '520000000000', divisionName: '贵州省' });

const seedFigures = {
  branchesPaired: 1263,
  villagesPaired: 1120,
  secretaries: 1263,
  households: 2152,
  leadingCadres: 1046,
  professionalPersonTimes: 3719,
  memberPersonTimes: 9700,
  problemsSolved: 2725,
  policyItems: 3457,
  technicalServices: 5987,
  ideas: 2563,
  projects: 1927,
  funds: '193000000.00',
};

const statistics: StatisticsView = {
  groupBy: 'unit',
  totals: seedFigures,
  rows: [
    { key: 'u1', label: '省民宗委', drillable: true, figures: { ...seedFigures, problemsSolved: 1500 } },
    { key: 'u2', label: '省环保厅', drillable: true, figures: { ...seedFigures, problemsSolved: 1225 } },
  ],
};

const assessment: AssessmentView = {
  campaignId: 'c1',
  campaignName: '2016年度省直机关“五千行动”',
  lines: ['branch_village', 'secretary_household'],
  formula: { weights: { branch_village: 2, secretary_household: 1 }, capPercent: 120, fullScore: 100 },
  rows: [
    { unitId: 'u2', unitName: '省环保厅', cells: [{ line: 'branch_village', target: 1, achieved: 1, percent: 100 }, { line: 'secretary_household', target: 2, achieved: 1, percent: 50 }], score: 83.33, rank: 1 },
    { unitId: 'u1', unitName: '省民宗委', cells: [{ line: 'branch_village', target: 2, achieved: 1, percent: 50 }, { line: 'secretary_household', target: 0, achieved: 0, percent: null }], score: 50, rank: 2 },
  ],
};

afterEach(() => vi.unstubAllGlobals());

describe('campaign analysis pages', { timeout: 20_000 }, () => {
  test('the statistics page reads the figures as the report’s sentence and links units to their branches', async () => {
    const fetchMock = serveApi({ 'GET /api/campaigns/c1/statistics': { body: statistics } });
    renderWithSession(
      me(['campaigns.read', 'campaigns.export']),
      <Routes>
        <Route path="/campaigns/:id/statistics" element={<CampaignStatisticsPage />} />
      </Routes>,
      '/campaigns/c1/statistics?groupBy=unit&dateFrom=2016-03-01',
    );
    const sentence = await screen.findByTestId('campaign-figures-sentence', {}, { timeout: 5000 });
    expect(sentence.textContent).toBe(
      '已有 1,263 个机关党支部结对帮扶 1,120 个村，1,263 名机关党支部书记牵头帮扶 2,152 户贫困户，1,046 名领导干部进村蹲点调研，3,719 人次专业技术人员进村帮难解困，9,700 人次党员干部进村服务发展，帮助解决问题 2,725 个，提供政策和信息支持 3,457 条，提供技术服务 5,987 人次，帮助完善发展思路 2,563 条，帮助谋划、引进和生成项目 1,927 个，资金达 1.93亿元。',
    );
    const unit = await screen.findByText('省民宗委');
    const drill = new URLSearchParams(unit.closest('a')!.getAttribute('href')!.split('?')[1]);
    expect([drill.get('groupBy'), drill.get('unitId'), drill.get('dateFrom'), drill.get('label')]).toEqual(['branch', 'u1', '2016-03-01', '省民宗委']);
    // The figures table of the block, both unit rows and the total row.
    expect(screen.getAllByText('193,000,000.00')).toHaveLength(4);
    const url = String(fetchMock.mock.calls.find(([u]) => String(u).startsWith('/api/campaigns/c1/statistics'))![0]);
    expect(url).toContain('groupBy=unit');
    expect(url).toContain('dateFrom=2016-03-01');
  });

  test('the assessment table shows lines, scores and ranks; only the committee gets the formula button', async () => {
    serveApi({ 'GET /api/campaigns/c1/assessment': { body: assessment } });
    const page = (
      <Routes>
        <Route path="/campaigns/:id/assessment" element={<CampaignAssessmentPage />} />
      </Routes>
    );
    const view = renderWithSession(me(['campaigns.read', 'campaigns.assess', 'campaigns.export']), page, '/campaigns/c1/assessment');
    expect(await screen.findByText('83.33', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('省环保厅')).toBeTruthy();
    expect(screen.getByTestId('formula-open')).toBeTruthy();
    view.unmount();
    renderWithSession(me(['campaigns.read']), page, '/campaigns/c1/assessment');
    expect(await screen.findByText('83.33', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.queryByTestId('formula-open')).toBeNull();
  });

  test('the formula dialog checks its fields in Chinese before sending, then sends the formula', async () => {
    const fetchMock = serveApi({ 'PUT /api/campaigns/c1/assessment/formula': { body: assessment } });
    const onClose = vi.fn();
    renderWithSession(me(['campaigns.read', 'campaigns.assess']), <FormulaDialog campaignId="c1" view={assessment} open onClose={onClose} />);
    fireEvent.change(await screen.findByTestId('formula-weight-branch_village', {}, { timeout: 5000 }), { target: { value: '0' } });
    fireEvent.change(screen.getByTestId('formula-weight-secretary_household'), { target: { value: '0' } });
    fireEvent.change(screen.getByTestId('formula-cap'), { target: { value: '300' } });
    fireEvent.change(screen.getByTestId('formula-full-score'), { target: { value: '0' } });
    fireEvent.click(screen.getByText('保 存'));
    await waitFor(() => expect(screen.getByText('至少一项帮扶类型的权重应大于 0')).toBeTruthy(), { timeout: 5000 });
    expect(screen.getByText('完成率上限不超过 200%')).toBeTruthy();
    expect(screen.getByText('满分应大于 0')).toBeTruthy();
    expect(callsOf(fetchMock, 'PUT')).toHaveLength(0);

    fireEvent.change(screen.getByTestId('formula-weight-secretary_household'), { target: { value: '3' } });
    fireEvent.change(screen.getByTestId('formula-cap'), { target: { value: '150' } });
    fireEvent.change(screen.getByTestId('formula-full-score'), { target: { value: '10' } });
    fireEvent.click(screen.getByText('保 存'));
    await waitFor(() => expect(callsOf(fetchMock, 'PUT')).toHaveLength(1), { timeout: 5000 });
    expect(JSON.parse(String((callsOf(fetchMock, 'PUT')[0]![1] as RequestInit).body))).toEqual({ weights: { branch_village: 0, secretary_household: 3 }, capPercent: 150, fullScore: 10 });
    await waitFor(() => expect(onClose).toHaveBeenCalled(), { timeout: 5000 });
  });

  test('the chain shows the unit’s organizations top down with their members', async () => {
    const none = { ...seedFigures, branchesPaired: 0, villagesPaired: 0, secretaries: 0, households: 0, leadingCadres: 0, professionalPersonTimes: 0, memberPersonTimes: 0, problemsSolved: 0, policyItems: 0, technicalServices: 0, ideas: 0, projects: 0, funds: '0.00' };
    const chain: ChainView = {
      unitId: 'u1',
      unitName: '省民宗委',
      targets: [{ line: 'branch_village', target: 2, achieved: 1 }],
      totals: { ...none, villagesPaired: 1 },
      orgs: [
        { id: 'o1', name: '省民宗委党组', kind: 'committee', figures: { ...none, leadingCadres: 1 }, people: [{ personName: '陈局长', personTimes: 2, entries: 2 }], children: [] },
        {
          id: 'o2',
          name: '省民宗委机关党委',
          kind: 'committee',
          figures: none,
          people: [],
          children: [{ id: 'o3', name: '省民宗委第一党支部', kind: 'branch', figures: { ...none, villagesPaired: 1 }, people: [{ personName: '张一', personTimes: 4, entries: 4 }], children: [] }],
        },
      ],
    };
    serveApi({ 'GET /api/campaigns/c1/chain': { body: chain } });
    renderWithSession(
      me(['campaigns.read']),
      <Routes>
        <Route path="/campaigns/:id/chain/:unitId" element={<CampaignChainPage />} />
      </Routes>,
      '/campaigns/c1/chain/u1',
    );
    expect(await screen.findByText('省民宗委第一党支部', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('省民宗委党组')).toBeTruthy();
    expect(screen.getByText('张一（4 人次）')).toBeTruthy();
    expect(screen.getByText('陈局长（2 人次）')).toBeTruthy();
    expect(screen.getByText('1 / 2')).toBeTruthy();
  });
});
