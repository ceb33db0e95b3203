import { Card, Flex, Progress, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { villageClassCodes } from '../../../../contracts/village-classes.ts';
import { useText } from '../../../platform/i18n.tsx';
import { classApi, classKey } from '../village-classes.api.ts';
import { useClassMessages } from '../village-classes.messages.ts';

/** How many villages of the area fall in each class this year, as bars. */
export function ClassSummaryBar({ divisionCode, year }: { divisionCode?: string; year?: string }) {
  const t = useClassMessages();
  const text = useText();
  const summary = useQuery({ queryKey: [classKey, 'summary', divisionCode, year], queryFn: () => classApi.summary({ divisionCode, year }) });
  const data = summary.data;
  if (!data) return null;
  return (
    <Card size="small" style={{ marginBottom: 16 }} title={t('summary.title', { year: String(data.year), total: String(data.total) })}>
      <Flex vertical gap={4}>
        {data.classes.map((c) => (
          <Flex key={c.classCode} gap={12} align="center">
            <Typography.Text style={{ width: 150, flex: 'none' }}>{text(villageClassCodes.labels[c.classCode])}</Typography.Text>
            <Progress percent={data.total ? Math.round((c.count / data.total) * 100) : 0} format={() => String(c.count)} style={{ flex: 1, margin: 0 }} />
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}
