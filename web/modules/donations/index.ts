// What other modules may use: a project page's 捐赠 tab.
export { ProjectDonationsTab } from './components/project-donations-tab.tsx';
