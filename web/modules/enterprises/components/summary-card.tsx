import { useState } from 'react';
import { Button, Card, Flex, Select, Table, type TableColumnsType } from 'antd';
import { useQuery } from '@tanstack/react-query';
import type { EnterpriseSummaryRow } from '../../../../contracts/enterprises.ts';
import { enterpriseApi, enterpriseKey } from '../enterprises.api.ts';
import { useEnterpriseMessages } from '../enterprises.messages.ts';

/** The summary one region at a time: a row per child region, a click goes one level down. */
export function SummaryCard() {
  const t = useEnterpriseMessages();
  const [path, setPath] = useState<string[]>([]);
  const [year, setYear] = useState<number | undefined>(undefined);
  const divisionCode = path.at(-1);
  const query = useQuery({
    queryKey: [enterpriseKey, 'summary', divisionCode, year],
    queryFn: () => enterpriseApi.summary({ ...(divisionCode ? { divisionCode } : {}), ...(year ? { year } : {}) }),
  });
  const thisYear = new Date().getFullYear();
  const columns: TableColumnsType<EnterpriseSummaryRow> = [
    {
      key: 'name',
      title: t('summary.region'),
      render: (_: unknown, r) =>
        r.drillable ? (
          <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setPath([...path, r.divisionCode])}>
            {r.name}
          </Button>
        ) : (
          r.name
        ),
    },
    { key: 'enterprises', title: t('summary.enterprises'), dataIndex: 'enterprises', align: 'right' },
    { key: 'villages', title: t('summary.villages'), dataIndex: 'villages', align: 'right' },
    { key: 'moneyAndGoods', title: t('summary.moneyAndGoods'), dataIndex: 'moneyAndGoods', align: 'right' },
    { key: 'purchases', title: t('summary.purchases'), dataIndex: 'purchases', align: 'right' },
    { key: 'jobs', title: t('summary.jobs'), dataIndex: 'jobs', align: 'right' },
  ];
  const data = query.data;
  return (
    <Card
      title={data ? `${t('summary.title')}：${data.name}` : t('summary.title')}
      style={{ marginBottom: 16 }}
      extra={
        <Flex gap={8}>
          {path.length > 0 ? <Button onClick={() => setPath(path.slice(0, -1))}>{t('summary.up')}</Button> : null}
          <Select<number>
            allowClear
            placeholder={t('summary.allYears')}
            aria-label={t('contribution.year')}
            value={year}
            onChange={(value) => setYear(value)}
            options={Array.from({ length: 8 }, (_, i) => ({ value: thisYear - i, label: String(thisYear - i) }))}
            style={{ width: 120 }}
          />
        </Flex>
      }
    >
      <Table<EnterpriseSummaryRow>
        rowKey="divisionCode"
        size="small"
        loading={query.isPending}
        dataSource={data?.rows ?? []}
        columns={columns}
        pagination={false}
        scroll={{ x: 'max-content' }}
        summary={() =>
          data ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>{t('summary.total')}</Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">{data.total.enterprises}</Table.Summary.Cell>
              <Table.Summary.Cell index={2} align="right">{data.total.villages}</Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">{data.total.moneyAndGoods}</Table.Summary.Cell>
              <Table.Summary.Cell index={4} align="right">{data.total.purchases}</Table.Summary.Cell>
              <Table.Summary.Cell index={5} align="right">{data.total.jobs}</Table.Summary.Cell>
            </Table.Summary.Row>
          ) : null
        }
      />
    </Card>
  );
}
