import { useCallback, useEffect, useRef, useState } from 'react';
import { App, Breadcrumb, Button, ConfigProvider, Flex, Skeleton, Typography, theme } from 'antd';
import { CompressOutlined, ExpandOutlined, SyncOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import dayjs from 'dayjs';
import { ExportButton } from '../../../components/export-button.tsx';
import { JobProgress } from '../../../components/job-progress.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useSession } from '../../../platform/session.tsx';
import { statsApi, statsKey } from '../stats.api.ts';
import { useStatsMessages } from '../stats.messages.ts';
import { divisionOf, withDivision } from '../stats.view.ts';
import { ChildrenTable } from '../components/children-table.tsx';
import { FigureCards } from '../components/figure-cards.tsx';
import { StatsCharts } from '../components/stats-charts.tsx';

const SCREEN_REFRESH_MS = 60_000;

/** Whether the dashboard's box is the browser's full-screen element; follows Esc and the browser's own controls. */
function useFullscreen(box: React.RefObject<HTMLDivElement | null>) {
  const [on, setOn] = useState(false);
  useEffect(() => {
    const follow = () => setOn(document.fullscreenElement !== null && document.fullscreenElement === box.current);
    document.addEventListener('fullscreenchange', follow);
    return () => document.removeEventListener('fullscreenchange', follow);
  }, [box]);
  const toggle = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else if (box.current?.requestFullscreen) void box.current.requestFullscreen().catch(() => setOn(true));
    else setOn((value) => !value);
  }, [box]);
  return { on, toggle, leave: () => setOn(false) };
}

/**
 * /stats?division=…: one page at every level — the division's figures, its places one level down
 * (click to drill, the breadcrumb to go up), charts, export, a manual refresh, and a 大屏 mode.
 */
export function StatsPage() {
  const t = useStatsMessages();
  const { can } = useSession();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [params] = useSearchParams();
  const division = divisionOf(params);
  const box = useRef<HTMLDivElement>(null);
  const screen = useFullscreen(box);
  const [jobId, setJobId] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);

  const stats = useQuery({
    queryKey: [statsKey, division],
    queryFn: () => statsApi.get(division),
    placeholderData: (previous) => previous,
    refetchInterval: screen.on ? SCREEN_REFRESH_MS : false,
  });

  const startRefresh = async () => {
    setStarting(true);
    try {
      setJobId((await statsApi.refresh()).jobId);
    } catch (error) {
      void message.error(error instanceof Error ? error.message : String(error));
    } finally {
      setStarting(false);
    }
  };

  if (stats.isError && !stats.data) return <LoadFailedResult error={stats.error} onRetry={() => void stats.refetch()} />;
  const data = stats.data;

  const actions = (
    <>
      {can('stats.refresh') ? (
        <Button icon={<SyncOutlined />} loading={starting || jobId !== null} onClick={() => void startRefresh()}>
          {t('refresh')}
        </Button>
      ) : null}
      {can('stats.export') ? <ExportButton download={() => statsApi.exportXlsx(division)} /> : null}
      <Button icon={screen.on ? <CompressOutlined /> : <ExpandOutlined />} onClick={screen.toggle}>
        {screen.on ? t('exitScreen') : t('screen')}
      </Button>
    </>
  );

  return (
    <ConfigProvider theme={screen.on ? { algorithm: theme.darkAlgorithm } : {}}>
      <div
        ref={box}
        style={screen.on ? { background: '#0b1a33', color: '#fff', padding: 24, minHeight: '100vh', overflow: 'auto' } : undefined}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && screen.on && !document.fullscreenElement) screen.leave();
        }}
      >
        <PageHeader title={data ? `${data.division.name} · ${t('title')}` : t('title')} subtitle={screen.on ? undefined : t('subtitle')} extra={actions} />
        {data ? (
          <Flex gap={12} wrap align="center" justify="space-between" style={{ marginBottom: 12 }}>
            <nav aria-label={t('path')}>
              <Breadcrumb
                items={data.division.path.map((place, index) => ({
                  key: place.code,
                  title:
                    index === data.division.path.length - 1 ? (
                      place.name
                    ) : (
                      <Link to={`/stats?${withDivision(params, place.code).toString()}`}>{place.name}</Link>
                    ),
                }))}
              />
            </nav>
            <Typography.Text type="secondary">
              {data.refreshedAt ? t('refreshedAt', { time: dayjs(data.refreshedAt).format('YYYY-MM-DD HH:mm') }) : t('neverRefreshed')}
            </Typography.Text>
          </Flex>
        ) : null}
        {jobId ? (
          <div style={{ marginBottom: 12 }}>
            <JobProgress
              jobId={jobId}
              onDone={(job) => {
                setJobId(null);
                if (job.status === 'succeeded') void message.success(t('refreshDone'));
                void client.invalidateQueries({ queryKey: [statsKey] });
              }}
            />
          </div>
        ) : null}
        {data ? (
          <>
            <FigureCards stats={data} large={screen.on} />
            <StatsCharts stats={data} dark={screen.on} height={screen.on ? 360 : 280} />
            {data.children.length > 0 ? <ChildrenTable items={data.children} /> : null}
          </>
        ) : (
          <Skeleton active />
        )}
      </div>
    </ConfigProvider>
  );
}
