import { describe, expect, test } from 'vitest';
import { projectStatsSections } from '../../../contracts/project-stats.ts';
import { formatAmount, outputColumnsOf, outputLabel, statsQueryOf, withRegion } from './project-stats.view.ts';

describe('project statistics view', () => {
  test('the region travels in the address; a malformed code is dropped, the country is no code', () => {
    expect(statsQueryOf(new URLSearchParams('divisionCode=530326102000'))).toEqual({ divisionCode: '530326102000' });
    expect(statsQueryOf(new URLSearchParams('divisionCode=5303'))).toEqual({});
    expect(withRegion('530326000000').toString()).toBe('divisionCode=530326000000');
    expect(withRegion('').toString()).toBe('');
  });

  test('amounts to the cent with thousands, quantities without a bare .00', () => {
    expect(formatAmount('money', '44908700.00')).toBe('44,908,700.00');
    expect(formatAmount('money', '0.10')).toBe('0.10');
    expect(formatAmount('quantity', '64.00')).toBe('64');
    expect(formatAmount('quantity', '50.30')).toBe('50.3');
    expect(formatAmount('quantity', '3.25')).toBe('3.25');
    expect(formatAmount('count', 7)).toBe('7');
  });

  test('outputs: one column per kind and unit of measure, in code list order, others named by their unit', () => {
    const columns = outputColumnsOf([
      { outputs: [{ kind: 'other', unit: '个村民小组', planned: '8.00', actual: '8.00' }] },
      { outputs: [{ kind: 'road_km', unit: '公里', planned: '1.00', actual: '1.00' }, { kind: 'other', unit: '个村民小组', planned: '1.00', actual: '0.00' }] },
    ]);
    expect(columns).toEqual([
      { kind: 'road_km', unit: '公里' },
      { kind: 'other', unit: '个村民小组' },
    ]);
    expect(outputLabel(columns[1]!).zh).toBe('其他（个村民小组）');
    const outputs = projectStatsSections([{ kind: 'road_km', unit: '公里', planned: '1.00', actual: '0.50' }]).find((s) => s.key === 'outputs')!;
    expect(outputs.columns.map((c) => c.label.zh)).toEqual(['道路（公里）-计划', '道路（公里）-完成']);
  });
});
