import { describe, expect, test } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import { Form, Input, type FormInstance } from 'antd';
import { ApiError } from '../platform/api.ts';
import { applyFieldErrors, namePathOf } from './form-errors.ts';

function renderForm(): { form: () => FormInstance } {
  let instance: FormInstance | undefined;
  function Probe() {
    const [form] = Form.useForm();
    instance = form;
    return (
      <Form form={form}>
        <Form.Item name="name" label="单位名称">
          <Input />
        </Form.Item>
        <Form.Item name={['address', 'divisionCode']} label="所在地">
          <Input />
        </Form.Item>
      </Form>
    );
  }
  render(<Probe />);
  return { form: () => instance! };
}

describe('applyFieldErrors', () => {
  test('puts each field error beside its field, nested paths included, even on an empty field', async () => {
    const { form } = renderForm();
    const error = new ApiError(400, 'VALIDATION_FAILED', '提交的内容有误', [
      { path: 'name', message: '单位名称至少 2 个字' },
      { path: 'address.divisionCode', message: '行政区划代码应为 12 位数字' },
    ]);
    let applied = false;
    act(() => {
      applied = applyFieldErrors(form(), error);
    });
    expect(applied).toBe(true);
    expect(form().getFieldError('name')).toEqual(['单位名称至少 2 个字']);
    expect(await screen.findByText('行政区划代码应为 12 位数字')).toBeTruthy();
  });

  test('answers false when nothing lands on a field, so the caller shows the message instead', () => {
    const { form } = renderForm();
    expect(applyFieldErrors(form(), new ApiError(409, 'UNIT_NAME_TAKEN', '同一地区已有同名单位'))).toBe(false);
    expect(applyFieldErrors(form(), new ApiError(400, 'X', 'x', [{ path: 'unknownField', message: 'm' }]))).toBe(false);
    expect(applyFieldErrors(form(), new TypeError('Failed to fetch'))).toBe(false);
  });

  test('turns dotted paths into antd name paths', () => {
    expect(namePathOf('members.0.cadreId')).toEqual(['members', 0, 'cadreId']);
  });
});
