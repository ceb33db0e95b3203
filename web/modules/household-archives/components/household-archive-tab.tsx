import { Flex } from 'antd';
import { ArchiveFiles } from './archive-files.tsx';
import { HouseholdLinkPanel } from './household-link-panel.tsx';

export type HouseholdArchiveTabProps = { householdId: string; divisionCode: string };

/** The 档案 tab of a household: its QR link and print pages, then its documents and photos. */
export function HouseholdArchiveTab({ householdId }: HouseholdArchiveTabProps) {
  return (
    <Flex vertical gap={16}>
      <HouseholdLinkPanel householdId={householdId} />
      <ArchiveFiles householdId={householdId} />
    </Flex>
  );
}
