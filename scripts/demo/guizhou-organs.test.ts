import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BAOSHAN, BAOSHAN_BRANCH, chineseOrdinal, planGuizhouOrgans, UNION, UNION_FIFTH_BRANCH } from './guizhou-organs.ts';
import { SeededRandom } from './random.ts';

describe('[001] 贵州省直机关: 115 units and their party organizations', () => {
  const plan = planGuizhouOrgans(new SeededRandom('guizhou-organs-test'));
  const organBranches = plan.partyOrgs.filter((o) => o.kind === 'branch' && o.unitId !== null);

  test('115 provincial units, 1,263 organ branches under their 机关党委', () => {
    assert.equal(plan.units.length, 115);
    assert.equal(organBranches.length, 1263);
    const committees = new Map(plan.partyOrgs.filter((o) => o.kind === 'committee').map((o) => [o.id, o]));
    for (const branch of organBranches) {
      const parent = committees.get(branch.parentId!);
      assert.ok(parent?.name.endsWith('机关委员会') && parent.unitId === branch.unitId, branch.name);
    }
    assert.ok(plan.units.every((u) => u.divisionCode === '520000000000' && u.seatCounty.startsWith('5201')));
    assert.deepEqual([...new Set(plan.units.map((u) => u.type))].sort(), ['provincial', 'soe', 'university']);
    assert.equal(plan.cadres.length, 0);
  });

  test('the units and organizations [001] names are there, each name once', () => {
    const names = new Set(plan.units.map((u) => u.name));
    for (const name of ['贵州省民族宗教事务委员会', '贵州省环境保护厅', '贵州省科学技术协会', '贵州科学院', '贵州省卫生和计划生育委员会', '贵州省农业委员会', '贵州省水利厅', '贵州省人民检察院', '贵州省档案局', UNION, '贵州省农业科学院']) {
      assert.ok(names.has(name), name);
    }
    assert.equal(names.size, plan.units.length);
    assert.equal(new Set(plan.partyOrgs.map((o) => o.name)).size, plan.partyOrgs.length);
    const orgs = new Map(plan.partyOrgs.map((o) => [o.name, o]));
    assert.ok(orgs.has('中共贵州省水利厅党组') && orgs.has('中共贵州省水利厅机关委员会') && orgs.has('贵州省水利厅机关第一党支部'));
    const union = plan.units.find((u) => u.name === UNION)!;
    assert.ok(organBranches.filter((b) => b.unitId === union.id).length >= 5);
    assert.equal(orgs.get(UNION_FIFTH_BRANCH)?.unitId, union.id);
    assert.deepEqual(orgs.get(BAOSHAN_BRANCH) && { kind: orgs.get(BAOSHAN_BRANCH)!.kind, unitId: orgs.get(BAOSHAN_BRANCH)!.unitId, divisionCode: orgs.get(BAOSHAN_BRANCH)!.divisionCode }, { kind: 'branch', unitId: null, divisionCode: BAOSHAN });
  });

  test('branches count in Chinese numerals', () => {
    assert.deepEqual([1, 5, 10, 12, 20, 23].map(chineseOrdinal), ['一', '五', '十', '十二', '二十', '二十三']);
  });
});
