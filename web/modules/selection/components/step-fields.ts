import type { Dayjs } from 'dayjs';
import type { NominationActionBody, NominationAction, Vetting } from '../../../../contracts/selection.ts';

export type StepValues = { vetting?: Partial<Record<keyof Vetting, string | null>>; effectiveDate?: Dayjs | null };

const dated = new Set<string>(['dispatch', 'recall', 'end_term']);
const vetted = new Set<string>(['approve', 'reject']);

/** Which extra fields the actions open to the caller need: vetting remarks to decide, a date to post or release. */
export function stepNeeds(actions: readonly string[]): { vetting: boolean; date: boolean } {
  return { vetting: actions.some((a) => vetted.has(a)), date: actions.some((a) => dated.has(a)) };
}

function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** The action body: a step carries only the extra fields it uses. */
export function toActionBody(action: string, comment: string | undefined, values: StepValues): NominationActionBody {
  const body: NominationActionBody = { action: action as NominationAction, ...(comment ? { comment } : {}) };
  if (vetted.has(action) && values.vetting) {
    const v = values.vetting;
    const vetting = { politics: blankToNull(v.politics), workStyle: blankToNull(v.workStyle), ability: blankToNull(v.ability), health: blankToNull(v.health) };
    if (Object.values(vetting).some(Boolean)) body.vetting = vetting;
  }
  if (dated.has(action) && values.effectiveDate) body.effectiveDate = values.effectiveDate.format('YYYY-MM-DD');
  return body;
}
