import type { TodoSource } from '../../platform/workflow/todos.ts';

export const orgLifeTodos: TodoSource = async () => [];
