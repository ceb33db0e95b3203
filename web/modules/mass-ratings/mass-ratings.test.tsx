import { afterEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import type { MassRatingList, PublicRatingView, RatingSummary } from '../../../contracts/mass-ratings.ts';
import { accountWith, callsOf, renderWithSession, serveApi } from '../../test/harness.tsx';
import { RatingListPage } from './pages/rating-list-page.tsx';
import { PublicRatingPage } from './pages/public-rating-page.tsx';

const meWith = (abilities: string[]) =>
  accountWith(abilities, { username: 'huize-org', displayName: '会泽县委组织部', role: 'county_org', divisionCode: '530326000000', divisionName: '会泽县' });

const hidden: RatingSummary = { count: 2, shown: false, satisfied: null, fairlySatisfied: null, dissatisfied: null, keep: null, adjust: null, hiddenReason: '评议不足 5 份' };
const shown: RatingSummary = { count: 12, shown: true, satisfied: 9, fairlySatisfied: 2, dissatisfied: 1, keep: 11, adjust: 1, hiddenReason: null };

const list: MassRatingList = {
  items: [
    { id: 't1', teamId: 't1', teamName: '云南省农科院驻拖车村工作队', villageName: '拖车村村民委员会', divisionCode: '530326102204', linkActive: true, token: 'tok1', codesIssued: 40, codesUsed: 12, summary: shown },
    { id: 't2', teamId: 't2', teamName: '会泽县第二工作队', villageName: '院子村村民委员会', divisionCode: '530326102205', linkActive: false, token: null, codesIssued: 0, codesUsed: 0, summary: hidden },
  ],
  total: 2,
  year: 2026,
  quarter: 4,
  minCount: 5,
  abilities: { manage: true },
};

const page: PublicRatingView = {
  teamName: '高州市法院驻长流村工作队',
  villageName: '长流村委会',
  year: 2026,
  quarter: 4,
  questionnaire: {
    satisfactions: [
      { code: 'satisfied', label: '满意' },
      { code: 'fairly_satisfied', label: '基本满意' },
      { code: 'dissatisfied', label: '不满意' },
    ],
    keepOrAdjust: [
      { code: 'keep', label: '建议留任' },
      { code: 'adjust', label: '建议调整' },
    ],
    commentMax: 200,
  },
  minCount: 5,
  summary: hidden,
};

const bodyOf = (call: unknown[]) => JSON.parse(String((call[1] as RequestInit).body));

afterEach(() => vi.unstubAllGlobals());

function renderPublic() {
  return renderWithSession(
    meWith([]),
    <Routes>
      <Route path="/r/:token" element={<PublicRatingPage />} />
    </Routes>,
    '/r/tokX',
  );
}

describe('mass rating pages', { timeout: 20_000 }, () => {
  test('the list: results from the minimum on, the reason below it, actions for managers', async () => {
    serveApi({ 'GET /api/mass-ratings': { body: list } });
    renderWithSession(meWith(['mass_ratings.read', 'mass_ratings.manage']), <RatingListPage />, '/mass-ratings');
    expect(await screen.findByText('云南省农科院驻拖车村工作队', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText(/满意 9 · 基本满意 2 · 不满意 1/)).toBeTruthy();
    expect(screen.getByText('不足 5 份，暂不公布')).toBeTruthy();
    expect(screen.getByText('12 / 40')).toBeTruthy();
    expect(screen.getByText('打印评议码')).toBeTruthy();
    expect(screen.getByText('开启评议页面')).toBeTruthy();
  });

  test('a reader sees the list without actions', async () => {
    serveApi({ 'GET /api/mass-ratings': { body: { ...list, abilities: { manage: false } } } });
    renderWithSession(meWith(['mass_ratings.read']), <RatingListPage />, '/mass-ratings');
    expect(await screen.findByText('云南省农科院驻拖车村工作队', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.queryByText('打印评议码')).toBeNull();
    expect(screen.queryByText('开启评议页面')).toBeNull();
  });

  test('the public page: a villager types the code, answers both questions and is thanked', async () => {
    const fetchMock = serveApi({
      'GET /api/public/teams/tokX/rating': { body: page },
      'POST /api/public/teams/tokX/rating': { status: 201, body: { year: 2026, quarter: 4 } },
    });
    renderPublic();
    expect(await screen.findByText('高州市法院驻长流村工作队', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('本季度评议满 5 份后公布结果')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('评议码'), { target: { value: 'abcd-efgh' } });
    fireEvent.click(screen.getByLabelText('满意'));
    fireEvent.click(screen.getByLabelText('建议留任'));
    fireEvent.click(screen.getByText('提交评议'));
    expect(await screen.findByText('感谢您的评议！', {}, { timeout: 5000 })).toBeTruthy();
    const [post] = callsOf(fetchMock, 'POST');
    expect(bodyOf(post!)).toMatchObject({ code: 'abcd-efgh', satisfaction: 'satisfied', keepOrAdjust: 'keep' });
  });

  test('a used code is refused with the server’s words on the code field', async () => {
    serveApi({
      'GET /api/public/teams/tokX/rating': { body: page },
      'POST /api/public/teams/tokX/rating': { status: 409, body: { code: 'RATING_CODE_USED', message: '该评议码已使用，每户只能评议一次', fields: [{ path: 'code', message: '该评议码已使用' }] } },
    });
    renderPublic();
    expect(await screen.findByText('高州市法院驻长流村工作队', {}, { timeout: 5000 })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('评议码'), { target: { value: 'ABCDEFGH' } });
    fireEvent.click(screen.getByLabelText('基本满意'));
    fireEvent.click(screen.getByLabelText('建议调整'));
    fireEvent.click(screen.getByText('提交评议'));
    expect(await screen.findByText('该评议码已使用', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.queryByText('感谢您的评议！')).toBeNull();
  });

  test('a retired page says so', async () => {
    serveApi({ 'GET /api/public/teams/tokX/rating': { status: 404, body: { code: 'RATING_LINK_NOT_FOUND', message: '评议页面不存在或已停用' } } });
    renderPublic();
    await waitFor(() => expect(screen.getByText('评议页面已停用')).toBeTruthy(), { timeout: 5000 });
  });
});
