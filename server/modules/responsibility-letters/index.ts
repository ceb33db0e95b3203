import type { ModuleDefinition } from '../../platform/http/module.ts';
import { responsibilityLettersRoutes } from './responsibility-letters.routes.ts';
import { letterTodos } from './responsibility-letters.todos.ts';

export { responsibilityLetters, responsibilityTasks } from './responsibility-letters.schema.ts';
export { createLetter, getLetter, listLetters, type LetterClock } from './responsibility-letters.service.ts';
export { confirmTask, reportTask, returnTask } from './responsibility-tasks.service.ts';
export { letterPerformanceByUnit } from './responsibility-letters-performance.service.ts';
export { completionRate as letterCompletionRate, isConfirmedOnTime as isLetterTaskOnTime } from './responsibility-letters.rules.ts';

export const responsibilityLettersPermissions = ['responsibility-letters.read', 'responsibility-letters.write', 'responsibility-letters.report', 'responsibility-letters.confirm', 'responsibility-letters.export'] as const;

/**
 * 责任状 ([002]): the county's service station signs with a backing unit what it will do for a
 * village in a year; the unit reports each task done, the county confirms or sends it back, and the
 * confirmed share counts in the unit's performance evaluation.
 */
export const responsibilityLettersModule: ModuleDefinition = {
  name: 'responsibility-letters',
  permissions: responsibilityLettersPermissions,
  grants: {
    county_org: ['responsibility-letters.read', 'responsibility-letters.write', 'responsibility-letters.confirm', 'responsibility-letters.export'],
    service_station: ['responsibility-letters.read', 'responsibility-letters.write', 'responsibility-letters.confirm', 'responsibility-letters.export'],
    unit_party: ['responsibility-letters.read', 'responsibility-letters.report', 'responsibility-letters.export'],
    team_leader: ['responsibility-letters.read'],
    township_party: ['responsibility-letters.read'],
    city_org: ['responsibility-letters.read', 'responsibility-letters.export'],
    rural_office: ['responsibility-letters.read'],
    viewer: ['responsibility-letters.read'],
  },
  routes: responsibilityLettersRoutes,
  todos: letterTodos,
};
