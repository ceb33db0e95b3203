import { useState } from 'react';
import { Card, Col, Empty, List, Progress, Row, Segmented, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { specialityLabels } from '../../../../contracts/cadres.ts';
import { DivisionTreeSelect } from '../../../components/division-tree-select.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useText } from '../../../platform/i18n.tsx';
import { selectionApi, selectionKey } from '../selection.api.ts';
import { useSelectionMessages } from '../selection.messages.ts';
import { CadrePicker } from '../components/pickers.tsx';
import { SelectionNav } from '../components/selection-nav.tsx';

function Reasons({ reasons }: { reasons: string[] }) {
  const t = useSelectionMessages();
  if (reasons.length === 0) return <Typography.Text type="secondary">{t('match.noReasons')}</Typography.Text>;
  return (
    <Space direction="vertical" size={0}>
      {reasons.map((r) => (
        <Typography.Text key={r}>· {r}</Typography.Text>
      ))}
    </Space>
  );
}

function Score({ score }: { score: number }) {
  return <Progress type="circle" size={48} percent={score} format={(p) => p} />;
}

function CadresForVillage({ code }: { code: string }) {
  const t = useSelectionMessages();
  const text = useText();
  const query = useQuery({ queryKey: [selectionKey, 'match-village', code], queryFn: () => selectionApi.matchVillage(code) });
  if (query.isError) return <LoadFailedResult error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <List
      loading={query.isPending}
      dataSource={query.data?.items ?? []}
      locale={{ emptyText: <Empty description={t('match.empty')} /> }}
      renderItem={(item) => (
        <List.Item data-testid="match-cadre">
          <List.Item.Meta
            avatar={<Score score={item.score} />}
            title={
              <Space wrap>
                {item.name}
                <Typography.Text type="secondary">{item.unitName}</Typography.Text>
                {item.specialities.map((s) => <Tag key={s}>{text(specialityLabels[s])}</Tag>)}
              </Space>
            }
            description={<Reasons reasons={item.reasons} />}
          />
        </List.Item>
      )}
    />
  );
}

function VillagesForCadre({ cadreId }: { cadreId: string }) {
  const t = useSelectionMessages();
  const query = useQuery({ queryKey: [selectionKey, 'match-cadre', cadreId], queryFn: () => selectionApi.matchCadre(cadreId) });
  if (query.isError) return <LoadFailedResult error={query.error} onRetry={() => void query.refetch()} />;
  return (
    <List
      loading={query.isPending}
      dataSource={query.data?.items ?? []}
      locale={{ emptyText: <Empty description={t('match.empty')} /> }}
      renderItem={(item) => (
        <List.Item data-testid="match-village">
          <List.Item.Meta avatar={<Score score={item.score} />} title={item.path ?? item.name ?? item.code} description={<Reasons reasons={item.reasons} />} />
        </List.Item>
      )}
    />
  );
}

/** /selection/match: 因村派人 (pick a village → cadres) and 因人定村 (pick a cadre → villages), each with the reasons. */
export function MatchPage() {
  const t = useSelectionMessages();
  const [mode, setMode] = useState<'village' | 'cadre'>('village');
  const [village, setVillage] = useState<string | null>(null);
  const [cadreId, setCadreId] = useState<string | undefined>(undefined);
  return (
    <>
      <PageHeader title={t('match.title')} subtitle={t('match.hint')} />
      <SelectionNav />
      <Row gutter={16}>
        <Col xs={24}>
          <Card size="small" style={{ marginBottom: 16 }}>
            <Space wrap>
              <Segmented<'village' | 'cadre'>
                value={mode}
                onChange={setMode}
                options={[
                  { value: 'village', label: t('match.byVillage') },
                  { value: 'cadre', label: t('match.byCadre') },
                ]}
              />
              {mode === 'village' ? (
                <DivisionTreeSelect
                  level="village"
                  value={village}
                  placeholder={t('match.pickVillage')}
                  onChange={(value) => setVillage(typeof value === 'string' ? value : null)}
                  style={{ width: 320, maxWidth: '100%' }}
                />
              ) : (
                <CadrePicker value={cadreId} onChange={setCadreId} placeholder={t('match.pickCadre')} aria-label={t('match.pickCadre')} style={{ width: 320 }} />
              )}
            </Space>
          </Card>
        </Col>
        <Col xs={24}>
          <Card size="small">
            {mode === 'village' && village ? <CadresForVillage code={village} /> : null}
            {mode === 'cadre' && cadreId ? <VillagesForCadre cadreId={cadreId} /> : null}
            {(mode === 'village' && !village) || (mode === 'cadre' && !cadreId) ? <Empty description={mode === 'village' ? t('match.pickVillage') : t('match.pickCadre')} /> : null}
          </Card>
        </Col>
      </Row>
    </>
  );
}
