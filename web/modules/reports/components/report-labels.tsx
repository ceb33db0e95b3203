import { Tag } from 'antd';
import { reportKindLabels, reportStateLabels, type ReportKindCode, type ReportState } from '../../../../contracts/reports.ts';
import { useText } from '../../../platform/i18n.tsx';
import { useReportMessages } from '../reports.messages.ts';

const kindColors: Record<ReportKindCode, string> = { monthly_report: 'blue', work_summary: 'geekblue', briefing: 'cyan' };
const stateColors: Record<ReportState, string> = { on_time: 'green', late: 'orange', missing: 'red', pending: 'default' };

export function KindTag({ kind }: { kind: ReportKindCode }) {
  const text = useText();
  return <Tag color={kindColors[kind]}>{text(reportKindLabels[kind])}</Tag>;
}

export function StateTag({ state }: { state: ReportState }) {
  const text = useText();
  return <Tag color={stateColors[state]}>{text(reportStateLabels[state])}</Tag>;
}

export function LateTag() {
  const t = useReportMessages();
  return <Tag color="orange">{t('tag.late')}</Tag>;
}

export function ReadTag({ readAt }: { readAt: string | null }) {
  const t = useReportMessages();
  return readAt ? <Tag color="green">{t('tag.read')}</Tag> : <Tag>{t('tag.unread')}</Tag>;
}

const beijing = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai', dateStyle: 'short', timeStyle: 'short' });

/** Times are shown in Beijing time, whatever the browser's zone. */
export function formatTime(iso: string | null): string {
  return iso ? beijing.format(new Date(iso)) : '—';
}
