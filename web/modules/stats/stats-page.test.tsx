import { afterEach, describe, expect, test, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { metricKeys, type Metric } from '../../../contracts/stats-metrics.ts';
import type { StatsView } from '../../../contracts/stats.ts';
import { accountWith, renderWithSession, serveApi } from '../../test/harness.tsx';
import { StatsPage } from './pages/stats-page.tsx';

// Canvas drawing is not what is tested here; the chart stays a named box.
vi.mock('./components/echart.tsx', () => ({ EChart: ({ label }: { label: string }) => <div role="img" aria-label={label} /> }));

const figures = (values: Partial<Record<Metric, number>>) => Object.fromEntries(metricKeys.map((k) => [k, values[k] ?? 0])) as Record<Metric, number>;
const months = Array.from({ length: 12 }, (_, i) => ({ month: `2026-${String(i + 1).padStart(2, '0')}`, value: i }));
const huize: StatsView = {
  division: { code: '530326000000', name: '会泽县', level: 'county', path: [{ code: '530326000000', name: '会泽县' }] },
  refreshedAt: '2026-11-20T02:00:00.000Z',
  figures: figures({ teams: 355, first_secretaries: 364, team_members: 1032, donations_value: 120_000 }),
  rates: { inVillageRate: 0.9, visitCoverage: null },
  children: [
    { code: '530326102000', name: '娜姑镇', level: 'township', figures: figures({ teams: 20 }), rates: { inVillageRate: 0.95, visitCoverage: 0.5 } },
    { code: '530326103000', name: '大海乡', level: 'township', figures: figures({ teams: 12 }), rates: { inVillageRate: null, visitCoverage: null } },
  ],
  monthly: { presence_days: months, visits: months, diaries: months, funds_paid: months },
};
const me = (abilities: string[]) => accountWith(abilities, { username: 'huize-org', displayName: '会泽县委组织部', role: 'county_org', divisionCode: '530326000000', divisionName: '会泽县' });

afterEach(() => vi.unstubAllGlobals());

describe('statistics dashboard page', { timeout: 20_000 }, () => {
  test('figures by group, the children as links one level down, charts, and the actions the account holds', async () => {
    serveApi({ 'GET /api/stats': { body: huize } });
    renderWithSession(me(['stats.read', 'stats.refresh', 'stats.export']), <StatsPage />, '/stats');
    expect(await screen.findByRole('link', { name: '娜姑镇' }, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByRole('link', { name: '娜姑镇' }).getAttribute('href')).toBe('/stats?division=530326102000');
    expect(screen.getByText('1,032 人')).toBeTruthy();
    expect(screen.getByText('12 万元')).toBeTruthy();
    expect(screen.getByText('90.0%')).toBeTruthy();
    expect(screen.getByRole('img', { name: '近 12 个月趋势图表' })).toBeTruthy();
    expect(screen.getByRole('button', { name: /立即汇总/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /大屏/ })).toBeTruthy();
  });

  test('a reader without refresh or export sees neither button', async () => {
    serveApi({ 'GET /api/stats': { body: { ...huize, children: [] } } });
    renderWithSession(me(['stats.read']), <StatsPage />, '/stats?division=530326000000');
    expect(await screen.findByText('会泽县 · 统计分析', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /立即汇总/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /导出/ })).toBeNull();
  });
});
