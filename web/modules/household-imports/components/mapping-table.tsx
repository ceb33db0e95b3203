import { Alert, Flex, Select, Space, Table, Tag, Typography } from 'antd';
import {
  duplicateFields,
  importFields,
  missingFields,
  placeFields,
  placeLabel,
  type ImportField,
  type ImportPreview,
} from '../../../../contracts/household-imports.ts';
import { useImportMessages } from '../household-imports.messages.ts';

type MappingTableProps = {
  preview: ImportPreview;
  columns: (ImportField | null)[];
  onChange: (columns: (ImportField | null)[]) => void;
};

type Row = { index: number; header: string; samples: string[] };

const requiredFields = importFields.filter((f) => f.required);
const placeKeys = new Set<string>(placeFields);

/** Their column → our field, one select per column; required fields not yet mapped are shown in red. */
export function MappingTable({ preview, columns, onChange }: MappingTableProps) {
  const t = useImportMessages();
  const missing = missingFields(columns);
  const twice = duplicateFields(columns);
  const mapped = new Set(columns.filter(Boolean));
  const rows: Row[] = preview.headers.map((header, index) => ({ index, header, samples: preview.sample.map((cells) => cells[index] ?? '').filter(Boolean).slice(0, 3) }));
  const options = [
    { value: '', label: t('mapping.ignore') },
    ...importFields.map((f) => ({
      value: f.key,
      label: f.required || placeKeys.has(f.key) ? `${f.header} *` : f.header,
    })),
  ];
  const choose = (index: number, value: string) => {
    const next = [...columns];
    while (next.length < preview.headers.length) next.push(null);
    next[index] = value ? (value as ImportField) : null;
    onChange(next);
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Typography.Text type="secondary">{t('mapping.headerRow', { row: preview.headerRow })}</Typography.Text>
      <Flex wrap gap={4} align="center" data-testid="required-fields">
        <Typography.Text>{t('mapping.required')}：</Typography.Text>
        {requiredFields.map((f) => (
          <Tag key={f.key} color={mapped.has(f.key) ? 'green' : 'red'}>
            {f.header}
          </Tag>
        ))}
        <Tag color={missing.includes(placeLabel) ? 'red' : 'green'}>{t('mapping.place')}</Tag>
      </Flex>
      {missing.length > 0 ? <Alert type="error" showIcon title={t('mapping.missing', { fields: missing.join('、') })} /> : null}
      {twice.length > 0 ? <Alert type="error" showIcon title={t('mapping.twice', { fields: twice.join('、') })} /> : null}
      <Table<Row>
        size="small"
        rowKey="index"
        dataSource={rows}
        pagination={false}
        scroll={{ x: 640, y: 420 }}
        columns={[
          { key: 'header', title: t('mapping.column'), width: 180, render: (_, row) => row.header || `#${row.index + 1}` },
          {
            key: 'field',
            title: t('mapping.field'),
            width: 240,
            render: (_, row) => {
              const field = columns[row.index] ?? null;
              const required = field !== null && (requiredFields.some((f) => f.key === field) || placeKeys.has(field));
              return (
                <Select
                  aria-label={`${t('mapping.field')}：${row.header}`}
                  style={{ width: '100%' }}
                  showSearch={{ optionFilterProp: 'label' }}
                  value={field ?? ''}
                  options={options}
                  status={field !== null && twice.includes(importFields.find((f) => f.key === field)!.header) ? 'error' : undefined}
                  variant={required ? 'outlined' : 'filled'}
                  onChange={(value: string) => choose(row.index, value)}
                />
              );
            },
          },
          { key: 'sample', title: t('mapping.sample'), render: (_, row) => <Typography.Text type="secondary">{row.samples.join('；')}</Typography.Text> },
        ]}
      />
    </Space>
  );
}
