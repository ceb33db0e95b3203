import type { Dayjs } from 'dayjs';
import type { SlotCreateBody } from '../../../../contracts/selection.ts';
import type { TeamRoleCode } from '../../../../contracts/teams.ts';

const DATE = 'YYYY-MM-DD';

export type SlotFormValues = {
  villageCode?: string | null;
  unitId?: string;
  teamId?: string | null;
  role?: TeamRoleCode;
  needs?: string | null;
  nominateBy?: Dayjs | null;
  termStart?: Dayjs | null;
  termEnd?: Dayjs | null;
};

/** The form's values in the contract's shape: empty pickers and dates are null, text is trimmed. */
export function toSlotBody(values: SlotFormValues): SlotCreateBody {
  const needs = values.needs?.trim();
  return {
    villageCode: values.villageCode ?? '',
    unitId: values.unitId ?? '',
    teamId: values.teamId ?? null,
    role: values.role ?? 'first_secretary',
    needs: needs ? needs : null,
    nominateBy: values.nominateBy ? values.nominateBy.format(DATE) : null,
    termStart: values.termStart ? values.termStart.format(DATE) : null,
    termEnd: values.termEnd ? values.termEnd.format(DATE) : null,
  };
}
