export { selectionSlots, selectionNominations } from './selection.schema.ts';
export type { SlotStatus, NominationState } from './selection.schema.ts';
