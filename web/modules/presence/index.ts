export { TeamPresenceCard } from './components/team-presence-card.tsx';
