import { Button, Card, Empty, Flex, List, Space, Tag } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { PageHeader } from '../../../components/page-header.tsx';
import { LoadFailedResult } from '../../../components/result-pages.tsx';
import { useTodos } from '../todos.api.ts';
import { useTodoMessages } from '../todos.messages.ts';
import { groupTodos, groupTitle } from '../todos.rules.ts';
import { TodoItemRow } from '../components/todo-item-row.tsx';
import { useTodoLabels } from '../components/use-menu-label.ts';

/** /todos: everything waiting for the account, by kind, overdue first, each linking to its page. */
export function TodoListPage() {
  const t = useTodoMessages();
  const todos = useTodos();
  const { kindLabel, menuLabel } = useTodoLabels();
  if (todos.isError && !todos.data) return <LoadFailedResult error={todos.error} onRetry={() => void todos.refetch()} />;
  const list = todos.data;
  const groups = groupTodos(list?.items ?? []);
  return (
    <>
      <PageHeader
        title={t('page.title')}
        subtitle={list ? t('page.subtitle', { total: list.total, overdue: list.overdue }) : null}
        extra={
          <Button icon={<ReloadOutlined />} loading={todos.isFetching} onClick={() => void todos.refetch()}>
            {t('page.refresh')}
          </Button>
        }
      />
      {todos.isPending ? (
        <Card loading />
      ) : groups.length === 0 ? (
        <Card>
          <Empty description={t('page.empty')} />
        </Card>
      ) : (
        <Space orientation="vertical" size={16} style={{ width: '100%' }}>
          {groups.map((group) => (
            <Card
              key={group.kind}
              size="small"
              title={
                <Flex align="center" gap={8}>
                  <span>{groupTitle(group, kindLabel, menuLabel)}</span>
                  <Tag>{group.items.length}</Tag>
                  {group.overdue > 0 ? <Tag color="red">{`${t('item.overdue')} ${group.overdue}`}</Tag> : null}
                </Flex>
              }
            >
              <List size="small" dataSource={group.items} rowKey="key" renderItem={(item) => <List.Item><TodoItemRow item={item} /></List.Item>} />
            </Card>
          ))}
        </Space>
      )}
    </>
  );
}
