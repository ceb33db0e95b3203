import type { ReactNode } from 'react';
import { Descriptions, Flex, Tag, Typography } from 'antd';
import type { BriefingContent } from '../../../../contracts/advisors.ts';
import { householdStatuses, indicators, labelOf, monitoringTypes } from '../../../../contracts/household-codes.ts';
import { demandCategories } from '../../../../contracts/demands.ts';
import { projectStateLabels } from '../../../../contracts/projects.ts';
import { formatMoney, toCents } from '../../../../contracts/money.ts';
import { useLocale } from '../../../platform/i18n.tsx';
import { useAdvisorMessages } from '../advisors.messages.ts';

type Counted = { code: string; count: number };
type Labels = { labels: Record<string, { zh: string; en: string }> };

const yuan = (text: string) => formatMoney(toCents(text));
const projectStates: Labels = { labels: projectStateLabels };

function Counts({ rows, list, none }: { rows: Counted[]; list: Labels; none: string }) {
  const locale = useLocale() === 'en' ? 'en' : 'zh';
  if (rows.length === 0) return <Typography.Text type="secondary">{none}</Typography.Text>;
  return (
    <Flex gap={4} wrap>
      {rows.map((row) => (
        <Tag key={row.code}>
          {labelOf(list, row.code, locale)} {row.count}
        </Tag>
      ))}
    </Flex>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="zc-keep-together" style={{ marginBottom: 16 }}>
      <Typography.Title level={5} style={{ margin: '0 0 8px' }}>
        {title}
      </Typography.Title>
      {children}
    </section>
  );
}

/** A frozen briefing as the advisor reads it: figures of the village, no person named. */
export function BriefingSections({ content }: { content: BriefingContent }) {
  const t = useAdvisorMessages();
  const locale = useLocale() === 'en' ? 'en' : 'zh';
  const none = t('content.none');
  const { households, projects, funds, demands, social, difficulties } = content;
  return (
    <div data-testid="briefing-content">
      <Typography.Title level={4} style={{ textAlign: 'center', marginTop: 0 }}>
        {t('content.heading', { village: content.village.name, period: content.period })}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
        {content.village.path} · {t('content.range', { from: content.from, to: content.to })}
      </Typography.Paragraph>
      <Section title={t('content.households')}>
        <Typography.Paragraph style={{ marginBottom: 4 }}>{t('content.householdTotal', { count: households.total })}</Typography.Paragraph>
        <Counts rows={households.byStatus} list={householdStatuses} none={none} />
        <Descriptions size="small" column={1} style={{ marginTop: 8 }}>
          <Descriptions.Item label={t('content.monitoring')}>
            <Counts rows={households.monitoring} list={monitoringTypes} none={none} />
          </Descriptions.Item>
        </Descriptions>
        <Typography.Text>{t('content.monitoringChanges', { added: households.monitoringAdded, removed: households.riskRemoved })}</Typography.Text>
      </Section>
      <Section title={t('content.projects')}>
        <Typography.Paragraph style={{ marginBottom: 4 }}>
          {t('content.projectTotal', { count: projects.total, budget: yuan(projects.budget), started: projects.started, completed: projects.completed })}
        </Typography.Paragraph>
        <Counts rows={projects.byState} list={projectStates} none={none} />
      </Section>
      <Section title={t('content.funds')}>
        <Typography.Text>{t('content.fundsLine', { paid: yuan(funds.paidInQuarter), payments: funds.payments, toDate: yuan(funds.paidToDate) })}</Typography.Text>
      </Section>
      <Section title={t('content.demands')}>
        <Typography.Text>{t('content.demandsLine', { raised: demands.raised, solved: demands.solved, open: demands.open })}</Typography.Text>
      </Section>
      <Section title={t('content.social')}>
        <Flex vertical gap={2}>
          <Typography.Text>{t('content.donations', { count: social.donations.count, value: yuan(social.donations.value) })}</Typography.Text>
          <Typography.Text>{t('content.enterprises', { count: social.enterprises.count, value: yuan(social.enterprises.value) })}</Typography.Text>
          <Typography.Text>{t('content.advisors', { count: social.advisors.count, value: yuan(social.advisors.value) })}</Typography.Text>
        </Flex>
      </Section>
      <Section title={t('content.difficulties')}>
        <Descriptions size="small" column={1} bordered>
          <Descriptions.Item label={t('content.openDemands')}>
            <Counts rows={difficulties.openDemands} list={demandCategories} none={none} />
            {difficulties.overdueDemands > 0 ? <Typography.Text type="danger">{t('content.overdue', { count: difficulties.overdueDemands })}</Typography.Text> : null}
          </Descriptions.Item>
          <Descriptions.Item label={t('content.stalled')}>
            {difficulties.stalledProjects.length === 0 ? (
              <Typography.Text type="secondary">{none}</Typography.Text>
            ) : (
              <Flex vertical gap={2}>
                {difficulties.stalledProjects.map((p) => (
                  <Typography.Text key={`${p.name}-${p.plannedEnd}`}>
                    {p.name}（{labelOf(projectStates, p.state, locale)}
                    {p.plannedEnd ? `，${t('content.plannedEnd', { day: p.plannedEnd })}` : ''}）
                  </Typography.Text>
                ))}
              </Flex>
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('content.gaps')}>
            {difficulties.indicatorGaps.length === 0 ? (
              <Typography.Text type="secondary">{none}</Typography.Text>
            ) : (
              <Flex vertical gap={2}>
                {difficulties.indicatorGaps.map((g) => (
                  <Typography.Text key={g.code}>{t('content.gapLine', { label: labelOf(indicators, g.code, locale), count: g.count })}</Typography.Text>
                ))}
              </Flex>
            )}
          </Descriptions.Item>
        </Descriptions>
      </Section>
    </div>
  );
}
