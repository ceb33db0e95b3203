import { useState } from 'react';
import { App, Breadcrumb, Button, Card, Descriptions, Empty, Form, Skeleton, Space, Tag, Typography } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { divisionLevelLabels, type DivisionDetail, type VillageProfileBody, type VillageProfileView } from '../../../contracts/divisions.ts';
import { applyFieldErrors } from '../../components/form-errors.ts';
import { LoadFailedResult } from '../../components/result-pages.tsx';
import { useErrorNotice } from '../../components/use-error-notice.ts';
import { useText } from '../../platform/i18n.tsx';
import { divisionsApi, divisionsKey } from './divisions.api.ts';
import { useDivisionMessages } from './divisions.messages.ts';
import { LocalVillageModal } from './local-village-modal.tsx';
import { VillageProfileForm, toProfileValues, type VillageProfileValues } from './village-profile-form.tsx';

type DivisionDetailPanelProps = {
  code: string;
  onNavigate: (code: string) => void;
  /** A village was added under a township: the tree reloads that township's children. */
  onChildrenChanged: (parentCode: string) => void;
};

function ProfileView({ profile }: { profile: VillageProfileView | null }) {
  const t = useDivisionMessages();
  if (!profile) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('profile.empty')} />;
  const number = (value: number | null) => (value === null ? '—' : value.toLocaleString());
  const tags = (list: string[]) => (list.length ? list.map((item) => <Tag key={item}>{item}</Tag>) : '—');
  return (
    <Descriptions column={{ xs: 1, sm: 2 }} size="small">
      <Descriptions.Item label={t('field.population')}>{number(profile.population)}</Descriptions.Item>
      <Descriptions.Item label={t('field.households')}>{number(profile.households)}</Descriptions.Item>
      <Descriptions.Item label={t('field.poorHouseholds')}>{number(profile.poorHouseholds)}</Descriptions.Item>
      <Descriptions.Item label={t('field.collectiveIncome')}>{profile.collectiveIncome ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('field.mainIndustries')}>{tags(profile.mainIndustries)}</Descriptions.Item>
      <Descriptions.Item label={t('field.infrastructureGaps')}>{tags(profile.infrastructureGaps)}</Descriptions.Item>
      <Descriptions.Item label={`${t('field.latitude')} / ${t('field.longitude')}`}>
        {profile.latitude === null ? '—' : `${profile.latitude}, ${profile.longitude}`}
      </Descriptions.Item>
      <Descriptions.Item label={t('profile.updatedAt')}>{profile.updatedAt ? new Date(profile.updatedAt).toLocaleString() : '—'}</Descriptions.Item>
      <Descriptions.Item label={t('field.note')} span={2}>
        {profile.note ?? '—'}
      </Descriptions.Item>
    </Descriptions>
  );
}

/** One division: where it lies, what it holds, and for a village its 村情, editable by those who keep it. */
export function DivisionDetailPanel({ code, onNavigate, onChildrenChanged }: DivisionDetailPanelProps) {
  const t = useDivisionMessages();
  const text = useText();
  const client = useQueryClient();
  const { message } = App.useApp();
  const notify = useErrorNotice();
  const [editing, setEditing] = useState(false);
  const [adding, setAdding] = useState(false);
  const [form] = Form.useForm<VillageProfileValues>();
  const detail = useQuery({ queryKey: [divisionsKey, 'detail', code], queryFn: () => divisionsApi.get(code) });
  const save = useMutation({
    mutationFn: (body: VillageProfileBody) => divisionsApi.saveProfile(code, body),
    onSuccess: (updated: DivisionDetail) => {
      client.setQueryData([divisionsKey, 'detail', code], updated);
      void message.success(t('profile.saved', { name: updated.name }));
      setEditing(false);
    },
    onError: (error) => {
      if (!applyFieldErrors(form, error)) notify(error);
    },
  });

  if (detail.isError) return <LoadFailedResult error={detail.error} onRetry={() => void detail.refetch()} />;
  if (!detail.data) return <Card><Skeleton active /></Card>;
  const division = detail.data;
  const crumbs = [...division.ancestors, { code: division.code, name: division.name }].map((item) => ({
    key: item.code,
    title: item.code === division.code ? item.name : <Typography.Link onClick={() => onNavigate(item.code)}>{item.name}</Typography.Link>,
  }));

  return (
    <Space orientation="vertical" size={16} style={{ width: '100%' }}>
      <Card
        title={division.name}
        extra={
          division.abilities.createVillage ? (
            <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {t('local.add')}
            </Button>
          ) : null
        }
      >
        <Breadcrumb items={crumbs} style={{ marginBottom: 12 }} />
        <Descriptions column={{ xs: 1, sm: 2 }} size="small">
          <Descriptions.Item label={t('detail.code')}>{division.code}</Descriptions.Item>
          <Descriptions.Item label={t('detail.level')}>{text(divisionLevelLabels[division.level])}</Descriptions.Item>
          <Descriptions.Item label={t('detail.path')}>{division.path}</Descriptions.Item>
          <Descriptions.Item label={t('detail.children')}>{division.childCount}</Descriptions.Item>
          <Descriptions.Item label={t('detail.source')}>
            {division.source === 'local' ? <Tag color="orange">{t('source.local')}</Tag> : t('source.national')}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      {division.level === 'village' ? (
        <Card
          title={t('profile.title')}
          extra={
            division.abilities.editProfile && !editing ? (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                {t('profile.edit')}
              </Button>
            ) : null
          }
        >
          {editing ? (
            <VillageProfileForm
              form={form}
              initialValues={toProfileValues(division.profile)}
              submitting={save.isPending}
              onSubmit={(body) => save.mutate(body)}
              onCancel={() => setEditing(false)}
            />
          ) : (
            <ProfileView profile={division.profile} />
          )}
        </Card>
      ) : null}
      {division.abilities.createVillage ? (
        <LocalVillageModal
          township={division}
          open={adding}
          onClose={() => setAdding(false)}
          onCreated={(village) => {
            setAdding(false);
            onChildrenChanged(division.code);
            onNavigate(village.code);
          }}
        />
      ) : null}
    </Space>
  );
}
