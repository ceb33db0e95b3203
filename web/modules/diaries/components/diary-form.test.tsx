import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from 'antd';
import dayjs from 'dayjs';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { diaryCreateBody } from '../../../../contracts/diaries.ts';
import { DiaryForm } from './diary-form.tsx';
import { toDiaryBody } from './diary-values.ts';

const today = dayjs().format('YYYY-MM-DD');

function renderForm() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <App>
        <DiaryForm />
      </App>
    </QueryClientProvider>,
  );
}

const json = (body: unknown, status: number) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
const posts = (fetchMock: ReturnType<typeof vi.fn>) => fetchMock.mock.calls.filter(([, init]) => (init as RequestInit | undefined)?.method === 'POST');

describe('diary values', () => {
  test('become a body the contract accepts, the text trimmed', () => {
    const body = toDiaryBody({ entryDate: dayjs('2026-11-20'), content: ' 院坝会上群众提出修路 ' });
    expect(body).toEqual({ entryDate: '2026-11-20', content: '院坝会上群众提出修路' });
    expect(diaryCreateBody.safeParse(body).success).toBe(true);
    expect(diaryCreateBody.safeParse(toDiaryBody({ entryDate: dayjs('2026-11-20'), content: '  ' })).success).toBe(false);
  });
});

// antd's first render in jsdom is slow on a cold cache.
describe('write a diary entry', { timeout: 30_000 }, () => {
  let fetchMock: ReturnType<typeof vi.fn>;

  beforeEach(() => {
    fetchMock = vi.fn(async () => json({ id: 'd1', entryDate: today, content: 'x' }, 201));
    vi.stubGlobal('fetch', fetchMock);
    vi.stubGlobal('ResizeObserver', class { observe() {} unobserve() {} disconnect() {} });
  });
  afterEach(() => vi.unstubAllGlobals());

  test("today's entry is sent with the trimmed text", async () => {
    renderForm();
    fireEvent.change(await screen.findByLabelText('内容'), { target: { value: ' 走访杨正华家，重楼销路有着落了。 ' } });
    fireEvent.click(screen.getByRole('button', { name: /保存日记/ }));
    await waitFor(() => expect(posts(fetchMock)).toHaveLength(1));
    const [url, init] = posts(fetchMock)[0]!;
    expect(url).toBe('/api/diaries');
    expect(JSON.parse(String((init as RequestInit).body))).toEqual({ entryDate: today, content: '走访杨正华家，重楼销路有着落了。' });
  });

  test('an empty entry is refused in Chinese before anything is sent', async () => {
    renderForm();
    fireEvent.click(await screen.findByRole('button', { name: /保存日记/ }));
    expect(await screen.findByText('请填写日记内容')).toBeTruthy();
    expect(posts(fetchMock)).toHaveLength(0);
  });

  test('a second entry for the day is refused beside the date', async () => {
    fetchMock.mockImplementation(async () =>
      json({ code: 'DIARY_DUPLICATE', message: `${today} 已写过民情日记，请在原日记上修改`, fields: [{ path: 'entryDate', message: '这一天已写过民情日记' }] }, 409),
    );
    renderForm();
    fireEvent.change(await screen.findByLabelText('内容'), { target: { value: '第二篇' } });
    fireEvent.click(screen.getByRole('button', { name: /保存日记/ }));
    expect(await screen.findByText('这一天已写过民情日记')).toBeTruthy();
  });
});
