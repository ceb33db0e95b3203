// The role list is shared with the web app, so it lives with the contracts.
export { roles, isRole, adminRoles, domainRoles, type Role } from '../../../contracts/roles.ts';
