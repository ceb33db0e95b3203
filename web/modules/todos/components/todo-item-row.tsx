import { Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import dayjs from 'dayjs';
import type { TodoItem } from '../../../../contracts/todos.ts';
import { useTodoMessages } from '../todos.messages.ts';

const day = (iso: string) => dayjs(iso).format('YYYY-MM-DD');

/** One thing waiting: its title links to the page that settles it; an overdue one is red and says so. */
export function TodoItemRow({ item }: { item: TodoItem }) {
  const t = useTodoMessages();
  return (
    <Flex justify="space-between" align="center" gap={8} wrap style={{ width: '100%' }}>
      <Flex align="center" gap={8} style={{ minWidth: 0 }}>
        {item.overdue ? <Tag color="red">{t('item.overdue')}</Tag> : null}
        <Link to={item.link} style={item.overdue ? { color: '#cf1322' } : undefined}>
          {item.title}
        </Link>
      </Flex>
      <Typography.Text type={item.overdue ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
        {item.dueAt ? t('item.due', { date: day(item.dueAt) }) : item.since ? t('item.since', { date: day(item.since) }) : null}
      </Typography.Text>
    </Flex>
  );
}
