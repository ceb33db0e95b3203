import { useState } from 'react';
import { App, Button, Card, Col, Descriptions, Popconfirm, Row, Skeleton, Table, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { contributionKinds, type SupportView } from '../../../../contracts/advisors.ts';
import { formatMoney, toCents } from '../../../../contracts/money.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { SensitiveText } from '../../../components/sensitive-text.tsx';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { useText } from '../../../platform/i18n.tsx';
import { advisorApi, advisorKey } from '../advisors.api.ts';
import { useAdvisorMessages } from '../advisors.messages.ts';
import { BriefingsCard } from '../components/briefings-card.tsx';
import { SupportModal } from '../components/support-modal.tsx';

const money = (value: string | null) => (value === null ? '—' : formatMoney(toCents(value)));

/** /advisors/:id: the advisor, what he gave the village, and the briefings he was sent. */
export function AdvisorDetailPage() {
  const { id } = useParams<{ id: string }>();
  const t = useAdvisorMessages();
  const text = useText();
  const navigate = useNavigate();
  const client = useQueryClient();
  const notify = useErrorNotice();
  const { message } = App.useApp();
  const [adding, setAdding] = useState(false);
  const query = useQuery({ queryKey: [advisorKey, 'detail', id], queryFn: () => advisorApi.get(id!) });
  const remove = useMutation({
    mutationFn: () => advisorApi.remove(id!),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: [advisorKey] });
      void message.success(t('detail.deleted'));
      navigate('/advisors');
    },
    onError: notify,
  });
  const advisor = query.data;
  if (query.isError) return <LoadFailedResult error={query.error} onRetry={() => void query.refetch()} />;
  const back = <Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('detail.back')} onClick={() => navigate('/advisors')} />;
  if (!advisor) return (<><PageHeader title={t('list.title')} back={back} /><Skeleton active /></>);

  const supportColumns = [
    { key: 'givenOn', title: t('supports.givenOn'), dataIndex: 'givenOn' },
    { key: 'kind', title: t('supports.kind'), render: (_: unknown, s: SupportView) => text(contributionKinds.labels[s.kind]) },
    { key: 'value', title: t('supports.value'), align: 'right' as const, render: (_: unknown, s: SupportView) => money(s.value) },
    { key: 'description', title: t('supports.description'), dataIndex: 'description' },
  ];

  return (
    <>
      <PageHeader
        title={advisor.name}
        subtitle={<Tag color={advisor.active ? 'green' : undefined}>{t(advisor.active ? 'active.true' : 'active.false')}</Tag>}
        back={back}
        extra={
          advisor.abilities.write ? (
            <>
              <Button icon={<EditOutlined />} onClick={() => navigate(`/advisors/${advisor.id}/edit`)}>
                {t('detail.edit')}
              </Button>
              {advisor.briefings.length === 0 ? (
                <Popconfirm title={t('detail.deleteConfirm')} onConfirm={() => remove.mutate()}>
                  <Button danger icon={<DeleteOutlined />} loading={remove.isPending}>
                    {t('detail.delete')}
                  </Button>
                </Popconfirm>
              ) : null}
            </>
          ) : null
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card>
            <Descriptions column={1} size="small" data-testid="advisor-detail">
              <Descriptions.Item label={t('column.village')}>{advisor.villageName ?? advisor.divisionCode}</Descriptions.Item>
              <Descriptions.Item label={t('column.occupation')}>{advisor.occupation}</Descriptions.Item>
              <Descriptions.Item label={t('column.workplace')}>{advisor.workplace ?? '—'}</Descriptions.Item>
              <Descriptions.Item label={t('column.phone')}>
                {advisor.phone ? <SensitiveText masked={advisor.phone} unmaskUrl={advisor.abilities.reveal ? advisorApi.revealUrl(advisor.id) : undefined} /> : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('column.appointedOn')}>{advisor.appointedOn}</Descriptions.Item>
              <Descriptions.Item label={t('column.supportValue')}>{money(advisor.supportValue)}</Descriptions.Item>
              <Descriptions.Item label={t('column.note')}>{advisor.note ?? '—'}</Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <BriefingsCard advisor={advisor} />
        </Col>
        <Col span={24}>
          <Card
            title={t('supports.title')}
            extra={
              advisor.abilities.write ? (
                <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)} data-testid="support-add">
                  {t('supports.add')}
                </Button>
              ) : null
            }
          >
            <Table<SupportView>
              rowKey="id"
              size="small"
              columns={supportColumns}
              dataSource={advisor.supports}
              pagination={false}
              scroll={{ x: 'max-content' }}
              locale={{ emptyText: <Typography.Text type="secondary">{t('supports.empty')}</Typography.Text> }}
            />
          </Card>
        </Col>
      </Row>
      {advisor.abilities.write ? <SupportModal advisorId={advisor.id} open={adding} onClose={() => setAdding(false)} /> : null}
    </>
  );
}
