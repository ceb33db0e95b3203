import { useQuery } from '@tanstack/react-query';
import type { TodoList } from '../../../contracts/todos.ts';
import { api } from '../../platform/api.ts';

/** The query key of the to-do list: a page that settles an item invalidates it so the badges follow. */
export const todosKey = ['todos'] as const;

/**
 * The signed-in account's to-do list, shared by the side menu's badges, the home card and the page:
 * polled every minute and again when the window regains focus.
 */
export function useTodos() {
  return useQuery({
    queryKey: todosKey,
    queryFn: () => api.get<TodoList>('/api/todos'),
    refetchInterval: 60_000,
    refetchOnWindowFocus: true,
    staleTime: 30_000,
  });
}
