import { afterEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { AdvisorView, BriefingView } from '../../../../contracts/advisors.ts';
import { BriefingsCard } from './briefings-card.tsx';

const content: BriefingView['content'] = {
  period: '2026-Q3',
  from: '2026-07-01',
  to: '2026-09-30',
  village: { code: '440981101207', name: '长流村委会', path: '广东省茂名市高州市新垌镇长流村委会' },
  households: { total: 0, byStatus: [], monitoring: [], monitoringAdded: 0, riskRemoved: 0 },
  projects: { total: 0, byState: [], budget: '0.00', started: 0, completed: 0 },
  funds: { paidInQuarter: '0.00', payments: 0, paidToDate: '0.00' },
  demands: { raised: 0, solved: 0, open: 0 },
  social: { donations: { count: 0, value: '0.00' }, enterprises: { count: 0, value: '0.00' }, advisors: { count: 0, value: '0.00' } },
  difficulties: { openDemands: [], overdueDemands: 0, stalledProjects: [], indicatorGaps: [] },
};
const briefing = (over: Partial<BriefingView>): BriefingView => ({
  id: 'b1',
  advisorId: 'a1',
  divisionCode: '440981101207',
  period: '2026-Q3',
  generatedAt: '2026-10-08T02:00:00.000Z',
  generatedByName: '新垌镇党委',
  token: 'q3-ab',
  revokedAt: null,
  sentAt: null,
  sentByName: null,
  channel: null,
  openedAt: null,
  content,
  ...over,
});
const advisor = (briefings: BriefingView[], brief = true) =>
  ({ id: 'a1', briefings, abilities: { write: brief, brief, reveal: brief } }) as unknown as AdvisorView;

function renderCard(view: AdvisorView) {
  const fetchMock = vi.fn(async () => new Response(JSON.stringify(briefing({ sentAt: '2026-10-09T01:00:00.000Z', channel: 'wechat' })), { status: 200, headers: { 'content-type': 'application/json' } }));
  vi.stubGlobal('fetch', fetchMock);
  render(
    <QueryClientProvider client={new QueryClient()}>
      <App>
        <BriefingsCard advisor={view} />
      </App>
    </QueryClientProvider>,
  );
  return fetchMock;
}

afterEach(() => vi.unstubAllGlobals());

describe('briefings card', () => {
  test('an unsent briefing can be marked sent, by the link unless another channel is chosen', async () => {
    const fetchMock = renderCard(advisor([briefing({})]));
    expect(screen.getByText('未发送')).toBeTruthy();
    expect(screen.getByText(/链接尚未打开/)).toBeTruthy();
    fireEvent.click(screen.getByTestId('briefing-send'));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: /OK|确 定|确定/ }));
    await waitFor(() => expect(fetchMock).toHaveBeenCalled());
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/advisors/a1/briefings/b1/send');
    expect(JSON.parse(String(init.body))).toEqual({ channel: 'link' });
  }, 20_000);

  test('a sent and opened briefing says by whom and when; a revoked one offers no link actions', () => {
    renderCard(
      advisor([
        briefing({ sentAt: '2026-10-09T01:00:00.000Z', sentByName: '新垌镇党委', channel: 'wechat', openedAt: '2026-10-09T03:00:00.000Z' }),
        briefing({ id: 'b2', period: '2026-Q2', revokedAt: '2026-07-10T00:00:00.000Z' }),
      ]),
    );
    const [sent, revoked] = screen.getAllByTestId('briefing-row');
    expect(within(sent!).getByText(/新垌镇党委 于 .* 通过微信发送/)).toBeTruthy();
    expect(within(sent!).getByText(/首次打开/)).toBeTruthy();
    expect(within(sent!).queryByTestId('briefing-send')).toBeNull();
    expect(within(sent!).getByTestId('briefing-revoke')).toBeTruthy();
    expect(within(revoked!).getByText('链接已撤销')).toBeTruthy();
    expect(within(revoked!).queryByTestId('briefing-copy')).toBeNull();
    expect(within(revoked!).getByTestId('briefing-view')).toBeTruthy();
  });

  test('a reader who may not brief sees the briefings but no actions', () => {
    renderCard(advisor([briefing({})], false));
    expect(screen.queryByTestId('briefing-generate')).toBeNull();
    expect(screen.queryByTestId('briefing-send')).toBeNull();
    expect(screen.getByTestId('briefing-view')).toBeTruthy();
  });
});
