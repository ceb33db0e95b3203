import { afterEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import type { BreakdownView, EvaluationDetail, ItemScore, MineItem } from '../../../contracts/evaluations.ts';
import { accountWith, callsOf, renderWithSession, serveApi } from '../../test/harness.tsx';
import { EvaluationPage } from './pages/evaluation-page.tsx';
import { MyEvaluationsPage } from './pages/my-evaluations-page.tsx';

const county = (abilities: string[]) =>
  accountWith(abilities, { username: 'huize-org', displayName: '会泽县委组织部', role: 'county_org', divisionCode: '530326000000', divisionName: '会泽县' });

const presence: ItemScore = {
  key: 'presence_days',
  label: '在村天数',
  method: 'presence_days',
  maxScore: 20,
  source: 'computed',
  score: 10,
  computedScore: 10,
  evidence: { figures: { days: 30, target: 60 }, links: [{ label: '2026-04 在岗登记', href: '/presence?cadreId=c1&month=2026-04' }] },
  scoredByName: null,
  scoredAt: null,
};
const township: ItemScore = { ...presence, key: 'township_score', label: '乡镇党委评分', method: 'township_score', maxScore: 10, source: 'township', score: null, computedScore: null, evidence: { figures: {}, links: [] } };

const detail: EvaluationDetail = {
  id: 'e1',
  divisionCode: '530326000000',
  divisionName: '会泽县',
  year: 2026,
  quarter: 2,
  state: 'open',
  cadreCount: 1,
  missingCount: 1,
  computedAt: '2026-07-01T02:00:00.000Z',
  confirmedAt: null,
  publishedAt: null,
  rubric: [
    { key: 'presence_days', label: '在村天数', method: 'presence_days', maxScore: 20, target: 60 },
    { key: 'township_score', label: '乡镇党委评分', method: 'township_score', maxScore: 10 },
  ],
  abilities: { scoreTownship: false, scoreCounty: true, adjust: true, recompute: true, confirm: true, publish: false },
  ranking: {
    items: [
      {
        cadreId: 'c1',
        cadreName: '张队长',
        teamId: 't1',
        teamName: '驻拖车村工作队',
        divisionCode: '530326102204',
        villageName: '拖车村',
        townshipName: '娜姑镇',
        total: 10,
        missing: 1,
        rank: { county: 1, township: 1, team: 1, village: 1 },
        scores: { presence_days: 10, township_score: null },
      },
    ],
    total: 1,
  },
};

const breakdown: BreakdownView = {
  evaluationId: 'e1',
  year: 2026,
  quarter: 2,
  state: 'open',
  cadreId: 'c1',
  cadreName: '张队长',
  teamName: '驻拖车村工作队',
  villageName: '拖车村',
  total: 10,
  rank: { county: 1, township: 1, team: 1, village: 1 },
  rankedCount: 1,
  items: [presence, township],
  adjustments: [],
};

afterEach(() => vi.unstubAllGlobals());

describe('evaluation pages', { timeout: 90_000 }, () => {
  test('the ranking, the steps the county may take, and a cadre’s evidence; an adjustment needs a reason', async () => {
    const fetchMock = serveApi({ 'GET /api/evaluations/e1': { body: detail }, 'GET /api/evaluations/e1/cadres/c1': { body: breakdown } });
    renderWithSession(
      county(['evaluations.read', 'evaluations.manage', 'evaluations.export']),
      <Routes>
        <Route path="/evaluations/:id" element={<EvaluationPage />} />
      </Routes>,
      '/evaluations/e1',
    );
    expect(await screen.findByText('张队长', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('还有 1 项待评分')).toBeTruthy();
    expect(screen.getByText('确认结果')).toBeTruthy();
    expect(screen.queryByText('公布结果')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '张队长 的得分明细' }));
    expect(await screen.findByText('在村天数 30，目标 60', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByRole('link', { name: '2026-04 在岗登记' }).getAttribute('href')).toBe('/presence?cadreId=c1&month=2026-04');
    fireEvent.change(screen.getByLabelText('调整理由'), { target: { value: '补' } });
    fireEvent.click(screen.getByRole('button', { name: '提交调整' }));
    expect(await screen.findByText('调整理由至少 4 个字', {}, { timeout: 5000 })).toBeTruthy();
    await waitFor(() => expect(callsOf(fetchMock, 'POST')).toHaveLength(0));
  });

  test('my evaluations: the total, the rank and the items of a published quarter', async () => {
    const mine: MineItem = { evaluationId: 'e1', year: 2026, quarter: 2, divisionName: '会泽县', publishedAt: '2026-07-10T02:00:00.000Z', total: 86.5, rank: 3, rankedCount: 40, items: [presence], adjustments: [] };
    serveApi({ 'GET /api/evaluations/mine': { body: { items: [mine], total: 1 } } });
    renderWithSession(
      accountWith(['evaluations.read_own'], { username: 'tuoche-leader', displayName: '张队长', role: 'team_leader', divisionCode: '530326102204', divisionName: '拖车村' }),
      <MyEvaluationsPage />,
    );
    expect(await screen.findByText('总分 86.5，县内第 3 名（共 40 人）', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('在村天数（20）')).toBeTruthy();
  });
});
