import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { render } from '@testing-library/react';
import { App } from 'antd';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router';
import { meQueryKey, SessionProvider, type Me } from '../platform/session.tsx';

export type Reply = { status?: number; body: unknown };

/** Answers the page's requests from a table of `METHOD /path` → reply; anything else is a 404 naming it. */
export function serveApi(routes: Record<string, Reply>) {
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    const key = `${init?.method ?? 'GET'} ${url.split('?')[0]!}`;
    const reply = routes[key] ?? { status: 404, body: { code: 'NOT_FOUND', message: key } };
    return new Response(JSON.stringify(reply.body), { status: reply.status ?? 200, headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

/** The requests of one method the page sent, in order. */
export function callsOf(fetchMock: ReturnType<typeof serveApi>, method: string) {
  return fetchMock.mock.calls.filter(([, init]) => (init as RequestInit | undefined)?.method === method);
}

/** A signed-in account of one role in one region, holding exactly the abilities given. */
export function accountWith(abilities: string[], who: { username: string; displayName: string; role: Me['roles'][number]; divisionCode: string; divisionName: string }): Me {
  return {
    accountId: 'a',
    username: who.username,
    displayName: who.displayName,
    roles: [who.role],
    abilities,
    scope: { divisionCode: who.divisionCode, divisionCodes: [], divisionName: who.divisionName, unitId: null, unitName: null, national: false },
    cadreId: null,
    csrfToken: 'token',
    passwordChangeRequired: false,
    passwordPolicy: { minLength: 10, minClasses: 3, maxAgeDays: 90 },
  } as unknown as Me;
}

/** Renders a page as the account would see it: its session, a fresh query cache and the router at `path`. */
export function renderWithSession(me: Me, children: ReactNode, path = '/') {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(meQueryKey, me);
  return render(
    <QueryClientProvider client={client}>
      <SessionProvider>
        <MemoryRouter initialEntries={[path]}>
          <App>{children}</App>
        </MemoryRouter>
      </SessionProvider>
    </QueryClientProvider>,
  );
}
