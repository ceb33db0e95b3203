export { CadreCriticismsCard, TeamCriticismsCard } from './components/criticisms-card.tsx';
