import { useState } from 'react';
import { App, Button, Card, Collapse, Flex, List, Popconfirm, Space, Tag, Typography } from 'antd';
import { PrinterOutlined, QrcodeOutlined, StopOutlined, SyncOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import dayjs from 'dayjs';
import type { HouseholdLinkView } from '../../../../contracts/household-archives.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { archivesApi, archivesKey, publicPageUrl } from '../household-archives.api.ts';
import { useArchiveMessages } from '../household-archives.messages.ts';
import { QrImage } from '../../../components/qr-image.tsx';

const when = (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm');

/** 一户一码: the active link with its code, the buttons to make, remake or revoke it, and the print pages. */
export function HouseholdLinkPanel({ householdId }: { householdId: string }) {
  const t = useArchiveMessages();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const key = [archivesKey, householdId, 'links'];
  const query = useQuery({ queryKey: key, queryFn: () => archivesApi.links(householdId) });

  if (query.isError) return <LoadFailedResult error={query.error} onRetry={() => void query.refetch()} />;
  const state = query.data;
  const active = state?.active ?? null;
  const manage = state?.abilities.manage ?? false;
  const who = (name: string | null) => name ?? t('link.unknownPerson');

  async function act(work: () => Promise<unknown>, done: string) {
    setBusy(true);
    try {
      await work();
      void message.success(done);
      await client.invalidateQueries({ queryKey: key });
    } catch (error) {
      notify(error);
    } finally {
      setBusy(false);
    }
  }
  const create = () => act(() => archivesApi.createLink(householdId), t('link.created'));
  const revoke = (link: HouseholdLinkView) => act(() => archivesApi.revokeLink(householdId, link.id), t('link.revoked'));

  return (
    <Card title={t('link.title')} size="small" loading={query.isPending}>
      <Flex gap={16} wrap align="flex-start">
        {active ? <QrImage text={publicPageUrl(window.location.origin, active.token)} size={128} alt={t('card.title')} testId="household-qr" /> : null}
        <Flex vertical gap={8} style={{ flex: 1, minWidth: 240 }}>
          <Typography.Text>{active ? t('link.active', { date: when(active.createdAt), by: who(active.createdBy) }) : t('link.none')}</Typography.Text>
          <Space wrap>
            {manage && !active ? (
              <Button type="primary" icon={<QrcodeOutlined />} loading={busy} onClick={() => void create()}>
                {t('link.create')}
              </Button>
            ) : null}
            {manage && active ? (
              <>
                <Popconfirm title={t('link.recreateConfirm')} onConfirm={() => void create()}>
                  <Button icon={<SyncOutlined />} loading={busy}>
                    {t('link.recreate')}
                  </Button>
                </Popconfirm>
                <Popconfirm title={t('link.revokeConfirm')} onConfirm={() => void revoke(active)}>
                  <Button danger icon={<StopOutlined />} loading={busy}>
                    {t('link.revoke')}
                  </Button>
                </Popconfirm>
              </>
            ) : null}
            {active ? (
              <>
                <Button icon={<PrinterOutlined />} onClick={() => navigate(`/households/${encodeURIComponent(householdId)}/qr-card`)}>
                  {t('link.card')}
                </Button>
                <a href={publicPageUrl(window.location.origin, active.token)} target="_blank" rel="noreferrer">
                  {t('link.open')}
                </a>
              </>
            ) : null}
            <Button icon={<PrinterOutlined />} onClick={() => navigate(`/households/${encodeURIComponent(householdId)}/handbook`)}>
              {t('link.handbook')}
            </Button>
          </Space>
        </Flex>
      </Flex>
      {state && state.history.length > 0 ? (
        <Collapse
          ghost
          size="small"
          style={{ marginTop: 8 }}
          items={[
            {
              key: 'history',
              label: t('link.history'),
              children: (
                <List<HouseholdLinkView>
                  size="small"
                  dataSource={state.history}
                  renderItem={(link) => (
                    <List.Item>
                      <Space wrap>
                        <Tag color={link.active ? 'green' : 'default'}>{link.active ? t('link.stateActive') : t('link.stateRevoked')}</Tag>
                        <span>
                          {t('link.historyItem', { created: when(link.createdAt), by: who(link.createdBy) })}
                          {link.revokedAt ? t('link.historyRevoked', { revoked: when(link.revokedAt), by: who(link.revokedBy) }) : ''}
                        </span>
                      </Space>
                    </List.Item>
                  )}
                />
              ),
            },
          ]}
        />
      ) : null}
    </Card>
  );
}
