import type { ModuleDefinition } from '../../platform/http/module.ts';
import type { TodoSource } from '../../platform/workflow/todos.ts';
import { ctxOf } from '../../platform/http/request-context.ts';
import { errorBody } from '../../../contracts/common.ts';
import { todoList } from '../../../contracts/todos.ts';
import { listTodos } from './todos.service.ts';

/** The to-do list gathers the approvals of the workflow table and what each module says is waiting. */
export function createTodosModule(modules: readonly ModuleDefinition[]): ModuleDefinition {
  const sources = modules.map((m) => m.todos).filter((s): s is TodoSource => Boolean(s));
  return {
    name: 'todos',
    permissions: [],
    grants: {},
    routes: (app, deps) => {
      app.get(
        '/api/todos',
        { schema: { tags: ['todos 待办'], summary: '我的待办（审批、整改、报告）及菜单计数', response: { 200: todoList, 401: errorBody } } },
        (request) => listTodos(ctxOf(request, deps), sources),
      );
    },
  };
}
