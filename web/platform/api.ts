import type { ErrorBody } from '../../contracts/common.ts';

export type FieldError = { path: string; message: string };
export type Query = Record<string, string | number | boolean | null | undefined>;

/** Every failed call surfaces as one shape: the server's stable code, its message (already localized) and field errors. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: FieldError[],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type ClientState = { csrfToken: string; locale: string; onUnauthorized: (() => void) | null };
const state: ClientState = { csrfToken: '', locale: 'zh-CN', onUnauthorized: null };

/** The session hands over its CSRF token; writes echo it in a header the server checks. */
export function setCsrfToken(token: string): void {
  state.csrfToken = token;
}

/** The server answers messages in the language the page shows. */
export function setApiLocale(locale: string): void {
  state.locale = locale;
}

/** Called when a signed-in call answers 401: the session expired or was ended elsewhere. */
export function onUnauthorized(handler: (() => void) | null): void {
  state.onUnauthorized = handler;
}

export function withQuery(url: string, query?: Query): string {
  if (!query) return url;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${url}${url.includes('?') ? '&' : '?'}${text}` : url;
}

function headers(extra?: Record<string, string>): Record<string, string> {
  return { 'accept-language': state.locale, 'x-csrf-token': state.csrfToken, ...extra };
}

async function failure(response: Response): Promise<ApiError> {
  let body: Partial<ErrorBody> = {};
  try {
    body = (await response.json()) as Partial<ErrorBody>;
  } catch {
    body = {};
  }
  const error = new ApiError(response.status, body.code ?? `HTTP_${response.status}`, body.message ?? response.statusText, body.fields);
  // The sign-in call itself answers 401 for a wrong password; only an established session "expires".
  if (response.status === 401 && !response.url.endsWith('/api/auth/login')) state.onUnauthorized?.();
  return error;
}

async function send<T>(method: string, url: string, body?: unknown): Promise<T> {
  const init: RequestInit = { method, credentials: 'same-origin', headers: headers() };
  if (body !== undefined) {
    init.headers = headers({ 'content-type': 'application/json' });
    init.body = JSON.stringify(body);
  }
  const response = await fetch(url, init);
  if (!response.ok) throw await failure(response);
  if (response.status === 204) return undefined as T;
  const type = response.headers.get('content-type') ?? '';
  return (type.includes('application/json') ? await response.json() : await response.text()) as T;
}

/** RFC 6266: prefer the UTF-8 `filename*` (Chinese names), fall back to the plain one. */
export function fileNameFrom(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
  if (extended?.[1]) return decodeURIComponent(extended[1].trim());
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(disposition);
  return plain?.[1]?.trim() || fallback;
}

async function download(url: string, query?: Query): Promise<string> {
  const response = await fetch(withQuery(url, query), { credentials: 'same-origin', headers: headers() });
  if (!response.ok) throw await failure(response);
  const name = fileNameFrom(response.headers.get('content-disposition'), url.split('/').pop() ?? 'download');
  const blob = await response.blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  return name;
}

async function upload<T>(url: string, file: File, fields?: Record<string, string>): Promise<T> {
  const form = new FormData();
  // Multipart readers see fields before the file only when they come first.
  for (const [key, value] of Object.entries(fields ?? {})) form.append(key, value);
  form.append('file', file, file.name);
  const response = await fetch(url, { method: 'POST', credentials: 'same-origin', headers: headers(), body: form });
  if (!response.ok) throw await failure(response);
  return (await response.json()) as T;
}

export const api = {
  get: <T>(url: string, query?: Query) => send<T>('GET', withQuery(url, query)),
  post: <T>(url: string, body?: unknown) => send<T>('POST', url, body ?? {}),
  put: <T>(url: string, body: unknown) => send<T>('PUT', url, body),
  patch: <T>(url: string, body: unknown) => send<T>('PATCH', url, body),
  del: <T>(url: string) => send<T>('DELETE', url),
  upload,
  download,
};
