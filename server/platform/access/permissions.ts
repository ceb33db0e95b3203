import type { Role } from './roles.ts';
import { commonErrors } from '../errors/app-error.ts';

/** A permission is `resource.action`; each module declares its own and which roles hold them. */
export type Permission = `${string}.${string}`;
export type Grants = Partial<Record<Role, readonly Permission[]>>;

export class PermissionCatalog {
  private readonly byRole = new Map<Role, Set<Permission>>();
  private readonly all = new Set<Permission>();

  add(permissions: readonly Permission[], grants: Grants): void {
    for (const p of permissions) this.all.add(p);
    for (const [role, list] of Object.entries(grants) as [Role, readonly Permission[]][]) {
      const set = this.byRole.get(role) ?? new Set<Permission>();
      for (const p of list) {
        if (!this.all.has(p)) throw new Error(`Grant of undeclared permission ${p}`);
        set.add(p);
      }
      this.byRole.set(role, set);
    }
  }

  permissionsOf(roleList: readonly Role[]): Permission[] {
    const out = new Set<Permission>();
    for (const role of roleList) for (const p of this.byRole.get(role) ?? []) out.add(p);
    return [...out].sort();
  }

  declared(): Permission[] {
    return [...this.all].sort();
  }
}

export type Principal = {
  accountId: string;
  username: string;
  displayName: string;
  roles: Role[];
  permissions: ReadonlySet<Permission>;
  scope: import('./scope.ts').Scope;
  cadreId: string | null;
};

export function can(principal: Principal, permission: Permission): boolean {
  return principal.permissions.has(permission);
}

export function requirePermission(principal: Principal, permission: Permission): void {
  if (!principal.permissions.has(permission)) throw commonErrors.FORBIDDEN();
}
