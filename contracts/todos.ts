import { z } from 'zod';

/** Something waiting for the signed-in account: an approval, a rectification due, a report missing. */
export const todoItem = z.object({
  key: z.string(),
  kind: z.string(),
  title: z.string(),
  /** The page that handles it; its first segment is the menu entry that counts it. */
  link: z.string(),
  menuPath: z.string(),
  since: z.string().nullable(),
  dueAt: z.string().nullable(),
  overdue: z.boolean(),
});
export type TodoItem = z.infer<typeof todoItem>;

export const todoList = z.object({
  items: z.array(todoItem),
  total: z.number().int(),
  overdue: z.number().int(),
  /** Items per menu path, for the badges in the side menu. */
  counts: z.record(z.string(), z.number().int()),
});
export type TodoList = z.infer<typeof todoList>;
