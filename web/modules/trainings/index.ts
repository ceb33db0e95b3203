// Cards other modules' pages show: a cadre's training on the cadre's page, a team's materials on the team's.
export { CadreTrainingCard } from './components/cadre-training-card.tsx';
export { TeamMaterialsCard } from './components/team-materials-card.tsx';
