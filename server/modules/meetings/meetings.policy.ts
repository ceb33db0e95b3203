import { can, type Principal } from '../../platform/access/permissions.ts';
import { codeInScope } from '../../platform/access/scope.ts';

/**
 * A meeting is changed by those who may record meetings in its own region; a team's village seeing
 * a city's meeting it attended reads it but does not own it.
 */
export function mayWriteMeeting(principal: Principal, divisionCode: string): boolean {
  return can(principal, 'meetings.write') && codeInScope(principal.scope, divisionCode);
}
