import { App, Button, Descriptions, Flex, Popconfirm, Tag } from 'antd';
import { BarChartOutlined, TrophyOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { campaignLines, type CampaignView } from '../../../../contracts/campaigns.ts';
import { useErrorNotice } from '../../../components/use-error-notice.ts';
import { useText } from '../../../platform/i18n.tsx';
import { campaignApi, campaignKey } from '../campaigns.api.ts';
import { useCampaignMessages } from '../campaigns.messages.ts';

/** 概况: the lines, dates, formula and status, with the way on to statistics and assessment. */
export function OverviewTab({ campaign }: { campaign: CampaignView }) {
  const t = useCampaignMessages();
  const text = useText();
  const notify = useErrorNotice();
  const client = useQueryClient();
  const { message } = App.useApp();
  const step = useMutation({
    mutationFn: (status: CampaignView['status']) => campaignApi.setStatus(campaign.id, status),
    onSuccess: async () => {
      await client.invalidateQueries({ queryKey: [campaignKey] });
      void message.success(t('form.saved'));
    },
    onError: (error) => notify(error),
  });

  return (
    <>
      <Descriptions column={1} bordered size="small" style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('column.year')}>{campaign.year}</Descriptions.Item>
        <Descriptions.Item label={t('column.region')}>{campaign.divisionName}</Descriptions.Item>
        <Descriptions.Item label={t('column.dates')}>{t('dates', { from: campaign.startsOn, to: campaign.endsOn })}</Descriptions.Item>
        <Descriptions.Item label={t('overview.lines')}>
          <Flex gap={4} wrap>
            {campaign.lines.map((l) => (
              <Tag key={l}>{text(campaignLines.labels[l])}</Tag>
            ))}
          </Flex>
        </Descriptions.Item>
        <Descriptions.Item label={t('overview.formula')}>
          <div>{t('overview.formulaText', { fullScore: campaign.formula.fullScore, capPercent: campaign.formula.capPercent })}</div>
          {campaign.lines.map((l) => (
            <div key={l}>{t('overview.weight', { line: text(campaignLines.labels[l]), weight: campaign.formula.weights[l] ?? 0 })}</div>
          ))}
        </Descriptions.Item>
        {campaign.description ? <Descriptions.Item label={t('overview.description')}>{campaign.description}</Descriptions.Item> : null}
      </Descriptions>
      <Flex gap={8} wrap>
        <Link to={`/campaigns/${campaign.id}/statistics`}>
          <Button icon={<BarChartOutlined />}>{t('overview.statistics')}</Button>
        </Link>
        <Link to={`/campaigns/${campaign.id}/assessment`}>
          <Button icon={<TrophyOutlined />}>{t('overview.assessment')}</Button>
        </Link>
        {campaign.abilities.manage && campaign.status === 'draft' ? (
          <Button type="primary" loading={step.isPending} onClick={() => step.mutate('running')} data-testid="campaign-start">
            {t('overview.start')}
          </Button>
        ) : null}
        {campaign.abilities.manage && campaign.status === 'running' ? (
          <Popconfirm title={t('overview.closeConfirm')} onConfirm={() => step.mutate('closed')}>
            <Button loading={step.isPending}>{t('overview.close')}</Button>
          </Popconfirm>
        ) : null}
      </Flex>
    </>
  );
}
