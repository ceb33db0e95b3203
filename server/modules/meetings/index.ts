import type { ModuleDefinition } from '../../platform/http/module.ts';
import { meetingsRoutes } from './meetings.routes.ts';

export { meetings, meetingTeams } from './meetings.schema.ts';
export { findMeetingInScope } from './meetings.repository.ts';

export const meetingsPermissions = ['meetings.read', 'meetings.write'] as const;

/** domain.md §11 [000]: meeting records (座谈会, 交流会, 推进会) with the teams that attended and what came of them. */
export const meetingsModule: ModuleDefinition = {
  name: 'meetings',
  permissions: meetingsPermissions,
  grants: {
    county_org: ['meetings.read', 'meetings.write'],
    city_org: ['meetings.read', 'meetings.write'],
    township_party: ['meetings.read', 'meetings.write'],
    team_leader: ['meetings.read'],
    team_member: ['meetings.read'],
    viewer: ['meetings.read'],
  },
  routes: meetingsRoutes,
};
