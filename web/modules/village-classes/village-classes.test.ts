import { describe, expect, test } from 'vitest';
import type { VillageClassView } from '../../../contracts/village-classes.ts';
import { bodyOf, formValuesOf, yearOptions } from './village-classes.view.ts';

const existing: VillageClassView = {
  id: 'c1',
  divisionCode: '530326102204',
  villageName: '拖车村村民委员会',
  path: '云南省/曲靖市/会泽县/娜姑镇/拖车村村民委员会',
  year: 2026,
  classCode: 'infrastructure',
  otherFactors: ['industry'],
  reason: '通组道路未硬化',
  supportPlan: '硬化通组道路 3.2 公里',
  backingUnits: [{ id: 'u1', name: '曲靖市农业农村局' }],
  decidedByName: '会泽县委组织部',
  createdAt: '2026-03-01T02:00:00.000Z',
  updatedAt: '2026-03-01T02:00:00.000Z',
  abilities: { update: true, delete: true },
};

describe('village class form values', () => {
  test('a fresh form starts on the year and the village given, with empty lists', () => {
    expect(formValuesOf(undefined, 2026, '530326102204')).toEqual({ year: 2026, divisionCode: '530326102204', otherFactors: [], backingUnitIds: [] });
  });

  test('an existing class fills the form, units by id', () => {
    const values = formValuesOf(existing, 2027);
    expect(values.year).toBe(2026);
    expect(values.backingUnitIds).toEqual(['u1']);
    expect(values.otherFactors).toEqual(['industry']);
  });

  test('the body trims text and drops the main class from the others', () => {
    const body = bodyOf({ divisionCode: '530326102204', year: 2026, classCode: 'industry', otherFactors: ['industry', 'organization'], reason: ' 烤烟单一 ', supportPlan: ' 发展蔬菜 ' });
    expect(body).toEqual({
      divisionCode: '530326102204',
      year: 2026,
      classCode: 'industry',
      otherFactors: ['organization'],
      reason: '烤烟单一',
      supportPlan: '发展蔬菜',
      backingUnitIds: [],
    });
  });

  test('years run from next year back over ten years', () => {
    const years = yearOptions(2026);
    expect(years[0]).toBe(2027);
    expect(years).toContain(2016);
    expect(years).toHaveLength(12);
  });
});
