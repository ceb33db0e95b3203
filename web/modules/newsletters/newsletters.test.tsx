import { afterEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import type { NewsletterDetail, PublicNewsletterView } from '../../../contracts/newsletters.ts';
import { accountWith, callsOf, renderWithSession, serveApi } from '../../test/harness.tsx';
import { NewsletterDetailPage } from './pages/newsletter-detail-page.tsx';
import { PublicNewsletterPage } from './pages/public-newsletter-page.tsx';

const county = accountWith(['newsletters.read', 'newsletters.write', 'newsletters.review'], {
  username: 'huize-org',
  displayName: '会泽县委组织部',
  role: 'county_org',
  divisionCode: '530326000000',
  divisionName: '会泽县',
});

const inReview: NewsletterDetail = {
  id: 'l1',
  kind: 'first_secretary',
  title: '拖车村党员活动室投入使用',
  state: 'in_review',
  issueNo: null,
  divisionCode: '530326102204',
  placeName: '拖车村',
  teamId: 't1',
  teamName: '驻拖车村工作队',
  authorName: '张队长',
  publishedAt: null,
  updatedAt: '2026-11-02T02:00:00.000Z',
  body: '拖车村新建党员活动室120平方米。\n\n群众议事有了固定场所。',
  publicToken: null,
  workflow: {
    id: 'w1',
    kind: 'newsletter',
    state: 'in_review',
    stateLabel: '待审核',
    assigneeRole: 'county_org',
    dueAt: null,
    waitsUntil: null,
    closed: false,
    steps: [{ action: 'submit', actionLabel: '提交审核', fromState: null, toState: 'in_review', toStateLabel: '待审核', actorName: '张队长', actorRole: 'team_leader', comment: null, at: '2026-11-02T02:00:00.000Z' }],
    actions: [
      { action: 'publish', label: '审核发布', reasonRequired: false },
      { action: 'return', label: '退回修改', reasonRequired: true },
    ],
  },
  abilities: { update: false, submit: false, return: true, publish: true },
};

afterEach(() => vi.unstubAllGlobals());

describe('newsletter pages', { timeout: 20_000 }, () => {
  test('the reviewer reads the paragraphs and returns it with a reason', async () => {
    const fetchMock = serveApi({ 'GET /api/newsletters/l1': { body: inReview }, 'POST /api/newsletters/l1/return': { body: { ...inReview, state: 'returned' } } });
    renderWithSession(
      county,
      <Routes>
        <Route path="/newsletters/:id" element={<NewsletterDetailPage />} />
      </Routes>,
      '/newsletters/l1',
    );
    expect(await screen.findByText('群众议事有了固定场所。', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('拖车村新建党员活动室120平方米。')).toBeTruthy();
    fireEvent.click(screen.getByTestId('workflow-action-return'));
    fireEvent.change(await screen.findByTestId('workflow-comment'), { target: { value: '请补充投入资金' } });
    fireEvent.click(screen.getByText('确 定'));
    await waitFor(() => expect(callsOf(fetchMock, 'POST')).toHaveLength(1));
    const [url, init] = callsOf(fetchMock, 'POST')[0]!;
    expect(url).toBe('/api/newsletters/l1/return');
    expect(JSON.parse(String((init as RequestInit).body))).toEqual({ reason: '请补充投入资金' });
  });

  test('the public page shows the issue without any name of a person', async () => {
    const view: PublicNewsletterView = {
      kind: 'first_secretary',
      kindLabel: '第一书记动态',
      issueNo: 3,
      title: '拖车村党员活动室投入使用',
      body: '拖车村新建党员活动室。\n\n群众反映良好。',
      publishedOn: '2026-11-05',
      issuerName: '会泽县',
      token: 'tok',
    };
    const fetchMock = serveApi({ 'GET /api/public/newsletters/tok': { body: view } });
    renderWithSession(
      county,
      <Routes>
        <Route path="/n/:token" element={<PublicNewsletterPage />} />
      </Routes>,
      '/n/tok',
    );
    expect(await screen.findByText('第 3 期', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText('会泽县 编印')).toBeTruthy();
    expect(screen.getByText('群众反映良好。')).toBeTruthy();
    expect(String(fetchMock.mock.calls[0]![0])).toBe('/api/public/newsletters/tok');
  });
});
