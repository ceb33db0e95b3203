import type { TodoSource } from '../../platform/workflow/todos.ts';
import { findActiveTeamOfCadre } from '../teams/index.ts';
import * as repo from './notices.repository.ts';
import { readsAsTeam } from './notices.policy.ts';

/** An issued notice the team has not opened waits on every member's list until someone reads it. */
export const noticeTodos: TodoSource = async (ctx) => {
  const { principal } = ctx;
  if (!principal.cadreId || !principal.permissions.has('notices.read') || !readsAsTeam(principal)) return [];
  const team = await findActiveTeamOfCadre(ctx.db, principal.cadreId);
  if (!team) return [];
  return (await repo.unreadForTeam(ctx.db, team.id)).map((n) => ({
    key: `notice:${n.id}`,
    kind: 'notice_unread',
    title: `未读通知：${n.title}`,
    link: `/notices/${n.id}`,
    menuPath: '/notices',
    since: n.issuedAt ? n.issuedAt.toISOString() : null,
    dueAt: null,
    overdue: false,
  }));
};
