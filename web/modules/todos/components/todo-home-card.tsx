import { Badge, Card, Empty, List, Typography } from 'antd';
import { Link } from 'react-router';
import { useTodos } from '../todos.api.ts';
import { useTodoMessages } from '../todos.messages.ts';
import { todosPath } from '../todos.rules.ts';
import { TodoItemRow } from './todo-item-row.tsx';

/** 我的待办 on the home page: the first few items (overdue first) and a link to the whole list. */
export function TodoHomeCard({ limit = 5 }: { limit?: number }) {
  const t = useTodoMessages();
  const todos = useTodos();
  const list = todos.data;
  return (
    <Card
      title={
        <>
          {t('card.title')} <Badge count={list?.total ?? 0} overflowCount={999} />
        </>
      }
      extra={list && list.total > 0 ? <Link to={todosPath}>{t('card.all', { total: list.total })}</Link> : null}
      loading={todos.isPending}
    >
      {todos.isError && !list ? (
        <Typography.Text type="secondary">{t('card.failed')}</Typography.Text>
      ) : !list || list.items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('card.empty')} />
      ) : (
        <List size="small" dataSource={list.items.slice(0, limit)} rowKey="key" renderItem={(item) => <List.Item><TodoItemRow item={item} /></List.Item>} />
      )}
    </Card>
  );
}
