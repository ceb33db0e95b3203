import { Button, Card, Col, Flex, Row, Space, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { ArrowUpOutlined, CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { fiveItemLabels, fiveItems, type IndustrySummaryRow, type TeamIndustryCheck } from '../../../../contracts/industry.ts';
import { ExportButton } from '../../../components/export-button.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useText } from '../../../platform/i18n.tsx';
import { useSession } from '../../../platform/session.tsx';
import { industryApi, industryKey } from '../industry.api.ts';
import { useIndustryMessages } from '../industry.messages.ts';
import { IndustryNav } from '../components/industry-nav.tsx';

type Counted = Exclude<keyof IndustrySummaryRow, 'divisionCode' | 'name' | 'isVillage' | 'present'>;
const counted: Counted[] = ['villages', 'villagesComplete', 'cooperatives', 'trainedLeaders', 'demoBases', 'pioneerPosts', 'coreFarmers', 'peopleEmployed', 'demoGardens', 'demoHouseholds'];
const countLabel: Record<Counted, Parameters<ReturnType<typeof useIndustryMessages>>[0]> = {
  villages: 'summary.villages',
  villagesComplete: 'summary.complete',
  cooperatives: 'summary.cooperatives',
  trainedLeaders: 'summary.trainedLeaders',
  demoBases: 'summary.demoBases',
  pioneerPosts: 'summary.pioneerPosts',
  coreFarmers: 'summary.coreFarmers',
  peopleEmployed: 'summary.peopleEmployed',
  demoGardens: 'summary.gardens',
  demoHouseholds: 'summary.demoHouseholds',
};

/** Which of the five a row holds: a tick or a cross per item, named in the tooltip-free label itself. */
export function FivePresent({ present }: { present: IndustrySummaryRow['present'] }) {
  const text = useText();
  return (
    <Flex gap={4} wrap>
      {fiveItems.map((item) => (
        <Tag key={item} color={present[item] ? 'green' : 'default'} icon={present[item] ? <CheckOutlined /> : <CloseOutlined />}>
          {text(fiveItemLabels[item])}
        </Tag>
      ))}
    </Flex>
  );
}

/** [004]'s check of one team: the names still to do, not a score. */
export function TeamCheckCard({ team }: { team: TeamIndustryCheck }) {
  const t = useIndustryMessages();
  const names = (list: string[]) => (list.length === 0 ? <Tag color="green">{t('teams.allDone')}</Tag> : list.map((n) => <Tag key={n}>{n}</Tag>));
  return (
    <Card size="small" title={team.teamName} extra={team.villageName}>
      <Space direction="vertical" size={4} style={{ width: '100%' }}>
        <Typography.Text type="secondary">{t('teams.members', { members: team.members, party: team.partyMembers })}</Typography.Text>
        <div>
          <Typography.Text>{t('teams.gardens', { done: team.gardens, party: team.partyMembers })}</Typography.Text>
          {team.partyMembersWithoutGarden.length > 0 ? <Typography.Text type="secondary">；{t('teams.noGarden')}：</Typography.Text> : null} {names(team.partyMembersWithoutGarden)}
        </div>
        <div>
          <Typography.Text>{t('teams.households', { done: team.demoHouseholds, members: team.members })}</Typography.Text>
          {team.cadresWithoutDemoHousehold.length > 0 ? <Typography.Text type="secondary">；{t('teams.noHousehold')}：</Typography.Text> : null} {names(team.cadresWithoutDemoHousehold)}
        </div>
      </Space>
    </Card>
  );
}

/** /industry: the 五个一 per village or per division below, opened one level at a time, and the teams' check. */
export function IndustrySummaryPage() {
  const t = useIndustryMessages();
  const { can } = useSession();
  const [params, setParams] = useSearchParams();
  const divisionCode = params.get('divisionCode') ?? undefined;
  const query = { ...(divisionCode ? { divisionCode } : {}) };
  const summary = useQuery({ queryKey: [industryKey, 'summary', divisionCode ?? ''], queryFn: () => industryApi.summary(query) });
  if (summary.isError && !summary.data) return <LoadFailedResult error={summary.error} onRetry={() => void summary.refetch()} />;
  const data = summary.data;
  const open = (code: string | null) => setParams(code ? { divisionCode: code } : {});

  const columns: TableColumnsType<IndustrySummaryRow> = [
    {
      key: 'name',
      title: t('summary.division'),
      fixed: 'left',
      render: (_: unknown, row) =>
        row.isVillage ? (
          <Link to={`/industry/cooperatives?divisionCode=${row.divisionCode}`}>{row.name ?? row.divisionCode}</Link>
        ) : (
          <Button type="link" size="small" style={{ padding: 0 }} onClick={() => open(row.divisionCode)}>
            {row.name ?? row.divisionCode}
          </Button>
        ),
    },
    ...counted.map((key) => ({ key, title: t(countLabel[key]), dataIndex: key, align: 'right' as const })),
    { key: 'present', title: t('summary.present'), render: (_: unknown, row) => <FivePresent present={row.present} /> },
  ];

  return (
    <>
      <IndustryNav current="summary" />
      <PageHeader
        title={data?.name ? `${t('summary.title')} · ${data.name}` : t('summary.title')}
        subtitle={t('summary.subtitle')}
        extra={
          <>
            {data?.parentCode ? (
              <Button icon={<ArrowUpOutlined />} onClick={() => open(data.parentCode)}>
                {t('summary.up')}
              </Button>
            ) : null}
            {can('industry.export') ? <ExportButton download={() => industryApi.exportSummary(query)} /> : null}
          </>
        }
      />
      <Table<IndustrySummaryRow>
        rowKey="divisionCode"
        loading={summary.isPending}
        dataSource={data?.rows ?? []}
        columns={columns}
        size="middle"
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('summary.empty') }}
        summary={() =>
          data && data.rows.length > 1 ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>{t('summary.total')}</Table.Summary.Cell>
              {counted.map((key, i) => (
                <Table.Summary.Cell key={key} index={i + 1} align="right">
                  {data.total[key]}
                </Table.Summary.Cell>
              ))}
              <Table.Summary.Cell index={counted.length + 1} />
            </Table.Summary.Row>
          ) : null
        }
      />
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {t('teams.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('teams.hint')}</Typography.Paragraph>
      {data && data.teams.length === 0 ? <Typography.Text type="secondary">{t('teams.empty')}</Typography.Text> : null}
      <Row gutter={[12, 12]}>
        {(data?.teams ?? []).map((team) => (
          <Col key={team.teamId} xs={24} md={12} xl={8}>
            <TeamCheckCard team={team} />
          </Col>
        ))}
      </Row>
    </>
  );
}
