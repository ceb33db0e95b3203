import { Descriptions, Table, Typography } from 'antd';
import type { ProjectView } from '../../../../contracts/projects.ts';
import { fundSourceKinds, outputKinds, type FundSourceKind, type OutputKind } from '../../../../contracts/project-codes.ts';
import { useText } from '../../../platform/i18n.tsx';
import { useProjectMessages } from '../projects.messages.ts';
import { CategoryText, moneyText, ProjectStateTag } from '../project-labels.tsx';

const dash = (value: string | null) => value ?? '—';

/** 基本信息: what, where, by whom, and the dates of each step, the notices among them. */
export function ProjectBasics({ project }: { project: ProjectView }) {
  const t = useProjectMessages();
  const period = (start: string | null, end: string | null) => (start && end ? t('period', { start, end }) : '—');
  return (
    <Descriptions column={{ xs: 1, md: 2 }} size="small" bordered data-testid="project-basics">
      <Descriptions.Item label={t('column.name')}>{project.name}</Descriptions.Item>
      <Descriptions.Item label={t('column.state')}>
        <ProjectStateTag state={project.state} />
      </Descriptions.Item>
      <Descriptions.Item label={t('column.category')}>
        <CategoryText category={project.category} />
      </Descriptions.Item>
      <Descriptions.Item label={t('detail.villages')}>{project.villages.map((v) => v.name ?? v.divisionCode).join('、')}</Descriptions.Item>
      <Descriptions.Item label={t('column.responsible')}>{project.responsibleEntity}</Descriptions.Item>
      <Descriptions.Item label={t('column.beneficiaries')}>
        {t('beneficiaries', { households: project.beneficiaryHouseholds, persons: project.beneficiaryPersons })}
      </Descriptions.Item>
      <Descriptions.Item label={t('column.budget')}>{moneyText(project.budget)}</Descriptions.Item>
      <Descriptions.Item label={t('detail.approvedBudget')}>{moneyText(project.approvedBudget)}</Descriptions.Item>
      <Descriptions.Item label={t('detail.planned')}>{period(project.plannedStart, project.plannedEnd)}</Descriptions.Item>
      <Descriptions.Item label={t('column.notice')}>
        <span data-testid="project-notice">{period(project.noticeStart, project.noticeEnd)}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('detail.started')}>{dash(project.startedOn)}</Descriptions.Item>
      <Descriptions.Item label={t('detail.completed')}>{dash(project.completedOn)}</Descriptions.Item>
      <Descriptions.Item label={t('detail.accepted')}>{dash(project.acceptedOn)}</Descriptions.Item>
      <Descriptions.Item label={t('detail.acceptanceNotice')}>
        <span data-testid="project-acceptance-notice">{period(project.acceptanceNoticeStart, project.acceptanceNoticeEnd)}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('detail.handedOver')}>{dash(project.handedOverOn)}</Descriptions.Item>
      <Descriptions.Item label={t('form.description')} span={2}>
        <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{project.description ?? '—'}</Typography.Paragraph>
      </Descriptions.Item>
    </Descriptions>
  );
}

/** 资金来源与产出: each source with what has been paid from it; each output planned and achieved. */
export function ProjectSourcesAndOutputs({ project }: { project: ProjectView }) {
  const t = useProjectMessages();
  const text = useText();
  return (
    <>
      <Typography.Title level={5}>{t('form.sources')}</Typography.Title>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={project.fundSources}
        data-testid="project-sources"
        columns={[
          { key: 'kind', title: t('form.sourceKind'), render: (_: unknown, s) => text(fundSourceKinds.labels[s.kind as FundSourceKind] ?? { zh: s.kind, en: s.kind }) },
          { key: 'funder', title: t('form.funder'), dataIndex: 'funder' },
          { key: 'amount', title: t('form.amount'), align: 'right', render: (_: unknown, s) => moneyText(s.amount) },
          ...(project.fundSources.some((s) => s.paid !== null) ? [{ key: 'paid', title: t('detail.paid'), align: 'right' as const, render: (_: unknown, s: ProjectView['fundSources'][number]) => moneyText(s.paid) }] : []),
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {t('form.outputs')}
      </Typography.Title>
      <Table
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={project.outputs}
        data-testid="project-outputs"
        columns={[
          { key: 'kind', title: t('form.outputKind'), render: (_: unknown, o) => text(outputKinds.labels[o.kind as OutputKind] ?? { zh: o.kind, en: o.kind }) },
          { key: 'unit', title: t('form.unit'), dataIndex: 'unit' },
          { key: 'planned', title: t('form.planned'), dataIndex: 'planned', align: 'right' },
          { key: 'actual', title: t('detail.actual'), align: 'right', render: (_: unknown, o) => o.actual ?? '—' },
        ]}
      />
    </>
  );
}
