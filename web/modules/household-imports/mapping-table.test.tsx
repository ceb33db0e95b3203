import { describe, expect, test, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from 'antd';
import { useState } from 'react';
import { importFields, type ImportField, type ImportPreview } from '../../../contracts/household-imports.ts';
import { MappingTable } from './components/mapping-table.tsx';

// The ledger's own titles: 证件号码 is recognised, 身份号 is not and has to be chosen by hand.
const headers = importFields.map((f) => (f.key === 'idNumber' ? '身份号' : f.header));
const preview: ImportPreview = {
  headerRow: 2,
  headers,
  suggested: importFields.map((f) => (f.key === 'idNumber' ? null : f.key)),
  missing: ['身份证号'],
  sample: [headers.map((h) => (h === '身份号' ? '530326197503011013' : `${h}值`))],
};

/** Opens a column's select, narrows it by typing, and picks the option. */
async function choose(column: string, label: string) {
  const select = screen.getByLabelText(`对应字段：${column}`);
  fireEvent.mouseDown(select);
  fireEvent.change(select, { target: { value: label.replace(' *', '') } });
  const option = await waitFor(() => {
    const found = document.querySelector<HTMLElement>(`.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title="${label}"]`);
    if (!found) throw new Error(`option ${label} not shown`);
    return found;
  });
  fireEvent.click(option);
}

function Harness({ onChange }: { onChange: (columns: (ImportField | null)[]) => void }) {
  const [columns, setColumns] = useState<(ImportField | null)[]>(preview.suggested);
  return (
    <App>
      <MappingTable
        preview={preview}
        columns={columns}
        onChange={(next) => {
          setColumns(next);
          onChange(next);
        }}
      />
    </App>
  );
}

describe('the mapping step', { timeout: 30_000 }, () => {
  test('an unmapped required field is named; choosing its column clears it', async () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    expect(screen.getByText('表头在第 2 行，以下为各列对应的字段和前几行的内容。')).toBeTruthy();
    expect(screen.getByText('还有必填字段没有对应的列：身份证号')).toBeTruthy();
    const required = screen.getByTestId('required-fields');
    expect(within(required).getByText('身份证号').closest('.ant-tag')?.className).toMatch(/red/);

    await choose('身份号', '身份证号 *');

    await waitFor(() => expect(screen.queryByText(/还有必填字段没有对应的列/)).toBeNull());
    const index = headers.indexOf('身份号');
    expect(onChange).toHaveBeenLastCalledWith(expect.arrayContaining(['idNumber']));
    expect(onChange.mock.lastCall?.[0][index]).toBe('idNumber');
    expect(within(required).getByText('身份证号').closest('.ant-tag')?.className).toMatch(/green/);
  });

  test('two columns for one field are refused until one is left out', async () => {
    const onChange = vi.fn();
    render(<Harness onChange={onChange} />);
    await choose('身份号', '姓名 *');
    expect(await screen.findByText('同一字段对应了多列：姓名')).toBeTruthy();
  });
});
