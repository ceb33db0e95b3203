import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from 'antd';
import dayjs from 'dayjs';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { VisitFormModal } from './visit-form-modal.tsx';
import type { CadreChoice } from './visit-values.ts';

const householdId = '0b1c4f7e-8a55-4d55-9d3e-2a6f5c1e9b10';
const saved = { id: '5f0d2f43-2c39-4a3e-9f7a-6a3c1c0e2b11', visitedOn: dayjs().format('YYYY-MM-DD'), photos: [] };

function renderModal(cadreChoice: CadreChoice = 'none') {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <App>
        <VisitFormModal open householdId={householdId} cadreChoice={cadreChoice} onClose={() => undefined} />
      </App>
    </QueryClientProvider>,
  );
}

const json = (body: unknown, status: number) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const posts = (fetchMock: ReturnType<typeof vi.fn>) => fetchMock.mock.calls.filter(([, init]) => (init as RequestInit | undefined)?.method === 'POST');

// antd's first render in jsdom is slow on a cold cache.
describe('record a visit', { timeout: 30_000 }, () => {
  let fetchMock: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    fetchMock = vi.fn(async () => json(saved, 201));
    vi.stubGlobal('fetch', fetchMock);
    // The text areas measure themselves; jsdom has no ResizeObserver.
    vi.stubGlobal('ResizeObserver', class { observe() {} unobserve() {} disconnect() {} });
  });
  afterEach(() => vi.unstubAllGlobals());

  test('sends the household of the page, today and the trimmed findings; no photo is required', async () => {
    renderModal();
    fireEvent.change(await screen.findByLabelText('走访情况'), { target: { value: ' 家中老人住院，已联系医保报销 ' } });
    fireEvent.click(screen.getByRole('button', { name: /^保\s*存$/ }));
    await waitFor(() => expect(posts(fetchMock)).toHaveLength(1));
    const [url, init] = posts(fetchMock)[0]!;
    expect(url).toBe('/api/visits');
    expect(JSON.parse(String((init as RequestInit).body))).toEqual({ householdId, visitedOn: dayjs().format('YYYY-MM-DD'), findings: '家中老人住院，已联系医保报销' });
  });

  test('empty findings are refused in Chinese before anything is sent', async () => {
    renderModal();
    fireEvent.click(await screen.findByRole('button', { name: /^保\s*存$/ }));
    expect(await screen.findByText('请填写走访情况')).toBeTruthy();
    expect(posts(fetchMock)).toHaveLength(0);
  });

  test("the server's field errors show beside the field", async () => {
    fetchMock.mockImplementation(async () =>
      json({ code: 'VALIDATION_FAILED', message: '提交的内容有误，请按提示修改', fields: [{ path: 'visitedOn', message: '走访日期不能晚于今天' }] }, 400),
    );
    renderModal();
    fireEvent.change(await screen.findByLabelText('走访情况'), { target: { value: '走访' } });
    fireEvent.click(screen.getByRole('button', { name: /^保\s*存$/ }));
    expect(await screen.findByText('走访日期不能晚于今天')).toBeTruthy();
  });

  test('an account of no cadre must name the cadre', async () => {
    renderModal('required');
    fireEvent.change(await screen.findByLabelText('走访情况'), { target: { value: '走访' } });
    fireEvent.click(screen.getByRole('button', { name: /^保\s*存$/ }));
    expect(await screen.findByText('请选择走访干部')).toBeTruthy();
    expect(posts(fetchMock)).toHaveLength(0);
  });

  test('a file that is not a JPG or PNG is refused and not attached', async () => {
    renderModal();
    const input = await screen.findByTestId('visit-photo-input');
    fireEvent.change(input, { target: { files: [new File(['%PDF-1.4'], '纪要.pdf', { type: 'application/pdf' })] } });
    expect(await screen.findByText('只能上传 JPG 或 PNG 图片')).toBeTruthy();
    expect(screen.queryByText('纪要.pdf')).toBeNull();
    fireEvent.change(input, { target: { files: [new File([new Uint8Array([0x89, 0x50])], '院坝会.png', { type: 'image/png' })] } });
    expect(await screen.findByText('院坝会.png')).toBeTruthy();
  });
});
