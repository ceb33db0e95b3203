export { TeamReportsCard } from './components/team-reports-card.tsx';
