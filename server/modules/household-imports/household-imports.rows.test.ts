import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { SheetCell } from '../../platform/excel/workbook-reader.ts';
import { importFields, type ImportField } from '../../../contracts/household-imports.ts';
import { HouseholdLedger, buildHousehold, isExampleRow, readDate, readMoney, readRow, readYear } from './household-imports.rows.ts';
import { missingFields, suggestMapping } from './household-imports.mapping.ts';
import { idOf, ledgerRow } from './household-imports.fixture.ts';

const mapping: ImportField[] = importFields.map((f) => f.key);
const today = new Date('2026-06-01T00:00:00Z');

function cellsOf(values: Record<string, string>, kinds: Partial<Record<ImportField, SheetCell['kind']>> = {}): SheetCell[] {
  return mapping.map((f) => {
    const text = values[f] ?? '';
    return { text, kind: kinds[f] ?? (text ? 'text' : 'empty') };
  });
}

const base = ledgerRow('5303261022040001', '530326102204', { name: '王德华', relation: '户主', first17: '53032619750301101', householder: '王德华' });

describe('reading a ledger row', () => {
  test('a good row gives the person and the household values as codes', () => {
    const parsed = readRow(mapping, cellsOf(base), today);
    assert.deepEqual(parsed.errors, []);
    assert.equal(parsed.person?.relation, 'householder');
    assert.equal(parsed.person?.birthDate, '1975-03-01');
    assert.equal(parsed.person?.medicalInsured, true);
    assert.equal(parsed.household.status, 'exited');
    assert.equal(parsed.household.secondaryCauses, 'no_capital,no_skills');
    assert.equal(parsed.household.housingGrade, 'B');
  });

  test('synonyms: 丧失劳动能力, 无劳动力, √, 本人, 文盲, 一般户, 脱贫户', () => {
    const parsed = readRow(
      mapping,
      cellsOf({ ...base, labourAbility: '丧失劳动能力', medicalInsured: '√', relation: '本人', schooling: '文盲或半文盲', attribute: '一般户', status: '脱贫户', mainCause: '因病致贫' }),
      today,
    );
    assert.deepEqual(parsed.errors, []);
    assert.equal(parsed.person?.labourAbility, 'lost');
    assert.equal(readRow(mapping, cellsOf({ ...base, labourAbility: '无劳动力' }), today).person?.labourAbility, 'none');
    assert.equal(parsed.person?.schooling, 'none');
    assert.equal(parsed.household.attribute, 'general');
    assert.equal(parsed.household.mainCause, 'illness');
  });

  test('required fields, code lists and yes/no are named by column', () => {
    const parsed = readRow(mapping, cellsOf({ ...base, name: '', health: '一般', inSchool: '可能' }), today);
    assert.deepEqual(
      parsed.errors.map((e) => e.column),
      ['姓名', '健康状况', '是否在校生'],
    );
    assert.match(parsed.errors[1]!.message, /健康、长期慢性病、大病、残疾/);
    assert.equal(parsed.person, null);
  });

  test('ID number: checksum, numeric cells, gender and birth date must agree', () => {
    const wrong = `${base.idNumber.slice(0, 17)}${base.idNumber.endsWith('0') ? '1' : '0'}`;
    assert.deepEqual(readRow(mapping, cellsOf({ ...base, idNumber: wrong }), today).errors.map((e) => e.message), ['身份证号校验位不正确']);
    assert.match(readRow(mapping, cellsOf(base, { idNumber: 'number' }), today).errors[0]!.message, /文本格式/);
    assert.deepEqual(readRow(mapping, cellsOf({ ...base, gender: '女' }), today).errors.map((e) => e.column), ['性别']);
    assert.deepEqual(readRow(mapping, cellsOf({ ...base, birthDate: '1975-03-02' }), today).errors.map((e) => e.column), ['出生日期']);
    assert.deepEqual(readRow(mapping, cellsOf({ ...base, birthDate: '1975.3.1' }), today).errors, []);
  });

  test('money is never negative; years are four digits', () => {
    assert.deepEqual(readRow(mapping, cellsOf({ ...base, wage: '-5' }), today).errors.map((e) => e.column), ['工资性收入']);
    assert.equal(readMoney('12,000.50元'), 12000.5);
    assert.equal(readMoney('-1'), undefined);
    assert.equal(readYear('2016年', today), 2016);
    assert.equal(readYear('16', today), undefined);
    assert.equal(readYear('2030', today), undefined);
    assert.equal(readDate({ text: '19800921', kind: 'text' }), '1980-09-21');
  });

  test('the example row is recognised by its mark', () => {
    assert.equal(isExampleRow(mapping, cellsOf({ ...base, code: '示例-1' })), true);
    assert.equal(isExampleRow(mapping, cellsOf(base)), false);
  });
});

