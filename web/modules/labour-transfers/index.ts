// What other modules may use: the household page's 转移就业 tab.
export { HouseholdLabourTab } from './components/household-labour-tab.tsx';
