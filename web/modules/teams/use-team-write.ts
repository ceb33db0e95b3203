import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormInstance } from 'antd';
import type { TeamView } from '../../../contracts/teams.ts';
import { ApiError } from '../../platform/api.ts';
import { applyFieldErrors } from '../../components/form-errors.ts';
import { useErrorNotice } from '../../components/use-error-notice.ts';
import { teamsKey } from './teams.api.ts';

/**
 * The server names a village of the multi-select by index ("villageCodes.1") and a list's own rule
 * by the list ("members"); the form shows both on the field that holds them.
 */
export function toFormFields(error: unknown): unknown {
  if (!(error instanceof ApiError) || !error.fields) return error;
  const fields = error.fields.map((f) => ({ ...f, path: f.path.replace(/^villageCodes\.\d+$/, 'villageCodes') }));
  return new ApiError(error.status, error.code, error.message, fields);
}

/** A write that answers the team: refreshes every teams query, puts field errors on the form, toasts the rest. */
export function useTeamWrite<B>(
  form: Pick<FormInstance, 'setFields' | 'getFieldsValue'>,
  write: (body: B) => Promise<TeamView>,
  onDone: (team: TeamView) => void,
) {
  const client = useQueryClient();
  const notify = useErrorNotice();
  return useMutation({
    mutationFn: write,
    onSuccess: async (team) => {
      await client.invalidateQueries({ queryKey: [teamsKey] });
      onDone(team);
    },
    onError: (error) => {
      if (!applyFieldErrors(form, toFormFields(error))) notify(error);
    },
  });
}
