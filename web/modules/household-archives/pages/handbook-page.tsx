import { Button, Skeleton } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { archivesApi, archivesKey } from '../household-archives.api.ts';
import { useArchiveMessages } from '../household-archives.messages.ts';
import { PrintStyle } from '../components/print-style.tsx';
import { HandbookBasics, HandbookCadres, HandbookIncomes, HandbookIndicators, HandbookMeasures, HandbookMembers } from '../components/handbook-sections.tsx';

/** 扶贫手册 / 明白卡: the household's record on A4, to be signed measure by measure. */
export function HandbookPage() {
  const t = useArchiveMessages();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const query = useQuery({ queryKey: [archivesKey, id, 'handbook'], queryFn: () => archivesApi.handbook(id) });

  if (query.isError) return <LoadFailedResult error={query.error} onRetry={() => void query.refetch()} />;
  const handbook = query.data;
  const places = handbook?.places;
  return (
    <>
      <PrintStyle page="A4" margin="12mm" />
      <div className="zc-no-print">
        <PageHeader
          title={t('handbook.title')}
          back={<Button type="text" icon={<ArrowLeftOutlined />} aria-label={t('card.back')} onClick={() => navigate(-1)} />}
          extra={
            <Button type="primary" icon={<PrinterOutlined />} disabled={!handbook} onClick={() => window.print()}>
              {t('handbook.print')}
            </Button>
          }
        />
      </div>
      {handbook && places ? (
        <div className="zc-print-area" style={{ background: '#fff', padding: 16, maxWidth: 900 }}>
          <h2 style={{ textAlign: 'center', margin: '0 0 4px' }}>{t('handbook.title')}</h2>
          <p style={{ textAlign: 'center', margin: 0 }}>
            {t('handbook.place', { county: places.county ?? '', township: places.township ?? '', village: places.village ?? '' })}
          </p>
          <p style={{ textAlign: 'right', fontSize: 12, color: '#555', margin: 0 }}>{t('handbook.printedOn', { date: handbook.printedOn })}</p>
          <HandbookBasics handbook={handbook} />
          <HandbookMembers handbook={handbook} />
          <HandbookIncomes handbook={handbook} />
          <HandbookIndicators handbook={handbook} />
          <HandbookCadres handbook={handbook} />
          <HandbookMeasures handbook={handbook} />
        </div>
      ) : (
        <Skeleton active />
      )}
    </>
  );
}
