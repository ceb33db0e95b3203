/** What the household page places: its 识别退出与监测 tab. */
export { HouseholdTransitionsTab } from './components/household-transitions-tab.tsx';
