/** What other pages place: a cadre's latest leave (cadre and team detail pages). */
export { CadreLeaveCard } from './components/cadre-leave-card.tsx';
