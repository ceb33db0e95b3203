import { afterEach, describe, expect, test, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { App } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router';
import type { ArchiveFileList, HouseholdLinkState } from '../../../../contracts/household-archives.ts';
import { HouseholdArchiveTab } from './household-archive-tab.tsx';
import { checkArchiveUpload } from './upload-check.ts';

const householdId = '0b1c4f7e-8a55-4d55-9d3e-2a6f5c1e9b10';
const files = (upload: boolean): ArchiveFileList => ({
  items: [
    { id: 'f1', category: 'income_proof', fileName: '2025年收入证明.pdf', mimeType: 'application/pdf', size: 2048, uploadedBy: '拖车村第一书记', createdAt: '2026-03-02T02:00:00.000Z' },
  ],
  total: 1,
  maxBytes: 10 * 1024 * 1024,
  extensions: ['pdf', 'jpg', 'png'],
  abilities: { upload, remove: upload },
});
const link = { id: 'l1', token: `tok_${'x'.repeat(32)}`, active: true, createdAt: '2026-03-01T02:00:00.000Z', createdBy: '拖车村第一书记', revokedAt: null, revokedBy: null };
const links = (manage: boolean, active: boolean): HouseholdLinkState => ({
  active: active ? link : null,
  history: active ? [link] : [],
  card: { village: '云南省曲靖市会泽县娜姑镇拖车村', householderName: '楊**' },
  abilities: { manage },
});

type Answer = { status?: number; body: unknown };
function serve(routes: Record<string, Answer>) {
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    const key = `${init?.method ?? 'GET'} ${url}`;
    const answer = routes[key];
    if (!answer) return new Response(JSON.stringify({ code: 'NOT_FOUND', message: key }), { status: 404, headers: { 'content-type': 'application/json' } });
    return new Response(JSON.stringify(answer.body), { status: answer.status ?? 200, headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function renderTab() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <App>
          <HouseholdArchiveTab householdId={householdId} divisionCode="530326102204" />
        </App>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

afterEach(() => vi.unstubAllGlobals());

// The first render pays for loading antd's table, select and collapse; a cold run can exceed the default five seconds.
describe('household archive tab', { timeout: 20_000 }, () => {
  test('a keeper sees the files with their category, the limits, and can make the QR code', async () => {
    const fetchMock = serve({
      [`GET /api/households/${householdId}/files`]: { body: files(true) },
      [`GET /api/households/${householdId}/links`]: { body: links(true, false) },
      [`POST /api/households/${householdId}/links`]: { status: 201, body: link },
    });
    renderTab();
    expect(await screen.findByText('2025年收入证明.pdf')).toBeTruthy();
    expect(screen.getByText('收入证明')).toBeTruthy();
    expect(screen.getByText('拖车村第一书记')).toBeTruthy();
    expect(screen.getByText(/单个文件不超过 10 MB/)).toBeTruthy();
    expect(screen.getByRole('button', { name: /上传文件/ }).hasAttribute('disabled')).toBe(true);
    fireEvent.click(await screen.findByRole('button', { name: /生成二维码/ }));
    await waitFor(() => expect(fetchMock.mock.calls.some(([url, init]) => init?.method === 'POST' && url === `/api/households/${householdId}/links`)).toBe(true));
  });

  test('a reader sees the active code and the print links but no upload, delete or revoke', async () => {
    serve({
      [`GET /api/households/${householdId}/files`]: { body: files(false) },
      [`GET /api/households/${householdId}/links`]: { body: links(false, true) },
    });
    renderTab();
    expect(await screen.findByText('2025年收入证明.pdf')).toBeTruthy();
    expect(await screen.findByRole('button', { name: /打印二维码卡片/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /打印扶贫手册/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /上传文件/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /删除/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /撤销/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /生成二维码/ })).toBeNull();
    await waitFor(() => expect(screen.getByTestId('household-qr').getAttribute('src')).toMatch(/^data:image\/svg\+xml/));
  });

  test('a keeper with an active code may remake or revoke it', async () => {
    serve({
      [`GET /api/households/${householdId}/files`]: { body: files(true) },
      [`GET /api/households/${householdId}/links`]: { body: links(true, true) },
    });
    renderTab();
    expect(await screen.findByRole('button', { name: /重新生成/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /撤销/ })).toBeTruthy();
  });
});

describe('upload check', () => {
  test('refuses by name and size before sending, in the server’s words', () => {
    expect(checkArchiveUpload({ name: '协议.PDF', size: 10 }, 100)).toBeNull();
    expect(checkArchiveUpload({ name: 'setup.exe', size: 10 }, 100)?.key).toBe('files.badType');
    expect(checkArchiveUpload({ name: '空.pdf', size: 0 }, 100)?.key).toBe('files.emptyFile');
    expect(checkArchiveUpload({ name: '大.jpg', size: 2 * 1024 * 1024 }, 1024 * 1024)).toEqual({ key: 'files.tooLarge', params: { size: '2 MB', limit: '1 MB' } });
  });
});
