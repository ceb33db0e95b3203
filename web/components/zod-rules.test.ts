import { describe, expect, test } from 'vitest';
import { unitBody } from '../../contracts/units.ts';
import { zodMessage, zodRules } from './zod-rules.ts';

type Validator = (rule: unknown, value: unknown) => Promise<void>;

function validatorOf(rules: ReturnType<ReturnType<typeof zodRules>>): Validator {
  return (rules[0] as { validator: Validator }).validator;
}

describe('zodRules', () => {
  test('an empty required field gets the contract wording, not a type complaint', () => {
    expect(zodMessage(unitBody.shape.name, undefined)).toBe('单位名称至少 2 个字');
    expect(zodMessage(unitBody.shape.type, undefined)).toBe('请选择单位类型');
    expect(zodMessage(unitBody.shape.shortName, undefined)).toBeNull();
  });

  test('marks required fields and checks values as the server does', async () => {
    const rules = zodRules(unitBody);
    expect(rules('name')[0]).toMatchObject({ required: true });
    expect(rules('note')[0]).toMatchObject({ required: false });
    await expect(validatorOf(rules('divisionCode'))({}, '5303')).rejects.toThrow('行政区划代码应为 12 位数字');
    await expect(validatorOf(rules('divisionCode', '请选择所在地'))({}, null)).rejects.toThrow('请选择所在地');
    await expect(validatorOf(rules('divisionCode'))({}, '530326000000')).resolves.toBeUndefined();
    await expect(validatorOf(rules('shortName'))({}, '')).resolves.toBeUndefined();
  });
});
