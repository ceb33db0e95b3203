import { afterEach, describe, expect, test, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter, Route, Routes } from 'react-router';
import type { PublicHouseholdView } from '../../../../contracts/household-archives.ts';
import { PublicHouseholdPage } from './public-household-page.tsx';

const view: PublicHouseholdView = {
  village: '云南省曲靖市会泽县娜姑镇拖车村',
  householderName: '楊**',
  status: { code: 'registered', label: '在册' },
  attribute: { code: 'general', label: '一般贫困户' },
  monitoringType: null,
  years: [2026, 2025],
  cadres: [{ name: '李建国', unit: '会泽县农业农村局', position: '副局长' }],
  measures: [{ year: 2026, category: { code: 'industry', label: '产业帮扶' }, content: '种植中药材 3 亩，提供种苗', done: false }],
};

function renderAt(status: number, body: unknown) {
  const fetchMock = vi.fn(async () => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }));
  vi.stubGlobal('fetch', fetchMock);
  render(
    <QueryClientProvider client={new QueryClient()}>
      <MemoryRouter initialEntries={['/q/tok123']}>
        <Routes>
          <Route path="/q/:token" element={<PublicHouseholdPage />} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
  return fetchMock;
}

afterEach(() => vi.unstubAllGlobals());

describe('public household page', () => {
  test('shows the masked name, the cadres and both years of measures', async () => {
    const fetchMock = renderAt(200, view);
    expect(await screen.findByText(/楊\*\*/)).toBeTruthy();
    expect(screen.getByText('李建国')).toBeTruthy();
    expect(screen.getByText('会泽县农业农村局 · 副局长')).toBeTruthy();
    expect(screen.getByText('种植中药材 3 亩，提供种苗')).toBeTruthy();
    expect(screen.getByText('2026 年帮扶措施')).toBeTruthy();
    expect(screen.getByText('2025 年帮扶措施')).toBeTruthy();
    expect(screen.getByText('暂无帮扶措施')).toBeTruthy();
    expect((fetchMock.mock.calls[0] as unknown as [string])[0]).toBe('/api/public/households/tok123');
  });

  test('a revoked or unknown code says so, once, without retrying', async () => {
    const fetchMock = renderAt(404, { code: 'PUBLIC_LINK_NOT_FOUND', message: '该二维码已失效或不存在' });
    expect(await screen.findByText('二维码已失效')).toBeTruthy();
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });
});
