import { Badge, Flex } from 'antd';

/** A menu entry's text with the count of what waits on its page beside it (nothing when none). */
export function MenuBadgeLabel({ text, count, danger }: { text: string; count: number; danger?: boolean }) {
  if (count === 0) return <>{text}</>;
  return (
    <Flex justify="space-between" align="center" gap={8}>
      <span>{text}</span>
      <Badge count={count} overflowCount={99} size="small" color={danger ? undefined : '#1677ff'} />
    </Flex>
  );
}
