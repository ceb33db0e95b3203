import { Button, Table, Typography, type TableColumnsType } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { CheckCode, CheckFinding } from '../../../../contracts/checks.ts';
import { ExportButton } from '../../../components/export-button.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult, NotFoundResult } from '../../../components/result-pages.tsx';
import { useText } from '../../../platform/i18n.tsx';
import { checksApi, checksKey } from '../checks.api.ts';
import { useChecksMessages } from '../checks.messages.ts';
import { findingsPageOf, isCheckCode, overviewLink, withPage } from '../checks.view.ts';

/** /checks/:code: the households one check found in a region, each linking to its record. */
export function CheckFindingsPage() {
  const { code } = useParams();
  if (!isCheckCode(code)) return <NotFoundResult />;
  return <Findings code={code} />;
}

function Findings({ code }: { code: CheckCode }) {
  const t = useChecksMessages();
  const text = useText();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const page = findingsPageOf(params);
  const findings = useQuery({ queryKey: [checksKey, 'findings', code, page], queryFn: () => checksApi.findings(code, page), placeholderData: (previous) => previous });

  if (findings.isError && !findings.data) return <LoadFailedResult error={findings.error} onRetry={() => void findings.refetch()} />;
  const data = findings.data;

  const columns: TableColumnsType<CheckFinding> = [
    { key: 'householdCode', title: t('householdCode'), render: (_: unknown, row) => <Link to={`/households/${row.householdId}`}>{row.householdCode}</Link> },
    { key: 'village', title: t('village'), dataIndex: 'villageName' },
    { key: 'householder', title: t('householder'), dataIndex: 'householderName' },
    { key: 'finding', title: t('finding'), dataIndex: 'finding' },
  ];

  return (
    <>
      <PageHeader
        back={<Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('back')} onClick={() => navigate(overviewLink(page.divisionCode))} />}
        title={data ? text(data.check.label) : t('title')}
        subtitle={data ? t('findingsIn', { region: data.name, day: data.runOn }) : undefined}
        extra={<ExportButton download={() => checksApi.exportXlsx(code, page.divisionCode)} />}
      />
      {data ? (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
          {text(data.check.explanation)}
        </Typography.Paragraph>
      ) : null}
      <Table<CheckFinding>
        rowKey={(row) => `${row.householdId}:${row.personId ?? ''}`}
        columns={columns}
        dataSource={data?.items ?? []}
        loading={findings.isFetching}
        size="middle"
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('emptyFindings') }}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [10, 20, 50, 100],
          onChange: (next, size) => setParams(withPage(page, size !== page.pageSize ? 1 : next, size)),
        }}
      />
    </>
  );
}
