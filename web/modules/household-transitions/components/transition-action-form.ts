import type { Dayjs } from 'dayjs';
import type { TransitionActionBody, TransitionView } from '../../../../contracts/household-transitions.ts';

const DATE = 'YYYY-MM-DD';

/** The steps that carry more than a comment: the appraisal, the findings, and the second notice's start. */
export function fieldActionsOf(transition: Pick<TransitionView, 'kind'>): string[] {
  const notices = transition.kind === 'identification' || transition.kind === 'exit';
  return notices ? ['appraise', 'review'] : ['verify'];
}

export type ActionFormValues = {
  meetingOn?: Dayjs | null;
  attendees?: number | null;
  inFavour?: number | null;
  noticeStart?: Dayjs | null;
  findings?: string;
  comment?: string;
};

/** The form's values in the contract's shape, only what the action takes. */
export function toActionBody(action: string, values: ActionFormValues): TransitionActionBody {
  const comment = values.comment?.trim();
  const body: TransitionActionBody = { action, ...(comment ? { comment } : {}) };
  if (action === 'appraise') {
    body.appraisal = { meetingOn: values.meetingOn?.format(DATE) ?? '', attendees: values.attendees ?? 0, inFavour: values.inFavour ?? 0 };
  }
  if ((action === 'appraise' || action === 'review') && values.noticeStart) body.noticeStart = values.noticeStart.format(DATE);
  if (action === 'verify') body.findings = values.findings?.trim() ?? '';
  return body;
}

/** The server names `appraisal.meetingOn`; the form holds the appraisal's fields at its top level. */
export function formPathOf(path: string): string {
  return path.startsWith('appraisal.') ? path.slice('appraisal.'.length) : path === 'appraisal' ? 'meetingOn' : path;
}
