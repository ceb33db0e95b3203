import { useState } from 'react';
import { App, Button, Space, Descriptions, Drawer, Popconfirm, Spin, Tag } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { branchTasks, orgLifeKinds } from '../../../../contracts/org-life.ts';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { useText } from '../../../platform/i18n.tsx';
import { orgLifeApi, orgLifeKey } from '../org-life.api.ts';
import { useOrgLifeMessages } from '../org-life.messages.ts';
import { OrgLifeForm } from './org-life-form.tsx';

/** One meeting: what it was about, who came, who did not and why, its photos if any. */
export function OrgLifeDetail({ id, onClose }: { id: string | null; onClose: () => void }) {
  const t = useOrgLifeMessages();
  const text = useText();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const { message } = App.useApp();
  const record = useQuery({ queryKey: [orgLifeKey, 'one', id], queryFn: () => orgLifeApi.get(id!), enabled: !!id });
  const remove = useMutation({
    mutationFn: () => orgLifeApi.remove(id!),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: [orgLifeKey] });
      void message.success(t('detail.deleted'));
      close();
    },
    onError: (error) => notify(error),
  });
  const [editing, setEditing] = useState(false);
  const r = record.data;
  const close = () => {
    setEditing(false);
    onClose();
  };
  return (
    <Drawer
      open={!!id}
      onClose={close}
      title={t('detail.title')}
      size="large"
      extra={
        r && !editing ? (
          <Space>
            {r.abilities.update ? (
              <Button onClick={() => setEditing(true)} data-testid="org-life-edit">
                {t('detail.edit')}
              </Button>
            ) : null}
            {r.abilities.delete ? (
              <Popconfirm title={t('detail.deleteConfirm')} onConfirm={() => remove.mutate()}>
                <Button danger loading={remove.isPending} data-testid="org-life-delete">
                  {t('detail.delete')}
                </Button>
              </Popconfirm>
            ) : null}
          </Space>
        ) : null
      }
    >
      {record.isError ? <LoadFailedResult error={record.error} onRetry={() => void record.refetch()} /> : null}
      {!r && !record.isError ? <Spin /> : null}
      {r && editing ? (
        <OrgLifeForm branches={[{ value: r.partyOrgId, label: r.partyOrgName }]} record={r} onSaved={() => setEditing(false)} onCancel={() => setEditing(false)} />
      ) : null}
      {r && !editing ? (
        <Descriptions column={1} bordered size="small">
          <Descriptions.Item label={t('form.branch')}>{r.partyOrgName}</Descriptions.Item>
          <Descriptions.Item label={t('form.kind')}>{text(orgLifeKinds.labels[r.kind])}</Descriptions.Item>
          <Descriptions.Item label={t('form.heldOn')}>{r.heldOn}</Descriptions.Item>
          <Descriptions.Item label={t('form.topic')}>{r.topic}</Descriptions.Item>
          <Descriptions.Item label={t('form.place')}>{r.place}</Descriptions.Item>
          <Descriptions.Item label={t('form.content')}>{r.content}</Descriptions.Item>
          <Descriptions.Item label={t('form.tasks')}>
            {r.tasks.map((task) => (
              <Tag key={task}>{text(branchTasks.labels[task])}</Tag>
            ))}
          </Descriptions.Item>
          <Descriptions.Item label={t('form.attendees')}>{r.attendees.map((a) => a.name).join('、')}</Descriptions.Item>
          <Descriptions.Item label={t('form.absentees')}>
            {r.absentees.map((a) => (
              <div key={a.cadreId}>
                {t('detail.absentee', { name: a.name, reason: a.reason })}
                {a.madeUpOn ? t('detail.madeUp', { date: a.madeUpOn, note: a.madeUpNote ? `：${a.madeUpNote}` : '' }) : null}
              </div>
            ))}
          </Descriptions.Item>
          <Descriptions.Item label={t('form.photos')}>
            {r.photos.length === 0
              ? t('detail.noPhotos')
              : r.photos.map((p) => (
                  <a key={p.id} href={orgLifeApi.photoUrl(r.id, p.id)} target="_blank" rel="noreferrer" style={{ marginRight: 8 }}>
                    {p.fileName}
                  </a>
                ))}
          </Descriptions.Item>
        </Descriptions>
      ) : null}
    </Drawer>
  );
}
