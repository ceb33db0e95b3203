import { Card, Divider, Flex, List, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import type { PublicHouseholdView } from '../../../../contracts/household-archives.ts';
import { PublicPageShell } from '../../../components/public-page-shell.tsx';
import { archivesApi } from '../household-archives.api.ts';
import { useArchiveMessages } from '../household-archives.messages.ts';

type Measure = PublicHouseholdView['measures'][number];

function MeasureYear({ year, measures }: { year: number; measures: Measure[] }) {
  const t = useArchiveMessages();
  return (
    <>
      <Divider titlePlacement="start" style={{ margin: '12px 0 4px' }}>
        {t('public.measures', { year })}
      </Divider>
      <List<Measure>
        size="small"
        dataSource={measures}
        locale={{ emptyText: t('public.noMeasures') }}
        renderItem={(m) => (
          <List.Item>
            <Flex vertical gap={4} style={{ width: '100%' }}>
              <Flex justify="space-between" gap={8}>
                <Tag>{m.category.label}</Tag>
                <Tag color={m.done ? 'green' : 'gold'}>{m.done ? t('public.done') : t('public.pending')}</Tag>
              </Flex>
              <Typography.Text>{m.content}</Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
    </>
  );
}

/** What a villager or visitor sees after scanning a household's card: no sign-in, phone-sized. */
export function PublicHouseholdPage() {
  const t = useArchiveMessages();
  const { token = '' } = useParams();
  const query = useQuery({
    queryKey: ['public-household', token],
    queryFn: () => archivesApi.publicHousehold(token),
    retry: false,
  });

  return (
    <PublicPageShell title={t('public.title')} query={query} gone={{ title: t('public.revokedTitle'), hint: t('public.revokedHint') }} loadFailed={t('public.loadFailed')}>
      {(page) => (
        <Flex vertical gap={12}>
          <Card size="small">
            <Typography.Title level={3} style={{ margin: 0 }}>
              {t('public.householder')}：{page.householderName}
            </Typography.Title>
            <Typography.Paragraph type="secondary" style={{ margin: '4px 0 8px' }}>
              {t('public.village')}：{page.village}
            </Typography.Paragraph>
            <Flex gap={6} wrap>
              <Tag color="red">
                {t('public.status')}：{page.status.label}
              </Tag>
              <Tag>
                {t('public.attribute')}：{page.attribute.label}
              </Tag>
              {page.monitoringType ? (
                <Tag color="orange">
                  {t('public.monitoring')}：{page.monitoringType.label}
                </Tag>
              ) : null}
            </Flex>
          </Card>
          <Card size="small" title={t('public.cadres')}>
            <List
              size="small"
              dataSource={page.cadres}
              locale={{ emptyText: t('public.noCadres') }}
              renderItem={(c) => (
                <List.Item>
                  <Flex vertical>
                    <Typography.Text strong>{c.name}</Typography.Text>
                    <Typography.Text type="secondary">{[c.unit, c.position].filter(Boolean).join(' · ')}</Typography.Text>
                  </Flex>
                </List.Item>
              )}
            />
          </Card>
          <Card size="small">
            {page.years.map((year) => (
              <MeasureYear key={year} year={year} measures={page.measures.filter((m) => m.year === year)} />
            ))}
          </Card>
          <Typography.Paragraph type="secondary" style={{ textAlign: 'center', fontSize: 12 }}>
            {t('public.privacy')}
          </Typography.Paragraph>
        </Flex>
      )}
    </PublicPageShell>
  );
}
