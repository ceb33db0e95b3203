// What other modules may use: the household page's 诉求 tab.
export { HouseholdDemandsTab } from './components/household-demands-tab.tsx';
