import { afterEach, describe, expect, test, vi } from 'vitest';
import { screen } from '@testing-library/react';
import type { MonthlyReport } from '../../../contracts/stats-report.ts';
import { accountWith, renderWithSession, serveApi } from '../../test/harness.tsx';
import { MonthlyReportPage } from './pages/monthly-report-page.tsx';
import { routes } from './stats-report.routes.tsx';

const me = accountWith(['stats.read', 'stats.export'], { username: 'huize-org', displayName: '会泽县委组织部', role: 'county_org', divisionCode: '530326000000', divisionName: '会泽县' });

const report: MonthlyReport = {
  divisionCode: '530326000000',
  name: '会泽县',
  month: '2026-11',
  title: '会泽县驻村帮扶工作月报（2026年11月）',
  issuer: '会泽县驻村帮扶工作领导小组办公室',
  issuedOn: '2026年12月6日',
  refreshedAt: '2026-12-06T00:00:00.000Z',
  note: '数据来源：统计汇总（汇总时间 2026年12月6日 08:00）。',
  sections: [
    {
      key: 'teams',
      heading: '一、驻村力量',
      sentence: '全县共有行政村355个，其中355个村派驻了工作队；共选派驻村工作队355支、第一书记364名、驻村干部1032名。',
      columns: [
        { header: '乡镇', numeric: false },
        { header: '驻村工作队（支）', numeric: true },
      ],
      rows: [['娜姑镇', 18]],
      total: ['合计', 355],
    },
  ],
};

afterEach(() => vi.unstubAllGlobals());

describe('monthly report page', { timeout: 20_000 }, () => {
  test('the menu entry sits under statistics for those who may export', () => {
    expect(routes[0]!.path).toBe('/stats/monthly-report');
    expect(routes[0]!.menu).toMatchObject({ ability: 'stats.export', group: 'stats' });
  });

  test('previews the title, the sentences and the township table for the month asked, with both downloads', async () => {
    const fetchMock = serveApi({ 'GET /api/stats/reports/monthly/preview': { body: report } });
    renderWithSession(me, <MonthlyReportPage />, '/stats/monthly-report?month=2026-11');
    expect(await screen.findByText(report.title, {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.getByText(report.sections[0]!.sentence)).toBeTruthy();
    expect(screen.getByText('娜姑镇')).toBeTruthy();
    expect(screen.getByText('下载PDF')).toBeTruthy();
    expect(screen.getByText('下载Excel')).toBeTruthy();
    const previewCall = fetchMock.mock.calls.map(([url]) => String(url)).find((url) => url.startsWith('/api/stats/reports/monthly/preview'));
    expect(previewCall).toContain('month=2026-11');
  });

  test('a refused region shows the server’s message and no download', async () => {
    serveApi({ 'GET /api/stats/reports/monthly/preview': { status: 404, body: { code: 'NOT_FOUND', message: '记录不存在或不在您的管辖范围内' } } });
    renderWithSession(me, <MonthlyReportPage />, '/stats/monthly-report?divisionCode=440981000000');
    expect(await screen.findByText('记录不存在或不在您的管辖范围内', {}, { timeout: 5000 })).toBeTruthy();
    expect(screen.queryByText('下载PDF')).toBeNull();
  });
});
