import { useCallback, useState } from 'react';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter, Route, Routes, useLocation, useNavigate } from 'react-router';
import { ApiError } from '../platform/api.ts';
import { LocaleProvider, useLocale } from '../platform/i18n.tsx';
import { SessionProvider } from '../platform/session.tsx';
import { NotFoundResult } from '../components/result-pages.tsx';
import { AppLayout } from './layout/app-layout.tsx';
import { HomePage } from './pages/home-page.tsx';
import { PasswordChangePage } from './pages/password-change-page.tsx';
import { SignInPage } from './pages/sign-in-page.tsx';
import { moduleRoutes } from './routes.tsx';
import { publicRoutes as householdPublicRoutes } from '../modules/household-archives/household-archives.routes.tsx';
import { publicRoutes as briefingPublicRoutes } from '../modules/advisors/advisors.routes.tsx';
import { publicRoutes as ratingPublicRoutes } from '../modules/mass-ratings/mass-ratings.routes.tsx';
import { publicRoutes as newsletterPublicRoutes } from '../modules/newsletters/newsletters.routes.tsx';
import { RequireAbility, RequireSession } from './session-gate.tsx';

function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // A 4xx will not change on retry; only transient failures are worth a second try.
        retry: (count, error) => !(error instanceof ApiError && error.status < 500) && count < 2,
      },
    },
  });
}

function AppRoutes() {
  const navigate = useNavigate();
  const location = useLocation();
  const onExpired = useCallback(() => {
    navigate('/sign-in', { replace: true, state: { expired: true, from: location.pathname + location.search } });
  }, [navigate, location]);
  return (
    <SessionProvider onExpired={onExpired}>
      <Routes>
        <Route path="/sign-in" element={<SignInPage />} />
        {[...householdPublicRoutes, ...briefingPublicRoutes, ...ratingPublicRoutes, ...newsletterPublicRoutes].map((route) => (
          <Route key={route.path} path={route.path} element={route.element} />
        ))}
        <Route element={<RequireSession />}>
          <Route path="/password" element={<PasswordChangePage />} />
          <Route element={<AppLayout />}>
            <Route index element={<HomePage />} />
            {moduleRoutes.map((route) => (
              <Route
                key={route.path}
                path={route.path}
                element={route.menu?.ability ? <RequireAbility ability={route.menu.ability}>{route.element}</RequireAbility> : route.element}
              />
            ))}
            <Route path="*" element={<NotFoundResult />} />
          </Route>
        </Route>
      </Routes>
    </SessionProvider>
  );
}

function LocalizedApp() {
  const locale = useLocale();
  dayjs.locale(locale === 'en' ? 'en' : 'zh-cn');
  return (
    <ConfigProvider
      locale={locale === 'en' ? enUS : zhCN}
      theme={{ token: { colorPrimary: '#c8102e', borderRadius: 6 } }}
      // Button names stay exactly the catalog's words ("保存", not "保 存"), for screen readers and tests alike.
      button={{ autoInsertSpace: false }}
    >
      <AntApp>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </AntApp>
    </ConfigProvider>
  );
}

export function AppRoot() {
  const [client] = useState(createQueryClient);
  return (
    <QueryClientProvider client={client}>
      <LocaleProvider>
        <LocalizedApp />
      </LocaleProvider>
    </QueryClientProvider>
  );
}
