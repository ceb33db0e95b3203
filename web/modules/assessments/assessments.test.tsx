import { afterEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import type { AssessmentDetail, GradeView } from '../../../contracts/assessments.ts';
import { accountWith, callsOf, renderWithSession, serveApi } from '../../test/harness.tsx';
import { AssessmentPage } from './pages/assessment-page.tsx';

const meWith = (abilities: string[]) =>
  accountWith(abilities, { username: 'huize-org', displayName: '会泽县委组织部', role: 'county_org', divisionCode: '530326000000', divisionName: '会泽县' });

const basis = { quarterTotals: [91, 92, null, 90], average: 91, commitmentsDue: 2, commitmentsKept: 2, criticisms: 0, findings: 0 };
const grade: GradeView = {
  id: 'g1',
  assessmentId: 'a1',
  category: 'first_secretary',
  teamId: 't1',
  teamName: '拖车村驻村工作队',
  cadreId: 'c1',
  cadreName: '王建华',
  divisionCode: '530326102204',
  villageName: '拖车村',
  proposedGrade: 'competent',
  grade: 'competent',
  basis: { ...basis, cappedByTeam: 'competent' },
  reason: null,
  decidedAt: null,
};
const detail: AssessmentDetail = {
  id: 'a1',
  divisionCode: '530326000000',
  countyName: '会泽县',
  year: 2025,
  excellentQuota: 0.25,
  state: 'open',
  confirmedAt: null,
  createdAt: '2026-01-05T00:00:00.000Z',
  gradeCount: 1,
  quota: [
    { category: 'team', count: 4, available: 1, used: 1 },
    { category: 'first_secretary', count: 4, available: 1, used: 1 },
    { category: 'member', count: 8, available: 2, used: 0 },
  ],
  grades: { items: [grade], total: 1 },
  abilities: { changeGrade: true, confirm: true, export: true },
};

afterEach(() => vi.unstubAllGlobals());

describe('assessment page', { timeout: 20_000 }, () => {
  test('the grade table, the quota per category, and a refused change shows the server’s reason', async () => {
    const fetchMock = serveApi({
      'GET /api/assessments/a1': { body: detail },
      'PUT /api/assessments/a1/grades/g1': { status: 409, body: { code: 'QUOTA_FULL', message: '「第一书记」优秀名额已满（1/1），请先将其他人员调整为非优秀' } },
    });
    renderWithSession(
      meWith(['assessments.read', 'assessments.manage', 'assessments.export']),
      <Routes>
        <Route path="/assessments/:id" element={<AssessmentPage />} />
      </Routes>,
      '/assessments/a1',
    );
    expect(await screen.findByText('会泽县2025年度考核', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('王建华')).toBeTruthy();
    expect(screen.getByText('91 / 92 / — / 90')).toBeTruthy();
    expect(screen.getByText('优秀名额：已用 0 / 可用 2（共 8）')).toBeTruthy();
    fireEvent.click(screen.getByTestId('grade-change'));
    fireEvent.click(await screen.findByTestId('grade-submit', {}, { timeout: 5000 }));
    expect(await screen.findByText('请填写调整理由', {}, { timeout: 5000 })).toBeTruthy();
    fireEvent.change(screen.getByTestId('grade-reason'), { target: { value: '表现突出' } });
    fireEvent.click(screen.getByTestId('grade-submit'));
    await waitFor(() => expect(callsOf(fetchMock, 'PUT')).toHaveLength(1), { timeout: 5000 });
    expect(await screen.findByText(/优秀名额已满/, {}, { timeout: 5000 })).toBeTruthy();
  });
});
