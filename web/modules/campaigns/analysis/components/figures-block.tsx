import { Card, Descriptions, Typography } from 'antd';
import { figureKeys, figureLabels, figuresSentence, type CampaignFigures } from '../../../../../contracts/campaign-analysis.ts';
import { useText } from '../../../../platform/i18n.tsx';

export function figureText(figures: CampaignFigures, key: keyof CampaignFigures): string {
  const value = figures[key];
  return key === 'funds' ? Number(value).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) : Number(value).toLocaleString('en-US');
}

/** The figures as the report words them [001], then one by one. */
export function FiguresBlock({ figures, title }: { figures: CampaignFigures; title: string }) {
  const text = useText();
  return (
    <Card title={title} size="small" style={{ marginBottom: 16 }}>
      <Typography.Paragraph data-testid="campaign-figures-sentence" style={{ fontSize: 15, lineHeight: 1.8 }}>
        {figuresSentence(figures)}
      </Typography.Paragraph>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, sm: 2, lg: 4 }}
        items={figureKeys.map((key) => ({ key, label: text(figureLabels[key]), children: figureText(figures, key) }))}
      />
    </Card>
  );
}