describe('a household across rows', () => {
  const second = { ...base, relation: '配偶', name: '李秀英', idNumber: idOf('53032619770812102'), gender: '女' };

  test('one householder; values agree or are left blank on member rows', () => {
    const ledger = new HouseholdLedger();
    const first = readRow(mapping, cellsOf(base), today);
    assert.deepEqual(ledger.add(2, first.code, first.household, first.member), []);
    const blankMember = readRow(mapping, cellsOf({ ...second, status: '', attribute: '' }), today);
    assert.deepEqual(blankMember.errors, []);
    assert.deepEqual(ledger.add(3, blankMember.code, blankMember.household, blankMember.member), []);
    const differing = readRow(mapping, cellsOf({ ...second, status: '在册' }), today);
    assert.deepEqual(ledger.add(4, differing.code, differing.household, differing.member).map((e) => e.message), ['与同户第 2 行的户状态不一致']);
    const another = readRow(mapping, cellsOf({ ...second, relation: '户主', name: '王德华' }), today);
    assert.deepEqual(ledger.add(5, another.code, another.household, another.member).map((e) => e.message), ['同户已有户主（第 2 行），每户只能有一位户主']);
    assert.deepEqual(ledger.finish(base.code), []);
    assert.equal(ledger.households.get(base.code)!.lastRow, 5);
  });

  test('a household without a householder, or without a place, is refused on its first row', () => {
    const ledger = new HouseholdLedger();
    const member = readRow(mapping, cellsOf({ ...second, divisionCode: '' }), today);
    ledger.add(7, member.code, member.household, member.member);
    assert.deepEqual(ledger.finish(base.code).map((e) => e.column), ['与户主关系', '行政区划代码']);
  });

  test('income needs its year; the exit year needs the exited status and follows identification', () => {
    assert.deepEqual(buildHousehold('x', { divisionCode: '530326102204', householderName: 'a', attribute: 'general', status: 'registered', wage: '1' }).errors.map((e) => e.column), ['收入年度']);
    assert.deepEqual(
      buildHousehold('x', { divisionCode: '530326102204', householderName: 'a', attribute: 'general', status: 'registered', exitedYear: '2015', identifiedYear: '2016' }).errors.map((e) => e.message),
      ['脱贫年度早于识别年度', '填写了脱贫年度，户状态应为“已脱贫”'],
    );
    const ok = buildHousehold('x', { divisionCode: '530326102204', householderName: 'a', attribute: 'general', status: 'exited', mainCause: 'illness', secondaryCauses: 'illness,no_skills' });
    assert.deepEqual(ok.household?.secondaryCauses, ['no_skills']);
  });
});

describe('mapping the columns', () => {
  test('exact titles, then synonyms; derived columns are left out', () => {
    assert.deepEqual(suggestMapping(['户编号*', '证件号码', '人均纯收入（元）', '户主', '姓名', '姓名']), ['code', 'idNumber', null, 'householderName', 'name', null]);
    assert.deepEqual(suggestMapping(['工资性收入（元）', '是否参加城乡居民基本医疗保险']), ['wage', 'medicalInsured']);
  });

  test('the place counts once, as a code or three names', () => {
    const withCode = missingFields(mapping);
    assert.deepEqual(withCode, []);
    const byNames = mapping.map((f) => (f === 'divisionCode' ? null : f));
    assert.deepEqual(missingFields(byNames), []);
    const neither = byNames.map((f) => (f === 'villageName' ? null : f));
    assert.deepEqual(missingFields(neither), ['行政区划代码（或 县、乡镇、行政村）']);
  });
});
