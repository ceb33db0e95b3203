import { can, type Principal } from '../../platform/access/permissions.ts';
import { codeInScope } from '../../platform/access/scope.ts';

/**
 * A group is changed only by those whose region holds it: a county sees the city's group through
 * its teams but does not run it.
 */
export function mayWriteGroup(principal: Principal, groupDivisionCode: string): boolean {
  return can(principal, 'liaison_groups.write') && codeInScope(principal.scope, groupDivisionCode);
}
