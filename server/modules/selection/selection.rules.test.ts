import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkActionFields, checkSlotTerm, mayNominateOn, rankByFit, scoreFit, slotStatusFor, type VillageNeeds } from './selection.rules.ts';
import { selectionWorkflow } from './selection.workflow.ts';

const village: VillageNeeds = { mainIndustries: ['蔬菜种植', '肉牛养殖'], infrastructureGaps: ['通组道路', '灌溉'], note: null, collectiveIncome: 80_000 };

describe('matching score', () => {
  test('a speciality answering a main industry says which', () => {
    const fit = scoreFit({ specialities: ['agriculture'], unit: null, unitServesNearby: false }, village);
    assert.equal(fit.score, 30);
    assert.deepEqual(fit.reasons, ['专长「农业」对应本村主导产业「蔬菜种植」']);
  });

  test('engineering answers an infrastructure gap; law answers nothing here', () => {
    const fit = scoreFit({ specialities: ['engineering', 'law'], unit: null, unitServesNearby: false }, village);
    assert.equal(fit.score, 25);
    assert.match(fit.reasons[0]!, /基础设施短板「通组道路」/);
  });

  test('the profile note carries the classification (软弱涣散) that party affairs answers', () => {
    const fit = scoreFit({ specialities: ['party_affairs'], unit: null, unitServesNearby: false }, { ...village, note: '软弱涣散村党组织' });
    assert.equal(fit.score, 20);
    assert.match(fit.reasons[0]!, /本村情况「软弱涣散」/);
  });

  test('finance answers a weak collective economy', () => {
    const fit = scoreFit({ specialities: ['finance'], unit: null, unitServesNearby: false }, { ...village, collectiveIncome: 20_000 });
    assert.equal(fit.score, 15);
    assert.match(fit.reasons[0]!, /2\.0 万元/);
  });

  test('the unit adds by its kind and its presence nearby; the score is capped at 100', () => {
    const fit = scoreFit(
      { specialities: ['agriculture', 'animal_husbandry', 'engineering', 'water'], unit: { name: '云南省农业科学院', type: 'provincial' }, unitServesNearby: true },
      village,
    );
    assert.equal(fit.score, 100);
    assert.ok(fit.reasons.some((r) => r.includes('省级单位')));
    assert.ok(fit.reasons.some((r) => r.includes('已在本乡镇帮扶')));
  });

  test('the demo profiles\' words are in the table: 危旧房, 村级活动场所, 马铃薯', () => {
    const demo: VillageNeeds = { mainIndustries: ['马铃薯', '魔芋'], infrastructureGaps: ['危旧房待改造', '无村级活动场所'], note: null, collectiveIncome: null };
    const fit = scoreFit({ specialities: ['agriculture', 'engineering', 'party_affairs'], unit: null, unitServesNearby: false }, demo);
    assert.deepEqual(fit.reasons, [
      '专长「农业」对应本村主导产业「马铃薯」',
      '专长「工程建设」对应本村基础设施短板「危旧房待改造」',
      '专长「党务」对应本村基础设施短板「无村级活动场所」',
    ]);
  });

  test('ranking: best first, ties by name', () => {
    const items = [
      { name: '乙', fit: { score: 10, reasons: [] } },
      { name: '甲', fit: { score: 10, reasons: [] } },
      { name: '丙', fit: { score: 40, reasons: [] } },
    ];
    assert.deepEqual(rankByFit(items).map((i) => i.name), ['丙', '甲', '乙']);
  });
});

describe('state guards', () => {
  test('the slot follows its nomination', () => {
    assert.equal(slotStatusFor('nominated'), 'nominated');
    assert.equal(slotStatusFor('training'), 'nominated');
    assert.equal(slotStatusFor('dispatched'), 'filled');
    assert.equal(slotStatusFor('rejected'), 'open');
    assert.equal(slotStatusFor('recalled'), 'open');
    assert.equal(slotStatusFor('withdrawn'), 'open');
    assert.equal(slotStatusFor('ended'), 'closed');
  });

  test('only an open slot takes a nomination', () => {
    assert.equal(mayNominateOn('open'), true);
    for (const status of ['nominated', 'filled', 'closed'] as const) assert.equal(mayNominateOn(status), false);
  });

  test('dispatch needs a date, approval the vetting remarks, a recall no date before the dispatch', () => {
    assert.deepEqual(checkActionFields({ action: 'dispatch' }, { effectiveDate: null }).map((e) => e.path), ['effectiveDate']);
    assert.deepEqual(checkActionFields({ action: 'approve' }, { effectiveDate: null }).map((e) => e.path), ['vetting']);
    const blank = { politics: null, workStyle: null, ability: null, health: null };
    assert.deepEqual(checkActionFields({ action: 'approve', vetting: blank }, { effectiveDate: null }).map((e) => e.path), ['vetting']);
    assert.deepEqual(checkActionFields({ action: 'approve', vetting: { ...blank, politics: '政治过硬' } }, { effectiveDate: null }), []);
    assert.deepEqual(checkActionFields({ action: 'recall', effectiveDate: '2025-01-01' }, { effectiveDate: '2025-03-01' }).map((e) => e.path), ['effectiveDate']);
    assert.deepEqual(checkActionFields({ action: 'recall' }, { effectiveDate: '2025-03-01' }), []);
  });

  test('slot term and nominate-by date', () => {
    assert.deepEqual(checkSlotTerm('2025-03-01', '2025-01-01', null).map((e) => e.path), ['termEnd']);
    assert.deepEqual(checkSlotTerm('2025-03-01', null, '2025-04-01').map((e) => e.path), ['nominateBy']);
  });

  test('the workflow: rejection, recall and withdrawal end a nomination; recall and rejection need a reason', () => {
    const { states, transitions } = selectionWorkflow;
    for (const s of ['rejected', 'recalled', 'ended', 'withdrawn'] as const) assert.equal(states[s].final, true);
    assert.equal(transitions.reject.reasonRequired, true);
    assert.equal(transitions.recall.reasonRequired, true);
    assert.deepEqual(transitions.dispatch.from, ['approved', 'training']);
    assert.deepEqual(transitions.recall.from, ['dispatched']);
    assert.equal(transitions.withdraw.by, 'applicant');
  });
});
