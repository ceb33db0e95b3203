import { Card, Empty, Flex, InputNumber, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { shareApi, shareKey } from '../assets.api.ts';
import { useAssetMessages } from '../assets.messages.ts';

type ShareSummaryCardProps = { divisionCode: string | undefined; year: number; onYearChange: (year: number) => void };

/** Per cooperative: how many households hold shares, their capital, and what the year paid out. */
export function ShareSummaryCard({ divisionCode, year, onYearChange }: ShareSummaryCardProps) {
  const t = useAssetMessages();
  const query = useQuery({ queryKey: [shareKey, 'summary', divisionCode, year], queryFn: () => shareApi.summary({ divisionCode, year }) });
  return (
    <Card
      size="small"
      title={t('shares.summary', { year })}
      extra={
        <Flex gap={8} align="center">
          <Typography.Text type="secondary">{t('shares.year')}</Typography.Text>
          <InputNumber
            aria-label={t('shares.year')}
            min={2000}
            max={2100}
            precision={0}
            value={year}
            onChange={(value) => {
              if (typeof value === 'number') onYearChange(value);
            }}
          />
        </Flex>
      }
      style={{ marginBottom: 16 }}
      loading={query.isPending}
    >
      {query.data && query.data.items.length > 0 ? (
        <Flex vertical gap={8}>
          {query.data.items.map((item) => (
            <div key={item.cooperative}>
              <Typography.Text strong>{item.cooperative}</Typography.Text>
              <br />
              <Typography.Text type="secondary">
                {t('shares.summaryRow', { households: item.households, capital: item.shareCapital, paid: item.dividendsPaid, year: query.data.year })}
              </Typography.Text>
            </div>
          ))}
        </Flex>
      ) : (
        <Empty description={t('shares.summaryEmpty')} />
      )}
    </Card>
  );
}
