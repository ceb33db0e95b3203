import type { ReactNode } from 'react';
import { Descriptions, Typography } from 'antd';
import { discoveryChannels, monitoringTypes } from '../../../../contracts/household-codes.ts';
import type { TransitionListItem } from '../../../../contracts/household-transitions.ts';
import { useText } from '../../../platform/i18n.tsx';
import { useTransitionMessages } from '../household-transitions.messages.ts';

type Notice = NonNullable<TransitionListItem['firstNotice']>;
type Item = { key: string; label: string; children: ReactNode };

/** The sentence under a notice: its dates, and while it runs, from which day the next step may be taken. */
export function NoticeLine({ notice, waiting, nextStepFrom, step }: { notice: Notice; waiting: boolean; nextStepFrom: string | null; step: string }) {
  const t = useTransitionMessages();
  if (waiting && nextStepFrom) {
    return (
      <Typography.Text type="warning" data-testid="transition-notice-wait">
        {t('notice.wait', { start: notice.start, end: notice.end, step, from: nextStepFrom })}
      </Typography.Text>
    );
  }
  return <>{t('notice.period', { start: notice.start, end: notice.end })}</>;
}

function Clock({ due, done, overdue }: { due: string | null; done: string | null; overdue: boolean }) {
  const t = useTransitionMessages();
  if (!due) return null;
  return (
    <Typography.Text type={overdue ? 'danger' : undefined}>
      {due}
      {done ? `（${t('clock.done', { day: done })}）` : overdue ? `（${t('clock.overdue')}）` : ''}
    </Typography.Text>
  );
}

/** What a transition records: the reason, the appraisal, the notices with their dates, the monitoring clocks. */
export function TransitionFacts({ transition, column = 1 }: { transition: TransitionListItem; column?: number }) {
  const t = useTransitionMessages();
  const text = useText();
  const x = transition;
  const candidates: (Item | string | null)[] = [
    { key: 'reason', label: t('field.reason'), children: <span style={{ whiteSpace: 'pre-wrap' }}>{x.reason}</span> },
    x.appraisal && {
      key: 'appraisal',
      label: t('field.appraisal'),
      children: t('field.appraisalValue', { day: x.appraisal.meetingOn, attendees: x.appraisal.attendees, inFavour: x.appraisal.inFavour }),
    },
    x.firstNotice && {
      key: 'first',
      label: t('notice.first'),
      children: <NoticeLine notice={x.firstNotice} waiting={x.state === 'first_notice'} nextStepFrom={x.nextStepFrom} step={t('step.review')} />,
    },
    x.secondNotice && {
      key: 'second',
      label: t('notice.second'),
      children: <NoticeLine notice={x.secondNotice} waiting={x.state === 'second_notice'} nextStepFrom={x.nextStepFrom} step={t('step.approve')} />,
    },
    x.announcedOn && { key: 'announced', label: t('field.announcedOn'), children: x.announcedOn },
    x.monitoringType && { key: 'type', label: t('field.monitoringType'), children: text(monitoringTypes.labels[x.monitoringType]) },
    x.discoveryChannel && { key: 'channel', label: t('field.discoveryChannel'), children: text(discoveryChannels.labels[x.discoveryChannel]) },
    x.discoveredOn && { key: 'discovered', label: t('field.discoveredOn'), children: x.discoveredOn },
    x.verifyDueOn && { key: 'verify', label: t('clock.verify'), children: <Clock due={x.verifyDueOn} done={x.verifiedOn} overdue={x.verifyOverdue} /> },
    x.decideDueOn && { key: 'decide', label: t('clock.decide'), children: <Clock due={x.decideDueOn} done={x.decidedOn} overdue={x.decideOverdue} /> },
    x.findings && { key: 'findings', label: t('field.findings'), children: x.findings },
    x.supportNote && { key: 'support', label: t('field.supportNote'), children: x.supportNote },
  ];
  const items = candidates.filter((item): item is Item => typeof item === 'object' && item !== null);
  return <Descriptions column={column} size="small" items={items} data-testid="transition-facts" />;
}
