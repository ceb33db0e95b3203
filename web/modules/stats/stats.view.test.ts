import { describe, expect, test } from 'vitest';
import type { StatsChild } from '../../../contracts/stats.ts';
import { divisionOf, formatFigure, formatRate, metricsOf, rankChildren, withDivision } from './stats.view.ts';

const child = (code: string, name: string, teams: number) => ({ code, name, level: 'township', figures: { teams }, rates: { inVillageRate: null, visitCoverage: null } }) as unknown as StatsChild;

describe('statistics dashboard', () => {
  test('the URL carries the division; anything but 12 digits means the caller’s own region', () => {
    expect(divisionOf(new URLSearchParams('division=530326102000'))).toBe('530326102000');
    expect(divisionOf(new URLSearchParams('division=5303'))).toBeNull();
    expect(withDivision(new URLSearchParams('division=530326000000'), '530326102000').toString()).toBe('division=530326102000');
    expect(withDivision(new URLSearchParams('division=530326000000'), '000000000000').toString()).toBe('');
  });

  test('places compared on one metric, largest first, ties by code', () => {
    const ranked = rankChildren([child('530326103000', '大海乡', 2), child('530326102000', '娜姑镇', 2), child('530326101000', '古城街道', 5)], 'teams');
    expect(ranked.map((r) => r.name)).toEqual(['古城街道', '娜姑镇', '大海乡']);
  });

  test('figures: money above ten thousand in 万元, rates as percentages, groups from the catalog', () => {
    expect(formatFigure('donations_value', 6_012_000, 'zh-CN')).toBe('601.2 万元');
    expect(formatFigure('teams', 1355, 'zh-CN')).toBe('1,355 支');
    expect(formatRate(0.9125)).toBe('91.3%');
    expect(formatRate(null)).toBe('—');
    expect(metricsOf('outputs')).toContain('road_km');
  });
});
