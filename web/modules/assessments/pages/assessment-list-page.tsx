import { useState } from 'react';
import { Button, Modal, Table, Tag, type TableColumnsType } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link, useNavigate } from 'react-router';
import { assessmentStates, type AssessmentView } from '../../../../contracts/assessments.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useTableQuery } from '../../../components/use-table-query.ts';
import { DivisionFilter, listEmptyText } from '../../../components/list-filters.tsx';
import { useText } from '../../../platform/i18n.tsx';
import { useSession } from '../../../platform/session.tsx';
import { assessmentApi, assessmentKey } from '../assessments.api.ts';
import { useAssessmentMessages } from '../assessments.messages.ts';
import { AssessmentForm } from '../components/assessment-form.tsx';

const tableOptions = { queryKey: assessmentKey, url: assessmentApi.listUrl, filters: ['divisionCode'] as const };

/** /assessments: the counties' year-end assessments the account sees. */
export function AssessmentListPage() {
  const t = useAssessmentMessages();
  const text = useText();
  const navigate = useNavigate();
  const { can } = useSession();
  const [creating, setCreating] = useState(false);
  const table = useTableQuery<AssessmentView, 'divisionCode'>(tableOptions);
  if (table.query.isError && !table.query.data) return <LoadFailedResult error={table.query.error} onRetry={() => void table.query.refetch()} />;

  const columns: TableColumnsType<AssessmentView> = [
    { key: 'county', title: t('column.county'), render: (_: unknown, a) => <Link to={`/assessments/${a.id}`}>{a.countyName ?? a.divisionCode}</Link> },
    { key: 'year', title: t('column.year'), dataIndex: 'year' },
    { key: 'quota', title: t('column.quota'), render: (_: unknown, a) => `${Math.round(a.excellentQuota * 100)}%` },
    { key: 'count', title: t('column.count'), dataIndex: 'gradeCount', align: 'right' },
    { key: 'state', title: t('column.state'), render: (_: unknown, a) => <Tag color={a.state === 'confirmed' ? 'green' : 'blue'}>{text(assessmentStates.labels[a.state])}</Tag> },
  ];

  return (
    <>
      <PageHeader
        title={t('list.title')}
        subtitle={t('list.subtitle')}
        extra={
          can('assessments.manage') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="assessment-new">
              {t('list.new')}
            </Button>
          ) : null
        }
      />
      <div style={{ marginBottom: 16 }}>
        <DivisionFilter table={table} placeholder={t('column.county')} />
      </div>
      <Table<AssessmentView> {...table.tableProps} columns={columns} size="middle" locale={{ emptyText: listEmptyText(table.query.isPending, t('list.empty')) }} />
      <Modal title={t('list.new')} open={creating} footer={null} onCancel={() => setCreating(false)} destroyOnHidden width={520}>
        <AssessmentForm onSaved={(saved) => navigate(`/assessments/${saved.id}`)} onCancel={() => setCreating(false)} />
      </Modal>
    </>
  );
}
