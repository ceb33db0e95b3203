import { afterEach, describe, expect, test, vi } from 'vitest';
import { api, ApiError, fileNameFrom, onUnauthorized, setCsrfToken, withQuery } from './api.ts';

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

describe('api client', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    onUnauthorized(null);
    setCsrfToken('');
  });

  test('writes carry the CSRF token; failures become ApiError with the field errors', async () => {
    const fetchMock = vi.fn(async () =>
      json(400, { code: 'VALIDATION_FAILED', message: '提交的内容有误', fields: [{ path: 'name', message: '单位名称至少 2 个字' }] }),
    );
    vi.stubGlobal('fetch', fetchMock);
    setCsrfToken('token-1');
    const failure = await api.post('/api/units', { name: 'x' }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ApiError);
    expect(failure).toMatchObject({ status: 400, code: 'VALIDATION_FAILED', fields: [{ path: 'name', message: '单位名称至少 2 个字' }] });
    const init = (fetchMock.mock.calls[0] as unknown as [string, RequestInit])[1];
    expect((init.headers as Record<string, string>)['x-csrf-token']).toBe('token-1');
  });

  test('a 401 on a signed-in call reports the expired session', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json(401, { code: 'AUTH_SESSION_EXPIRED', message: '长时间未操作，请重新登录' })));
    const expired = vi.fn();
    onUnauthorized(expired);
    await expect(api.get('/api/units')).rejects.toMatchObject({ status: 401 });
    expect(expired).toHaveBeenCalledOnce();
  });

  test('builds query strings without empty values', () => {
    expect(withQuery('/api/units', { q: '', page: 2, type: undefined, national: false })).toBe('/api/units?page=2&national=false');
  });

  test('takes the UTF-8 file name the server gives', () => {
    expect(fileNameFrom(`attachment; filename="cadres.xlsx"; filename*=UTF-8''%E5%B9%B2%E9%83%A8.xlsx`, 'x')).toBe('干部.xlsx');
    expect(fileNameFrom('attachment; filename="cadres.xlsx"', 'x')).toBe('cadres.xlsx');
    expect(fileNameFrom(null, 'fallback.xlsx')).toBe('fallback.xlsx');
  });
});
