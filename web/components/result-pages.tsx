import { Button, Result } from 'antd';
import { useNavigate } from 'react-router';
import { ApiError } from '../platform/api.ts';
import { useLocale } from '../platform/i18n.tsx';
import { useComponentMessages } from './components.messages.ts';
import { errorText } from './use-error-notice.ts';

function HomeButton() {
  const t = useComponentMessages();
  const navigate = useNavigate();
  return (
    <Button type="primary" onClick={() => navigate('/')}>
      {t('result.home')}
    </Button>
  );
}

export function ForbiddenResult() {
  const t = useComponentMessages();
  return (
    <Result
      status="403"
      title={t('result.forbidden')}
      subTitle={t('result.forbiddenHint')}
      extra={<HomeButton />}
    />
  );
}

export function NotFoundResult() {
  const t = useComponentMessages();
  return (
    <Result
      status="404"
      title={t('result.notFound')}
      subTitle={t('result.notFoundHint')}
      extra={<HomeButton />}
    />
  );
}

/** What a page shows when its query failed: 403 and 404 get their own page, anything else a retry. */
export function LoadFailedResult({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const t = useComponentMessages();
  const locale = useLocale();
  if (error instanceof ApiError && error.status === 403) return <ForbiddenResult />;
  if (error instanceof ApiError && error.status === 404) return <NotFoundResult />;
  return (
    <Result
      status="error"
      title={t('result.failed')}
      subTitle={errorText(error, locale)}
      extra={onRetry ? <Button onClick={onRetry}>{t('result.retry')}</Button> : undefined}
    />
  );
}
