import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { withClassFit } from './selection-match.rules.ts';

describe('matching by village class', () => {
  const base = { score: 30, reasons: ['专长「农业」对应本村主导产业「烤烟」'] };

  test('a cadre skilled for the main class weighs more, with the class named in the reason', () => {
    const fit = withClassFit(base, ['agriculture'], { year: 2026, classCode: 'industry', otherFactors: [] });
    assert.equal(fit.score, 50);
    assert.equal(fit.reasons.length, 2);
    assert.match(fit.reasons[1]!, /村分类为“产业发展滞后型”（2026 年），该干部擅长农业/);
  });

  test('a lesser factor adds a little; nothing matched or no class leaves the fit', () => {
    const lesser = withClassFit(base, ['party_affairs'], { year: 2026, classCode: 'infrastructure', otherFactors: ['organization'] });
    assert.equal(lesser.score, 38);
    assert.match(lesser.reasons[1]!, /基层组织软弱涣散型/);
    assert.deepEqual(withClassFit(base, ['health'], { year: 2026, classCode: 'infrastructure', otherFactors: [] }), base);
    assert.deepEqual(withClassFit(base, ['agriculture'], undefined), base);
    assert.equal(withClassFit({ score: 95, reasons: [] }, ['engineering'], { year: 2026, classCode: 'infrastructure', otherFactors: [] }).score, 100);
  });
});
