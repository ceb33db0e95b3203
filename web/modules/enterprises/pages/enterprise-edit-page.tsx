import { Button, Card, Skeleton } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useSession } from '../../../platform/session.tsx';
import { enterpriseApi, enterpriseKey } from '../enterprises.api.ts';
import { useEnterpriseMessages } from '../enterprises.messages.ts';
import { EnterpriseForm } from '../components/enterprise-form.tsx';

/** /enterprises/new and /enterprises/:id/edit: the enterprise's own record. */
export function EnterpriseEditPage() {
  const { id } = useParams<{ id: string }>();
  const t = useEnterpriseMessages();
  const navigate = useNavigate();
  const { me } = useSession();
  const query = useQuery({ queryKey: [enterpriseKey, 'detail', id], queryFn: () => enterpriseApi.get(id!), enabled: Boolean(id) });
  const back = <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('list.title')} onClick={() => navigate(-1)} />;
  const title = id ? t('form.editTitle') : t('form.newTitle');
  if (id && query.isError) return <LoadFailedResult error={query.error} onRetry={() => void query.refetch()} />;
  if (id && !query.data) return (<><PageHeader title={title} back={back} /><Skeleton active /></>);
  return (
    <>
      <PageHeader title={title} subtitle={query.data?.name} back={back} />
      <Card>
        <EnterpriseForm
          {...(query.data ? { enterprise: query.data } : {})}
          defaultDivision={me.scope.divisionCode ?? null}
          onSaved={(saved) => navigate(`/enterprises/${saved.id}`, { replace: true })}
          onCancel={() => navigate(-1)}
        />
      </Card>
    </>
  );
}
