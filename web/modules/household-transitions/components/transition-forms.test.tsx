import { describe, expect, test } from 'vitest';
import { render, screen } from '@testing-library/react';
import dayjs from 'dayjs';
import { transitionActionBody, transitionRequestBody, type TransitionListItem } from '../../../../contracts/household-transitions.ts';
import { toRequestBody } from './request-form.ts';
import { fieldActionsOf, formPathOf, toActionBody } from './transition-action-form.ts';
import { TransitionFacts } from './transition-facts.tsx';

const base: TransitionListItem = {
  id: 't1',
  householdId: 'h1',
  householderName: '杨正华',
  householdCode: '530326102204001',
  divisionCode: '530326102204',
  villageName: '拖车村',
  kind: 'identification',
  state: 'first_notice',
  reason: '因病致贫',
  appraisal: { meetingOn: '2026-10-31', attendees: 42, inFavour: 40 },
  firstNotice: { start: '2026-11-01', end: '2026-11-07', running: true },
  secondNotice: null,
  nextStepFrom: '2026-11-08',
  announcedOn: null,
  monitoringType: null,
  discoveryChannel: null,
  discoveredOn: null,
  verifyDueOn: null,
  decideDueOn: null,
  verifiedOn: null,
  decidedOn: null,
  verifyOverdue: false,
  decideOverdue: false,
  findings: null,
  supportNote: null,
  createdAt: '2026-10-30T02:00:00.000Z',
};

describe('transition forms', () => {
  test('a monitoring request becomes a body the contract accepts', () => {
    const body = toRequestBody('monitoring', {
      reason: '  户主突发重病  ',
      monitoringType: 'sudden',
      discoveryChannel: 'cadre_visit',
      discoveredOn: dayjs('2026-11-06'),
    });
    expect(body).toEqual({ kind: 'monitoring', reason: '户主突发重病', monitoringType: 'sudden', discoveryChannel: 'cadre_visit', discoveredOn: '2026-11-06' });
    expect(transitionRequestBody.safeParse(body).success).toBe(true);
  });

  test('an empty monitoring form is refused by the contract on each field', () => {
    const result = transitionRequestBody.safeParse(toRequestBody('monitoring', {}));
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => i.path.join('.')).sort();
    expect(paths).toEqual(['discoveredOn', 'discoveryChannel', 'monitoringType', 'reason']);
  });

  test('an identification entered later carries the application date', () => {
    expect(toRequestBody('identification', { reason: '因病致贫', appliedOn: dayjs('2026-11-02') })).toEqual({ kind: 'identification', reason: '因病致贫', appliedOn: '2026-11-02' });
    expect(toRequestBody('exit', { reason: '收入稳定' })).toEqual({ kind: 'exit', reason: '收入稳定' });
  });

  test('risk removal sends the support note only when written', () => {
    expect(toRequestBody('risk_removal', { reason: '务工收入稳定', supportNote: '  ' })).toEqual({ kind: 'risk_removal', reason: '务工收入稳定' });
    expect(toRequestBody('risk_removal', { reason: '纳入特困供养', supportNote: '特困供养' })).toEqual({ kind: 'risk_removal', reason: '纳入特困供养', supportNote: '特困供养' });
  });

  test('the appraisal carries the meeting and the notice start; more votes than people are refused', () => {
    const body = toActionBody('appraise', { meetingOn: dayjs('2026-10-31'), attendees: 42, inFavour: 40, noticeStart: dayjs('2026-11-01'), comment: ' 同意 ' });
    expect(body).toEqual({ action: 'appraise', comment: '同意', appraisal: { meetingOn: '2026-10-31', attendees: 42, inFavour: 40 }, noticeStart: '2026-11-01' });
    expect(transitionActionBody.safeParse(body).success).toBe(true);
    const bad = transitionActionBody.safeParse(toActionBody('appraise', { meetingOn: dayjs('2026-10-31'), attendees: 10, inFavour: 11 }));
    expect(bad.error!.issues.map((i) => i.path.join('.'))).toEqual(['appraisal.inFavour']);
  });

  test('verify sends findings; the server’s appraisal paths land on the form’s fields', () => {
    expect(toActionBody('verify', { findings: ' 入户核实 ' })).toEqual({ action: 'verify', findings: '入户核实' });
    expect(formPathOf('appraisal.meetingOn')).toBe('meetingOn');
    expect(formPathOf('appraisal')).toBe('meetingOn');
    expect(formPathOf('noticeStart')).toBe('noticeStart');
    expect(fieldActionsOf({ kind: 'exit' })).toEqual(['appraise', 'review']);
    expect(fieldActionsOf({ kind: 'monitoring' })).toEqual(['verify']);
  });
});

describe('TransitionFacts', () => {
  test('a running notice says from when the township may review', () => {
    render(<TransitionFacts transition={base} />);
    expect(screen.getByTestId('transition-notice-wait').textContent).toBe('公示期 2026-11-01 至 2026-11-07，期满后方可乡镇审核（2026-11-08 起）');
    expect(screen.getByText('2026-10-31 召开，参会 42 人，赞成 40 票')).toBeTruthy();
  });

  test('an ended notice shows its dates only; an overdue clock is flagged', () => {
    render(
      <TransitionFacts
        transition={{
          ...base,
          kind: 'monitoring',
          state: 'verifying',
          appraisal: null,
          firstNotice: null,
          nextStepFrom: null,
          monitoringType: 'sudden',
          discoveryChannel: 'cadre_visit',
          discoveredOn: '2026-11-06',
          verifyDueOn: '2026-11-13',
          decideDueOn: '2026-11-27',
          verifyOverdue: true,
        }}
      />,
    );
    expect(screen.queryByTestId('transition-notice-wait')).toBeNull();
    expect(screen.getByText('2026-11-13（已逾期）')).toBeTruthy();
    expect(screen.getByText('突发严重困难户')).toBeTruthy();
  });
});
