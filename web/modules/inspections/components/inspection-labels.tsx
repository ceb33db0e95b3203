import { Segmented, Tag } from 'antd';
import { useLocation, useNavigate } from 'react-router';
import {
  absenceReasonLabels,
  inspectionMethodLabels,
  rectificationStateLabels,
  type AbsenceReasonCode,
  type InspectionMethodCode,
  type RectificationStateCode,
} from '../../../../contracts/inspections.ts';
import { useText } from '../../../platform/i18n.tsx';
import { useInspectionMessages } from '../inspections.messages.ts';

const stateColors: Record<RectificationStateCode, string> = { open: 'processing', answered: 'gold', accepted: 'success', overdue: 'error' };

export function MethodText({ method }: { method: InspectionMethodCode }) {
  const text = useText();
  return <>{text(inspectionMethodLabels[method])}</>;
}

export function RectificationStateTag({ state, overdue }: { state: RectificationStateCode; overdue: boolean }) {
  const text = useText();
  const t = useInspectionMessages();
  return (
    <>
      <Tag color={stateColors[state]}>{text(rectificationStateLabels[state])}</Tag>
      {overdue && state !== 'overdue' ? <Tag color="error">{t('overdue')}</Tag> : null}
    </>
  );
}

export function FindingResult({ atPost, reason }: { atPost: boolean; reason: AbsenceReasonCode | null }) {
  const text = useText();
  const t = useInspectionMessages();
  if (atPost) return <Tag color="success">{t('atPost')}</Tag>;
  if (!reason) return null;
  return <Tag color={reason === 'absent' ? 'error' : 'default'}>{text(absenceReasonLabels[reason])}</Tag>;
}

const sections = [
  { path: '/inspections', key: 'nav.inspections' },
  { path: '/inspections/rectifications', key: 'nav.rectifications' },
  { path: '/inspections/criticisms', key: 'nav.criticisms' },
] as const;

/** The three lists of the one menu entry 督查整改, side by side. */
export function InspectionSections() {
  const t = useInspectionMessages();
  const location = useLocation();
  const navigate = useNavigate();
  const current = [...sections].reverse().find((s) => location.pathname.startsWith(s.path))?.path ?? '/inspections';
  return (
    <Segmented
      style={{ marginBottom: 16 }}
      value={current}
      onChange={(value) => void navigate(String(value))}
      options={sections.map((s) => ({ value: s.path, label: t(s.key) }))}
    />
  );
}
