import { useState } from 'react';
import { Button, Flex } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import type { VisitView } from '../../../../contracts/visits.ts';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useSession } from '../../../platform/session.tsx';
import { visitsApi, visitsKey } from '../visits.api.ts';
import { useVisitMessages } from '../visits.messages.ts';
import { VisitFormModal } from './visit-form-modal.tsx';
import { VisitTable } from './visit-table.tsx';
import { cadreChoiceOf } from './visit-values.ts';

const pageSize = 10;

/** The household page's 走访记录 tab: its visits, newest first, and "记录走访" for those who may. */
export function HouseholdVisitsTab({ householdId }: { householdId: string; divisionCode: string }) {
  const t = useVisitMessages();
  const { me, can } = useSession();
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<VisitView | null>(null);
  const [creating, setCreating] = useState(false);
  const visits = useQuery({
    queryKey: [visitsKey, 'household', householdId, page],
    queryFn: () => visitsApi.list({ householdId, page, pageSize, sort: 'visitedOn', order: 'desc' }),
  });

  if (visits.isError && !visits.data) return <LoadFailedResult error={visits.error} onRetry={() => void visits.refetch()} />;

  return (
    <Flex vertical gap={12}>
      {can('visits.write') ? (
        <Flex justify="flex-end">
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('list.create')}
          </Button>
        </Flex>
      ) : null}
      <VisitTable
        dataSource={visits.data?.items ?? []}
        loading={visits.isFetching}
        pending={visits.isPending}
        emptyText={t('tab.empty')}
        pagination={{ current: page, pageSize, total: visits.data?.total ?? 0, onChange: setPage, hideOnSinglePage: true }}
        showHousehold={false}
        onEdit={setEditing}
      />
      <VisitFormModal
        open={creating || editing !== null}
        visit={editing}
        householdId={householdId}
        cadreChoice={cadreChoiceOf(me)}
        onClose={() => {
          setCreating(false);
          setEditing(null);
        }}
      />
    </Flex>
  );
}
