import { describe, expect, test } from 'vitest';
import { checkProfile } from './village-profile-form.tsx';
import { buildTree } from './pages/division-browser-page.tsx';

describe('village profile form', () => {
  test('blank fields become null and the body passes', () => {
    const checked = checkProfile({ population: 3120, collectiveIncome: ' ', mainIndustries: ['烤烟'] });
    expect(checked).toEqual({
      body: {
        population: 3120,
        households: null,
        poorHouseholds: null,
        collectiveIncome: null,
        mainIndustries: ['烤烟'],
        infrastructureGaps: [],
        latitude: null,
        longitude: null,
        note: null,
      },
    });
  });

  test('cross-field rules land on their field in Chinese', () => {
    const checked = checkProfile({ households: 10, poorHouseholds: 11, latitude: 26.4, collectiveIncome: '1.234' });
    expect('fields' in checked && checked.fields).toEqual(
      expect.arrayContaining([
        { name: 'poorHouseholds', errors: ['建档立卡贫困户数不能超过总户数'] },
        { name: 'longitude', errors: ['经纬度须同时填写'] },
        { name: 'collectiveIncome', errors: ['村集体经济收入应为金额（元），最多两位小数'] },
      ]),
    );
  });
});

describe('division tree', () => {
  test('nests the children fetched so far and marks local villages', () => {
    const tree = buildTree(
      [{ code: '510824121000', name: '东溪镇', level: 'township', parentCode: '510824000000', hasChildren: true, source: 'national' }],
      new Map([['510824121000', [{ code: '510824121901', name: '英明村', level: 'village', parentCode: '510824121000', hasChildren: false, source: 'local' }]]]),
      (name) => `${name}（本地）`,
    );
    expect(tree).toEqual([
      { key: '510824121000', title: '东溪镇', isLeaf: false, children: [{ key: '510824121901', title: '英明村（本地）', isLeaf: true }] },
    ]);
  });
});
