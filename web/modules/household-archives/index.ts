/** What other pages place: the tab on a household's page. */
export { HouseholdArchiveTab } from './components/household-archive-tab.tsx';
