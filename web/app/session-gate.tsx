import type { ReactNode } from 'react';
import { Flex, Spin } from 'antd';
import { Navigate, Outlet, useLocation } from 'react-router';
import { ForbiddenResult, LoadFailedResult } from '../components/result-pages.tsx';
import { useSession, useSessionState } from '../platform/session.tsx';

function FullPageSpin() {
  return (
    <Flex align="center" justify="center" style={{ minHeight: '100vh' }}>
      <Spin size="large" />
    </Flex>
  );
}

/** Pages behind sign-in; an account that must change its password sees nothing else first. */
export function RequireSession() {
  const { me, loading, error, refresh } = useSessionState();
  const location = useLocation();
  if (loading) return <FullPageSpin />;
  if (error) return <LoadFailedResult error={error} onRetry={() => void refresh()} />;
  if (!me) return <Navigate to="/sign-in" replace state={{ from: location.pathname + location.search }} />;
  if (me.passwordChangeRequired && location.pathname !== '/password') return <Navigate to="/password" replace />;
  return <Outlet />;
}

/** A menu page the account's abilities do not open answers 403, as the server would. */
export function RequireAbility({ ability, children }: { ability: string; children: ReactNode }) {
  const { can } = useSession();
  return can(ability) ? children : <ForbiddenResult />;
}
