import { describe, expect, test, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RemoteSelect, type RemoteOption } from './remote-select.tsx';

const units: RemoteOption[] = [
  { value: 'u1', label: '会泽县农业农村局 · 会泽县' },
  { value: 'u2', label: '会泽县水务局 · 会泽县' },
];

function renderSelect(props: Partial<Parameters<typeof RemoteSelect>[0]> = {}) {
  const search = vi.fn(async (q: string) => units.filter((u) => u.label.includes(q)));
  const onChange = vi.fn();
  render(
    <QueryClientProvider client={new QueryClient()}>
      <RemoteSelect queryKey={['test']} search={search} onChange={onChange} aria-label="单位" {...props} />
    </QueryClientProvider>,
  );
  return { search, onChange };
}

describe('RemoteSelect', () => {
  test('an existing value shows its known label before any search', () => {
    renderSelect({ value: 'u9', known: { value: 'u9', label: '云南省农业农村厅' } });
    expect(screen.getByText('云南省农业农村厅')).toBeTruthy();
  });

  test('several known labels, as a form holding several values passes them', () => {
    renderSelect({ value: 'u8', known: [{ value: 'u7', label: '甲局' }, { value: 'u8', label: '乙局' }] });
    expect(screen.getByText('乙局')).toBeTruthy();
  });

  test('typing searches the server once the typing pauses', async () => {
    const { search } = renderSelect();
    await waitFor(() => expect(search).toHaveBeenCalledWith(''));
    const input = screen.getByRole('combobox');
    fireEvent.change(input, { target: { value: '水' } });
    fireEvent.change(input, { target: { value: '水务' } });
    await waitFor(() => expect(search).toHaveBeenCalledWith('水务'));
    expect(search).not.toHaveBeenCalledWith('水');
  });

  test('a disabled select does not search', () => {
    const { search } = renderSelect({ disabled: true });
    expect(search).not.toHaveBeenCalled();
  });
});
