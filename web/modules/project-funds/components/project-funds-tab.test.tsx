import { afterEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router';
import type { LedgerView } from '../../../../contracts/project-funds.ts';
import { ProjectFundsTab } from './project-funds-tab.tsx';

const projectId = '0b1c4f7e-8a55-4d55-9d3e-2a6f5c1e9b10';
const base = `/api/projects/${projectId}`;
const ledger = (pay: boolean, reconciles = true): LedgerView => ({
  projectId,
  projectState: 'in_progress',
  approvedBudget: '300000.00',
  sources: [
    { fundSourceId: 's1', kind: 'fiscal', funder: '高州市财政局', amount: '200000.00', allocated: '200000.00', paid: '150000.01', remaining: '49999.99' },
    { fundSourceId: 's2', kind: 'unit', funder: '茂名市帮扶单位', amount: '100000.00', allocated: '0.00', paid: '0.00', remaining: '100000.00' },
  ],
  totals: { amount: '300000.00', allocated: '200000.00', paid: '150000.01', remaining: '149999.99' },
  reconciles,
  abilities: { record: pay, pay, adjust: false },
});

function serve(routes: Record<string, unknown>) {
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    const key = `${init?.method ?? 'GET'} ${url}`;
    if (!(key in routes)) return new Response(JSON.stringify({ code: 'NOT_FOUND', message: key }), { status: 404, headers: { 'content-type': 'application/json' } });
    return new Response(JSON.stringify(routes[key]), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchMock);
}

function renderTab() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <App>
          <ProjectFundsTab projectId={projectId} divisionCode="440981101207" />
        </App>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('project funds tab', () => {
  test('shows the ledger per source with what may still be paid; the pay button for those who record', async () => {
    serve({ [`GET ${base}/ledger`]: ledger(true), [`GET ${base}/payments`]: [], [`GET ${base}/allocations`]: [], [`GET ${base}/budget-adjustments`]: [] });
    renderTab();
    expect(await screen.findByTestId('funds-remaining')).toHaveProperty('textContent', '¥149,999.99');
    expect(screen.getByText('高州市财政局')).toBeTruthy();
    expect(screen.getByText('¥49,999.99')).toBeTruthy();
    expect(screen.getByText('各来源合计与批复预算相符')).toBeTruthy();
    fireEvent.click(screen.getByTestId('funds-pay'));
    await waitFor(() => expect(screen.getByTestId('payment-amount')).toBeTruthy());
  });

  test('a reader sees no buttons; a ledger that does not reconcile says so', async () => {
    serve({ [`GET ${base}/ledger`]: ledger(false, false), [`GET ${base}/payments`]: [], [`GET ${base}/allocations`]: [], [`GET ${base}/budget-adjustments`]: [] });
    renderTab();
    expect(await screen.findByText('各来源合计与批复预算不符')).toBeTruthy();
    expect(screen.queryByTestId('funds-pay')).toBeNull();
  });
});
