import type { ModuleDefinition } from '../../platform/http/module.ts';
import { selectionPermissions } from './selection.policy.ts';
import { selectionRoutes } from './selection.routes.ts';
import { slotTodos } from './selection-slots.service.ts';
export { selectionSlots, selectionNominations } from './selection.schema.ts';
export type { SlotStatus, NominationState } from './selection.schema.ts';
export { selectionWorkflow } from './selection.workflow.ts';

const readers = ['selection.read'] as const;
const watchers = ['selection.read', 'selection.export'] as const;
const managers = ['selection.read', 'selection.manage', 'selection.export'] as const;

export const selectionModule: ModuleDefinition = {
  name: 'selection',
  permissions: selectionPermissions,
  grants: {
    county_org: managers,
    city_org: managers,
    unit_party: ['selection.read', 'selection.nominate', 'selection.export'],
    township_party: watchers,
    discipline: watchers,
    viewer: readers,
  },
  routes: selectionRoutes,
  todos: slotTodos,
};
