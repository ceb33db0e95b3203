import type { ModuleDefinition } from '../../platform/http/module.ts';
export { selectionSlots, selectionNominations } from './selection.schema.ts';
export type { SlotStatus, NominationState } from './selection.schema.ts';

export const selectionModule: ModuleDefinition = {
  name: 'selection',
  permissions: [],
  grants: {},
};
