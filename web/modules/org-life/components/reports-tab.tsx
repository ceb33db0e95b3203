import { useState } from 'react';
import { App, Button, Card, Flex, Input, List, Select, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import isoWeek from 'dayjs/plugin/isoWeek';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { branchReportKinds, orgLifeKinds, type BranchReportKind, type BranchReportView } from '../../../../contracts/org-life.ts';
import { ExportButton } from '../../../components/export-button.tsx';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { useText } from '../../../platform/i18n.tsx';
import { useSession } from '../../../platform/session.tsx';
import { orgLifeApi, orgLifeKey } from '../org-life.api.ts';
import { useOrgLifeMessages } from '../org-life.messages.ts';

dayjs.extend(isoWeek);

/** Last week (2026-W48) or last month (2026-11): the period usually reported. */
export function defaultPeriod(kind: BranchReportKind, today = dayjs()): string {
  if (kind === 'monthly_report') return today.subtract(1, 'month').format('YYYY-MM');
  const last = today.subtract(7, 'day');
  return `${last.isoWeekYear()}-W${String(last.isoWeek()).padStart(2, '0')}`;
}

function ReportBodyView({ report }: { report: BranchReportView }) {
  const t = useOrgLifeMessages();
  const text = useText();
  const b = report.body;
  return (
    <Card size="small" title={`${text(branchReportKinds.labels[b.kind])} ${b.period}（${b.from} – ${b.to}）`} data-testid="report-body">
      <Typography.Paragraph>{t('report.records', { count: b.records.length, members: b.memberCount, rate: b.attendanceRate })}</Typography.Paragraph>
      <List size="small" dataSource={b.records} renderItem={(r) => <List.Item>{`${r.heldOn} ${text(orgLifeKinds.labels[r.kind])}：${r.topic}（${r.attended}/${r.absent}）`}</List.Item>} />
      <Typography.Title level={5}>{t('report.missing')}</Typography.Title>
      {b.missing.length === 0 ? <Typography.Text type="success">{t('report.nothingMissing')}</Typography.Text> : <List size="small" dataSource={b.missing} renderItem={(m) => <List.Item>{m}</List.Item>} />}
    </Card>
  );
}

/** Preview a notice or report computed now, issue it once for its period, and read those issued. */
export function ReportsTab({ partyOrgId, canIssue }: { partyOrgId: string; canIssue: boolean }) {
  const t = useOrgLifeMessages();
  const text = useText();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const { can } = useSession();
  const { message } = App.useApp();
  const [kind, setKind] = useState<BranchReportKind>('weekly_notice');
  const [period, setPeriod] = useState(defaultPeriod('weekly_notice'));
  const [shown, setShown] = useState<BranchReportView | null>(null);
  const issued = useQuery({ queryKey: [orgLifeKey, 'reports', partyOrgId], queryFn: () => orgLifeApi.reports(partyOrgId) });
  const preview = useMutation({ mutationFn: () => orgLifeApi.preview(partyOrgId, { kind, period }), onSuccess: setShown, onError: (e) => notify(e) });
  const issue = useMutation({
    mutationFn: () => orgLifeApi.issue(partyOrgId, { kind, period }),
    onSuccess: async (report) => {
      setShown(report);
      void message.success(t('report.issued'));
      await client.invalidateQueries({ queryKey: [orgLifeKey, 'reports', partyOrgId] });
    },
    onError: (e) => notify(e),
  });
  return (
    <Flex vertical gap={16}>
      <Flex gap={8} wrap>
        <Select
          aria-label={t('report.kind')}
          value={kind}
          style={{ width: 180 }}
          onChange={(next: BranchReportKind) => {
            setKind(next);
            setPeriod(defaultPeriod(next));
          }}
          options={branchReportKinds.codes.map((k) => ({ value: k, label: text(branchReportKinds.labels[k]) }))}
        />
        <Input aria-label={t('report.period')} value={period} onChange={(e) => setPeriod(e.target.value)} style={{ width: 130 }} />
        <Button onClick={() => preview.mutate()} loading={preview.isPending} data-testid="report-preview">
          {t('report.preview')}
        </Button>
        {canIssue ? (
          <Button type="primary" onClick={() => issue.mutate()} loading={issue.isPending} data-testid="report-issue">
            {t('report.issue')}
          </Button>
        ) : null}
      </Flex>
      {shown ? <ReportBodyView report={shown} /> : null}
      <Typography.Title level={5}>{t('report.list')}</Typography.Title>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={issued.data?.items ?? []}
        columns={[
          { key: 'kind', title: t('report.kind'), render: (_: unknown, r) => text(branchReportKinds.labels[r.kind]) },
          { key: 'period', title: t('report.period'), dataIndex: 'period' },
          { key: 'issuedAt', title: t('report.issued'), render: (_: unknown, r) => dayjs(r.issuedAt).format('YYYY-MM-DD HH:mm') },
          {
            key: 'export',
            title: t('report.export'),
            render: (_: unknown, r) => (can('org_life.export') ? <ExportButton download={() => orgLifeApi.exportReport(partyOrgId, r.id)} /> : null),
          },
        ]}
      />
    </Flex>
  );
}
