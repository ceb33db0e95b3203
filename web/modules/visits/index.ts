export { HouseholdVisitsTab } from './components/household-visits-tab.tsx';
