import { useMemo, useState } from 'react';
import { Alert, Button, Calendar, Card, Flex, Skeleton, Statistic, Tag, Typography } from 'antd';
import { CheckOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useQuery } from '@tanstack/react-query';
import type { PresenceView } from '../../../../contracts/presence.ts';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { presenceApi, presenceKey } from '../presence.api.ts';
import { usePresenceMessages } from '../presence.messages.ts';
import { currentMonth, dayStatus, type DayStatus } from '../presence-dates.ts';
import { RecordDayModal } from './record-day-modal.tsx';
import { DayDetailModal } from './day-detail-modal.tsx';
import { FigureStatusTag } from './figure-tags.tsx';

const DATE = 'YYYY-MM-DD';

const cellColors: Record<DayStatus, { background?: string; color?: string }> = {
  recorded: { background: '#d9f7be', color: '#135200' },
  far: { background: '#ffe7ba', color: '#873800' },
  leave: { background: '#e6f4ff', color: '#003eb3' },
  open: {},
  closed: { color: '#bfbfbf' },
};

/**
 * A member's month: the days he recorded (a far location in orange), his approved leave, his figure,
 * and recording today or an earlier day of this or the previous month by clicking it.
 */
export function PresenceCalendar({ cadreId }: { cadreId?: string | undefined }) {
  const t = usePresenceMessages();
  const [month, setMonth] = useState(currentMonth);
  const [recording, setRecording] = useState<string | null>(null);
  const [viewing, setViewing] = useState<PresenceView | null>(null);
  const query = useQuery({ queryKey: [presenceKey, 'mine', month, cadreId ?? null], queryFn: () => presenceApi.mine({ month, cadreId }) });
  const mine = query.data;
  const recorded = useMemo(() => new Map((mine?.days ?? []).map((row) => [row.day, row])), [mine]);

  if (query.isError) return <LoadFailedResult error={query.error} onRetry={() => void query.refetch()} />;
  if (!mine) return <Skeleton active />;
  if (!mine.cadre) return <Alert type="info" showIcon message={t('calendar.noCadre')} />;

  const target = mine.cadre.id;
  const status = (day: string) => dayStatus(day, mine, recorded);
  const open = (date: Dayjs) => {
    const day = date.format(DATE);
    const row = recorded.get(day);
    if (row) setViewing(row);
    else if (mine.canRecord && status(day) === 'open') setRecording(day);
  };
  const todayRecorded = recorded.has(mine.today);

  return (
    <Card
      title={cadreId ? t('calendar.memberTitle', { name: mine.cadre.name }) : t('calendar.title')}
      extra={
        mine.canRecord && month === mine.today.slice(0, 7) ? (
          todayRecorded ? (
            <Tag icon={<CheckOutlined />} color="green">
              {t('calendar.todayDone')}
            </Tag>
          ) : (
            <Button type="primary" onClick={() => setRecording(mine.today)}>
              {t('calendar.today')}
            </Button>
          )
        ) : null
      }
    >
      {!mine.team ? <Alert type="warning" showIcon message={t('calendar.noTeam')} style={{ marginBottom: 12 }} /> : null}
      {mine.figure ? (
        <Flex gap={32} wrap align="center" style={{ marginBottom: 12 }}>
          <Statistic title={t('figure.days')} value={mine.figure.daysInVillage} />
          <Statistic title={t('figure.leave')} value={mine.figure.leaveDays} />
          <Statistic title={t('figure.required')} value={mine.figure.required} />
          <FigureStatusTag item={mine.figure} />
        </Flex>
      ) : null}
      <Flex gap={8} wrap style={{ marginBottom: 8 }}>
        <Tag color="green">{t('legend.recorded')}</Tag>
        <Tag color="orange">{t('legend.far')}</Tag>
        <Tag color="blue">{t('legend.leave')}</Tag>
        {mine.canRecord ? <Typography.Text type="secondary">{t('calendar.pickHint')}</Typography.Text> : null}
      </Flex>
      <Calendar
        fullscreen={false}
        value={dayjs(`${month}-01`)}
        onPanelChange={(date) => setMonth(date.format('YYYY-MM'))}
        onSelect={(date, info) => {
          if (info.source !== 'date') return;
          if (date.format('YYYY-MM') !== month) setMonth(date.format('YYYY-MM'));
          open(date);
        }}
        fullCellRender={(date, info) => {
          if (info.type !== 'date') return info.originNode;
          const day = date.format(DATE);
          const inMonth = day.startsWith(month);
          const colors = inMonth ? cellColors[status(day)] : { color: '#d9d9d9' };
          return (
            <div
              className="ant-picker-cell-inner"
              data-day={day}
              data-status={inMonth ? status(day) : 'other'}
              style={{ ...colors, borderRadius: 4, fontWeight: day === mine.today ? 700 : undefined }}
            >
              {date.date()}
            </div>
          );
        }}
      />
      <RecordDayModal cadreId={target} day={recording} onClose={() => setRecording(null)} />
      <DayDetailModal row={viewing} onClose={() => setViewing(null)} />
    </Card>
  );
}
