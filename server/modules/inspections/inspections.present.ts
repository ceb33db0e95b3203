import type { Executor } from '../../platform/db/client.ts';
import type { CriticismItem, FindingView, InspectionListItem, RectificationListItem } from '../../../contracts/inspections.ts';
import { divisionNames } from '../divisions/index.ts';
import * as repo from './inspections.repository.ts';
import type { CriticismListRow, RectificationListRow } from './rectifications.repository.ts';
import { isOverdue } from './inspections.rules.ts';

export async function presentInspectionList(executor: Executor, rows: readonly repo.InspectionListRow[]): Promise<InspectionListItem[]> {
  const names = await divisionNames(executor, rows.map((r) => r.divisionCode));
  return rows.map((r) => ({
    id: r.id,
    method: r.method,
    inspectedOn: r.inspectedOn,
    divisionCode: r.divisionCode,
    divisionName: names.get(r.divisionCode) ?? null,
    leadUnit: r.leadUnit,
    participants: r.participants,
    checked: r.checked,
    atPost: r.atPost,
    absent: r.absent,
    createdAt: r.createdAt.toISOString(),
  }));
}

export async function presentFindings(executor: Executor, rows: readonly repo.FindingRow[]): Promise<FindingView[]> {
  const [names, villages, leaves, orders] = await Promise.all([
    repo.cadreAndTeamNames(executor, rows.map((r) => r.cadreId), rows.flatMap((r) => (r.teamId ? [r.teamId] : []))),
    divisionNames(executor, rows.map((r) => r.divisionCode)),
    repo.leavesByIds(executor, rows.flatMap((r) => (r.leaveRequestId ? [r.leaveRequestId] : []))),
    repo.rectificationIdsOfFindings(executor, rows.map((r) => r.id)),
  ]);
  const leaveById = new Map(leaves.map((l) => [l.id, l]));
  const orderByFinding = new Map(orders.map((o) => [o.findingId, o.id]));
  return rows.map((r) => ({
    id: r.id,
    cadreId: r.cadreId,
    cadreName: names.cadres.get(r.cadreId) ?? null,
    teamId: r.teamId,
    teamName: r.teamId ? (names.teams.get(r.teamId) ?? null) : null,
    divisionCode: r.divisionCode,
    villageName: villages.get(r.divisionCode) ?? null,
    atPost: r.atPost,
    absenceReason: r.absenceReason,
    leave: r.leaveRequestId ? (leaveById.get(r.leaveRequestId) ?? null) : null,
    note: r.note,
    rectificationId: orderByFinding.get(r.id) ?? null,
  }));
}

export async function presentRectifications(executor: Executor, rows: readonly RectificationListRow[], today: string): Promise<RectificationListItem[]> {
  const villages = await divisionNames(executor, rows.map((r) => r.divisionCode));
  return rows.map((r) => ({
    id: r.id,
    inspectionId: r.inspectionId,
    inspectedOn: r.inspectedOn,
    method: r.method,
    cadreId: r.cadreId,
    cadreName: r.cadreName,
    teamId: r.teamId,
    teamName: r.teamName,
    divisionCode: r.divisionCode,
    villageName: villages.get(r.divisionCode) ?? null,
    requirement: r.requirement,
    deadline: r.deadline,
    state: r.state,
    overdue: r.state === 'overdue' || isOverdue(r.state, r.deadline, today),
    response: r.response,
    respondedAt: r.respondedAt ? r.respondedAt.toISOString() : null,
    createdAt: r.createdAt.toISOString(),
  }));
}

export async function presentCriticisms(executor: Executor, rows: readonly CriticismListRow[]): Promise<CriticismItem[]> {
  const villages = await divisionNames(executor, rows.map((r) => r.divisionCode));
  return rows.map((r) => ({ ...r, villageName: villages.get(r.divisionCode) ?? null }));
}
