import { RecordList } from '../components/record-list.tsx';
import { cooperativeSpec, coreFarmerSpec, demoBaseSpec, demoHouseholdSpec, pioneerPostSpec } from '../components/record-specs.tsx';

export function CooperativeListPage() {
  return <RecordList spec={cooperativeSpec} />;
}

export function DemoBaseListPage() {
  return <RecordList spec={demoBaseSpec} />;
}

export function DemoHouseholdListPage() {
  return <RecordList spec={demoHouseholdSpec} />;
}

export function PioneerPostListPage() {
  return <RecordList spec={pioneerPostSpec} />;
}

export function CoreFarmerListPage() {
  return <RecordList spec={coreFarmerSpec} />;
}
