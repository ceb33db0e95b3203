import { Button, Card, Descriptions, Empty, Flex, Skeleton, Space, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { educationLabels, genderLabels, partyStatusLabels, rankLabels, specialityLabels, type CadreView } from '../../../../contracts/cadres.ts';
import { partyRoleLabels, type MembershipView } from '../../../../contracts/party-orgs.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { SensitiveText } from '../../../components/sensitive-text.tsx';
import { useText } from '../../../platform/i18n.tsx';
import { useSession } from '../../../platform/session.tsx';
import { cadresApi, cadresKey } from '../cadres.api.ts';
import { useCadreMessages } from '../cadres.messages.ts';
import { CadreDutyCards } from '../components/cadre-duty-cards.tsx';

function PartyMemberships({ cadre }: { cadre: CadreView }) {
  const t = useCadreMessages();
  const text = useText();
  const query = useQuery({ queryKey: [cadresKey, 'memberships', cadre.id], queryFn: () => cadresApi.memberships(cadre.id) });
  if (query.isPending) return <Skeleton active paragraph={{ rows: 2 }} />;
  if (query.isError) return <LoadFailedResult error={query.error} onRetry={() => void query.refetch()} />;
  const line = (m: MembershipView) => `${m.partyOrgName} · ${text(partyRoleLabels[m.role])}${m.joinedOn ? ` · ${m.joinedOn}` : ''}`;
  return (
    <Descriptions column={1} size="small">
      <Descriptions.Item label={t('detail.partyFormal')}>{query.data.formal ? line(query.data.formal) : t('detail.partyNone')}</Descriptions.Item>
      <Descriptions.Item label={t('detail.partyTemporary')}>
        {query.data.temporary.length > 0 ? (
          <Space orientation="vertical" size={2}>
            {query.data.temporary.map((m) => (
              <span key={m.id}>{line(m)}</span>
            ))}
          </Space>
        ) : (
          t('detail.partyNone')
        )}
      </Descriptions.Item>
    </Descriptions>
  );
}

/** /cadres/:id: the cadre's file, ID and phone masked until a reason is given, his posting and party ties. */
export function CadreDetailPage() {
  const { id } = useParams<{ id: string }>();
  const t = useCadreMessages();
  const text = useText();
  const navigate = useNavigate();
  const { can } = useSession();
  const query = useQuery({ queryKey: [cadresKey, 'detail', id], queryFn: () => cadresApi.get(id!) });
  const cadre = query.data;

  if (query.isError) return <LoadFailedResult error={query.error} onRetry={() => void query.refetch()} />;
  const back = <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('detail.back')} onClick={() => navigate('/cadres')} />;
  if (!cadre) return <Skeleton active />;

  const unmask = (field: 'idNumber' | 'phone') => (cadre.abilities.unmask ? { unmaskUrl: cadresApi.unmaskUrl(cadre.id), body: { field } } : {});
  return (
    <>
      <PageHeader
        title={cadre.name}
        subtitle={cadre.unitName ?? undefined}
        back={back}
        extra={
          cadre.abilities.update ? (
            <Button icon={<EditOutlined />} onClick={() => navigate(`/cadres/${cadre.id}/edit`)}>
              {t('detail.edit')}
            </Button>
          ) : null
        }
      />
      <Flex vertical gap={16}>
        <Card title={t('detail.basics')}>
          <Descriptions column={{ xs: 1, md: 2 }} size="middle">
            <Descriptions.Item label={t('field.gender')}>{text(genderLabels[cadre.gender])}</Descriptions.Item>
            <Descriptions.Item label={t('field.idNumber')}>
              <SensitiveText masked={cadre.idNumber} {...unmask('idNumber')} />
            </Descriptions.Item>
            <Descriptions.Item label={t('field.birthDate')}>{cadre.birthDate}</Descriptions.Item>
            <Descriptions.Item label={t('field.ethnicity')}>{cadre.ethnicity}</Descriptions.Item>
            <Descriptions.Item label={t('field.partyStatus')}>{text(partyStatusLabels[cadre.partyStatus])}</Descriptions.Item>
            <Descriptions.Item label={t('field.education')}>{cadre.education ? text(educationLabels[cadre.education]) : '—'}</Descriptions.Item>
            <Descriptions.Item label={t('field.unit')}>{cadre.unitName ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('field.position')}>{cadre.position ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('field.rank')}>{cadre.rank ? text(rankLabels[cadre.rank]) : '—'}</Descriptions.Item>
            <Descriptions.Item label={t('field.phone')}>{cadre.phone ? <SensitiveText masked={cadre.phone} {...unmask('phone')} /> : '—'}</Descriptions.Item>
            <Descriptions.Item label={t('field.specialities')}>
              {cadre.specialities.length > 0 ? cadre.specialities.map((s) => <Tag key={s}>{text(specialityLabels[s])}</Tag>) : '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('field.division')}>{cadre.divisionName ?? cadre.divisionCode}</Descriptions.Item>
            <Descriptions.Item label={t('detail.updatedAt')}>{cadre.updatedAt.slice(0, 10)}</Descriptions.Item>
          </Descriptions>
        </Card>
        <Card title={t('detail.posting')}>
          {cadre.postedDivisionCode ? (
            <Typography.Text>
              {t('column.posted')}：{cadre.postedDivisionName ?? cadre.postedDivisionCode}
            </Typography.Text>
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('detail.notPosted')} />
          )}
        </Card>
        {can('party_orgs.read') && cadre.partyStatus !== 'none' ? (
          <Card title={t('detail.party')}>
            <PartyMemberships cadre={cadre} />
          </Card>
        ) : null}
        <CadreDutyCards cadreId={cadre.id} />
      </Flex>
    </>
  );
}
