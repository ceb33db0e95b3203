// What other modules may use: the project page's 资产 tab.
export { ProjectAssetsTab } from './components/project-assets-tab.tsx';
