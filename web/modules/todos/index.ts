export { useTodos, todosKey } from './todos.api.ts';
export { badgeCount, todosPath } from './todos.rules.ts';
export { TodoHomeCard } from './components/todo-home-card.tsx';
export { MenuBadgeLabel } from './components/menu-badge-label.tsx';
