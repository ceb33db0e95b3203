import { afterEach, describe, expect, test, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { App } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter, Route, Routes } from 'react-router';
import type { ReactNode } from 'react';
import type { CheckFindings, ChecksOverview } from '../../../../contracts/checks.ts';
import { ChecksPage } from './checks-page.tsx';
import { CheckFindingsPage } from './check-findings-page.tsx';

const noCadre = {
  code: 'no_paired_cadre' as const,
  label: { zh: '无帮扶责任人', en: 'No paired cadre' },
  explanation: { zh: '审核当日应至少有一名在岗的帮扶责任人。', en: 'A cadre must be paired.' },
};

const overview: ChecksOverview = {
  divisionCode: '530326102000',
  name: '娜姑镇',
  runOn: '2026-11-26',
  path: [
    { code: '530326000000', name: '会泽县' },
    { code: '530326102000', name: '娜姑镇' },
  ],
  checks: [{ ...noCadre, total: 2 }],
  rows: [
    { divisionCode: '530326102204', name: '拖车村村民委员会', own: false, drillable: false, counts: { no_paired_cadre: 2 }, total: 2 },
    { divisionCode: '530326102205', name: '营盘村村民委员会', own: false, drillable: false, counts: { no_paired_cadre: 0 }, total: 0 },
  ],
  total: 2,
};

const findings: CheckFindings = {
  check: noCadre,
  divisionCode: '530326102204',
  name: '拖车村村民委员会',
  runOn: '2026-11-26',
  items: [
    { householdId: 'h1', householdCode: '530326102204001', divisionCode: '530326102204', villageName: '拖车村村民委员会', householderName: '吴无人', personId: null, finding: '当前无在岗帮扶责任人' },
  ],
  total: 1,
};

/** The checks' answers; the region picker's own look-ups get an empty list. */
function serve(body: unknown) {
  const fetch = vi.fn(async (url: string) =>
    new Response(JSON.stringify(url.startsWith('/api/checks') ? body : { items: [], total: 0 }), { headers: { 'content-type': 'application/json' } }),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

function show(path: string, entry: string, element: ReactNode) {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <MemoryRouter initialEntries={[entry]}>
        <App>
          <Routes>
            <Route path={path} element={element} />
          </Routes>
        </App>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('logic checks pages', () => {
  test('the overview links each count to the households found in that village, and the breadcrumb back up', async () => {
    const fetch = serve(overview);
    show('/checks', '/checks?divisionCode=530326102000', <ChecksPage />);
    expect(await screen.findByText('拖车村村民委员会')).toBeTruthy();
    expect(fetch.mock.calls.map((call) => String(call[0]))).toContain('/api/checks?divisionCode=530326102000');
    const links = screen.getAllByRole('link').map((a) => a.getAttribute('href'));
    expect(links).toContain('/checks/no_paired_cadre?divisionCode=530326102204');
    expect(links).toContain('/checks/no_paired_cadre?divisionCode=530326102000');
    expect(links).toContain('/checks?divisionCode=530326000000');
    expect(links).not.toContain('/checks/no_paired_cadre?divisionCode=530326102205');
    expect(screen.getByText('审核当日应至少有一名在岗的帮扶责任人。')).toBeTruthy();
  }, 20_000);

  test('the findings list each household with a link to its record and what is wrong', async () => {
    const fetch = serve(findings);
    show('/checks/:code', '/checks/no_paired_cadre?divisionCode=530326102204&page=2', <CheckFindingsPage />);
    expect(await screen.findByText('当前无在岗帮扶责任人')).toBeTruthy();
    expect(String(fetch.mock.calls[0]![0])).toBe('/api/checks/no_paired_cadre?divisionCode=530326102204&page=2&pageSize=20');
    expect(screen.getByRole('link', { name: '530326102204001' }).getAttribute('href')).toBe('/households/h1');
    expect(screen.getByText('无帮扶责任人')).toBeTruthy();
  }, 20_000);

  test('an unknown check is not found without asking the server', async () => {
    const fetch = serve(findings);
    show('/checks/:code', '/checks/nothing', <CheckFindingsPage />);
    expect(await screen.findByText(/不存在|404/)).toBeTruthy();
    expect(fetch).not.toHaveBeenCalled();
  });
});
