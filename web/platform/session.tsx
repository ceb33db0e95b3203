import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Me } from '../../contracts/auth.ts';
import { api, ApiError, onUnauthorized, setCsrfToken } from './api.ts';

export type { Me };

type SessionState = {
  me: Me | null;
  loading: boolean;
  /** /api/auth/me failed for a reason other than "not signed in" (server down, network). */
  error: Error | null;
  /** Sign-in and password change hand the new /api/auth/me body over. */
  setMe: (me: Me | null) => void;
  refresh: () => Promise<void>;
  signOut: () => Promise<void>;
};

const SessionContext = createContext<SessionState | null>(null);
export const meQueryKey = ['auth', 'me'] as const;

async function fetchMe(): Promise<Me | null> {
  try {
    return await api.get<Me>('/api/auth/me');
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function SessionProvider({ children, onExpired }: { children: ReactNode; onExpired?: () => void }) {
  const client = useQueryClient();
  const query = useQuery({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: Infinity, retry: false });
  const me = query.data ?? null;
  useEffect(() => setCsrfToken(me?.csrfToken ?? ''), [me]);

  const setMe = useCallback(
    (next: Me | null) => {
      setCsrfToken(next?.csrfToken ?? '');
      if (!next) client.clear();
      client.setQueryData(meQueryKey, next);
    },
    [client],
  );

  useEffect(() => {
    onUnauthorized(() => {
      if (client.getQueryData(meQueryKey)) {
        setMe(null);
        onExpired?.();
      }
    });
    return () => onUnauthorized(null);
  }, [client, setMe, onExpired]);

  const refresh = useCallback(async () => {
    await client.invalidateQueries({ queryKey: meQueryKey });
  }, [client]);

  const signOut = useCallback(async () => {
    try {
      await api.post('/api/auth/logout');
    } finally {
      setMe(null);
    }
  }, [setMe]);

  const value = useMemo(
    () => ({ me, loading: query.isPending, error: query.error, setMe, refresh, signOut }),
    [me, query.isPending, query.error, setMe, refresh, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The whole session, signed in or not (the sign-in page and the gate use it). */
export function useSessionState(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSessionState needs a SessionProvider');
  return state;
}

export type Session = { me: Me; can: (ability: string) => boolean; signOut: () => Promise<void> };

/** Pages under the signed-in layout: the account, its abilities and sign-out. */
export function useSession(): Session {
  const { me, signOut } = useSessionState();
  const abilities = useMemo(() => new Set(me?.abilities ?? []), [me]);
  const can = useCallback((ability: string) => abilities.has(ability), [abilities]);
  if (!me) throw new Error('useSession is for pages behind the sign-in gate');
  return { me, can, signOut };
}
