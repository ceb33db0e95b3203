import type { Ctx } from '../../platform/http/context.ts';
import type { Executor } from '../../platform/db/client.ts';
import { can } from '../../platform/access/permissions.ts';
import { findWorkflow, presentWorkflow } from '../../platform/workflow/workflow.ts';
import type { LeaveListItem, LeaveView } from '../../../contracts/leave.ts';
import { divisionNames } from '../divisions/index.ts';
import { mayActForCadre } from './leave.policy.ts';
import type { LeaveListRow, PersonalView } from './leave.repository.ts';
import { isOverdueReportBack } from './leave.rules.ts';
import { leaveWorkflow } from './leave.workflow.ts';

export async function presentLeaveList(executor: Executor, rows: LeaveListRow[], today: string): Promise<LeaveListItem[]> {
  const names = await divisionNames(executor, [...new Set(rows.map((r) => r.divisionCode))]);
  return rows.map((row) => ({
    id: row.id,
    cadreId: row.cadreId,
    cadreName: row.cadreName,
    teamId: row.teamId,
    teamName: row.teamName,
    divisionCode: row.divisionCode,
    villageName: names.get(row.divisionCode) ?? null,
    type: row.type,
    startDate: row.startDate,
    endDate: row.endDate,
    days: row.days,
    reason: row.reason,
    approverRole: row.approverRole,
    state: row.state,
    reportedBackOn: row.reportedBackOn,
    reportBackNote: row.reportBackNote,
    overdueReportBack: isOverdueReportBack(row, today),
    createdAt: row.createdAt.toISOString(),
  }));
}

/** One request with its approval history and what the caller may do with it. */
export async function presentLeave(ctx: Ctx, row: LeaveListRow, personal: PersonalView, today: string): Promise<LeaveView> {
  const [item] = await presentLeaveList(ctx.db, [row], today);
  const instance = await findWorkflow(ctx.db, leaveWorkflow.kind, row.id);
  const own = mayActForCadre(ctx.principal, { ledTeamId: personal?.ledTeamId ?? null }, row) && can(ctx.principal, 'leave.request');
  return {
    ...item!,
    workflow: instance ? await presentWorkflow(ctx.db, ctx.principal, ctx.locale, leaveWorkflow, instance) : null,
    abilities: { update: own && row.state === 'returned', reportBack: own && row.state === 'approved' },
  };
}
