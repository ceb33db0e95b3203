export { CadreSelectionTimeline } from './cadre-selection-timeline.tsx';
