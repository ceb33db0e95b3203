import { describe, expect, test } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Form, Input } from 'antd';
import dayjs from 'dayjs';
import { projectBody } from '../../../../contracts/projects.ts';
import { SourcesTotal, toProjectBody, type ProjectFormValues } from './project-form.tsx';

function Harness({ initialValues }: { initialValues: ProjectFormValues }) {
  return (
    <Form initialValues={initialValues}>
      <Form.Item name="budget">
        <Input aria-label="budget" />
      </Form.Item>
      <Form.List name="fundSources">
        {(fields) =>
          fields.map((field) => (
            <Form.Item key={field.key} name={[field.name, 'amount']}>
              <Input aria-label={`amount-${field.name}`} />
            </Form.Item>
          ))
        }
      </Form.List>
      <SourcesTotal />
    </Form>
  );
}

describe('project form', () => {
  test('values become a body the contract accepts, sources adding up to the budget', () => {
    const body = toProjectBody({
      name: ' 长流村集中供水工程 ',
      category: 'drinking_water',
      villages: ['440981101207'],
      responsibleEntity: '新垌镇人民政府',
      description: '  ',
      budget: '300,000',
      plannedStart: dayjs('2026-12-01'),
      fundSources: [
        { kind: 'fiscal', funder: '高州市财政局', amount: '200000' },
        { kind: 'unit', funder: '广东省高级人民法院', amount: '100,000.00' },
      ],
      outputs: [{ kind: 'water_projects', planned: '1', unit: 'ignored' }],
    });
    expect(body.name).toBe('长流村集中供水工程');
    expect(body.description).toBeUndefined();
    expect(body.outputs).toEqual([{ kind: 'water_projects', planned: '1' }]);
    expect(body.plannedStart).toBe('2026-12-01');
    const parsed = projectBody.safeParse(body);
    expect(parsed.success).toBe(true);
    expect(parsed.data?.budget).toBe('300000.00');
  });

  test('a source short of the budget is refused on fundSources', () => {
    const body = toProjectBody({
      name: '长流村集中供水工程',
      category: 'drinking_water',
      villages: ['440981101207'],
      responsibleEntity: '新垌镇人民政府',
      budget: '300000',
      fundSources: [{ kind: 'fiscal', funder: '高州市财政局', amount: '299999.99' }],
      outputs: [],
    });
    const parsed = projectBody.safeParse(body);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toEqual(['fundSources']);
  });

  test('the total is shown live against the budget, to the cent', async () => {
    render(<Harness initialValues={{ budget: '0.30', fundSources: [{ amount: '0.1' }, { amount: '0.1' }] }} />);
    const total = screen.getByTestId('project-sources-total');
    expect(total.textContent).toContain('¥0.20');
    expect(total.textContent).toContain('还差 ¥0.10');
    fireEvent.change(screen.getByLabelText('amount-1'), { target: { value: '0.2' } });
    await waitFor(() => expect(total.textContent).toBe('资金来源合计 ¥0.30，项目预算 ¥0.30（与预算一致）'));
    fireEvent.change(screen.getByLabelText('budget'), { target: { value: '0.25' } });
    await waitFor(() => expect(total.textContent).toContain('超出 ¥0.05'));
  });
});
