import { BellOutlined } from '@ant-design/icons';
import type { ModuleRoute } from '../../app/module-route.ts';
import { lazyPage } from '../../app/lazy-page.ts';

const TodoListPage = lazyPage(() => import('./pages/todo-list-page.tsx'), 'TodoListPage');

// No ability: every signed-in account has a to-do list, even an empty one.
export const routes: ModuleRoute[] = [
  { path: '/todos', element: <TodoListPage />, menu: { key: 'todos', label: { zh: '待办事项', en: 'To-do' }, icon: <BellOutlined /> } },
];
