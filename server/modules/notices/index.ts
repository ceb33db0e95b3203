import type { ModuleDefinition } from '../../platform/http/module.ts';
import { noticesRoutes } from './notices.routes.ts';
import { noticeTodos } from './notices.todos.ts';

export { notices, noticeRecipients } from './notices.schema.ts';

export const noticesPermissions = ['notices.read', 'notices.write'] as const;

/** domain.md §11: notices from the organization department to the teams, with read receipts. */
export const noticesModule: ModuleDefinition = {
  name: 'notices',
  permissions: noticesPermissions,
  grants: {
    county_org: ['notices.read', 'notices.write'],
    city_org: ['notices.read', 'notices.write'],
    township_party: ['notices.read', 'notices.write'],
    team_leader: ['notices.read'],
    team_member: ['notices.read'],
    viewer: ['notices.read'],
  },
  routes: noticesRoutes,
  todos: noticeTodos,
};
