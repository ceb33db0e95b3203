import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { places, sessionAs } from '../../test/factories.ts';
import { classYear, villageClasses } from '../village-classes/index.ts';
import { selectionFixture, type SelectionFixture } from './selection.fixture.ts';

describe('matching weighs the village class', () => {
  let t: TestApp;
  let f: SelectionFixture;
  let huizeOrg: Session;

  before(async () => {
    t = await createTestApp();
    f = await selectionFixture(t.deps);
    huizeOrg = await sessionAs(t.app, t.deps, ['county_org'], { division: places.huize });
  });
  after(() => t.close());

  test('a class this year adds to the fit of a cadre skilled for it, with the class named', async () => {
    const before = (await huizeOrg.get(`/api/selection/match/village/${places.naguVillage}`)).json();
    const engineer = (items: { cadreId: string; score: number; reasons: string[] }[]) => items.find((i) => i.cadreId === f.bureauCadre.id)!;
    assert.ok(!engineer(before.items).reasons.some((r) => r.includes('村分类')));
    await t.deps.db.insert(villageClasses).values({
      divisionCode: places.naguVillage,
      year: classYear(),
      classCode: 'infrastructure',
      reason: '通组道路未硬化',
      supportPlan: '争取交通项目硬化通组道路',
    });
    const after = (await huizeOrg.get(`/api/selection/match/village/${places.naguVillage}`)).json();
    const weighed = engineer(after.items);
    assert.equal(weighed.score, engineer(before.items).score + 20);
    assert.ok(weighed.reasons.includes(`村分类为“基础设施薄弱型”（${classYear()} 年），该干部擅长工程建设`), weighed.reasons.join(' / '));
    const forCadre = (await huizeOrg.get(`/api/selection/match/cadre/${f.bureauCadre.id}`)).json();
    assert.ok(forCadre.items[0].reasons.some((r: string) => r.includes('基础设施薄弱型')));
  });
});
