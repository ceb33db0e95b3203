import { useState } from 'react';
import { Card, List, Result, Skeleton, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { newsletterApi } from '../newsletters.api.ts';
import { useNewsletterMessages } from '../newsletters.messages.ts';

/** /news/:divisionCode — what a region has published, newest first, for anyone. */
export function PublicNewsletterListPage() {
  const t = useNewsletterMessages();
  const { divisionCode = '' } = useParams();
  const [page, setPage] = useState(1);
  const query = useQuery({ queryKey: ['public-newsletters', divisionCode, page], queryFn: () => newsletterApi.publicList(divisionCode, page), retry: false });
  const list = query.data;
  return (
    <div style={{ maxWidth: 720, margin: '0 auto', padding: 12, minHeight: '100vh', background: '#f5f5f5' }}>
      {query.isPending ? <Skeleton active /> : null}
      {query.isError ? <Result status="error" title={t('public.loadFailed')} /> : null}
      {list ? (
        <Card title={<span style={{ color: '#c8102e' }}>{t('public.listTitle', { region: list.regionName ?? '' })}</span>}>
          <List
            dataSource={list.items}
            locale={{ emptyText: t('public.empty') }}
            pagination={list.total > 20 ? { current: page, pageSize: 20, total: list.total, onChange: setPage, size: 'small' } : false}
            renderItem={(item) => (
              <List.Item key={item.token}>
                <Space direction="vertical" size={2}>
                  <Link to={`/n/${item.token}`}>
                    <Typography.Text strong>{item.title}</Typography.Text>
                  </Link>
                  <Space wrap size={4}>
                    <Tag color="red">{item.kindLabel}</Tag>
                    {item.issueNo ? <Tag>{t('issueNo', { no: item.issueNo })}</Tag> : null}
                    <Typography.Text type="secondary">{[item.issuerName, item.publishedOn].filter(Boolean).join(' · ')}</Typography.Text>
                  </Space>
                </Space>
              </List.Item>
            )}
          />
        </Card>
      ) : null}
    </div>
  );
}
