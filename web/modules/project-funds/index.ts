export { ProjectFundsTab } from './components/project-funds-tab.tsx';
