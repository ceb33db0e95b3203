import type { Executor } from '../../platform/db/client.ts';
import type { AdvisorListItem, BriefingContent, BriefingView, SupportView } from '../../../contracts/advisors.ts';
import { centsToMoney, toCents } from '../../../contracts/money.ts';
import { divisionNames } from '../divisions/index.ts';
import type { AdvisorListRow, BriefingListRow, SupportListRow } from './advisors.repository.ts';

/** Only the masked phone ever leaves the module; the cipher stays in the row. */
export async function presentAdvisorList(executor: Executor, rows: AdvisorListRow[]): Promise<AdvisorListItem[]> {
  const names = await divisionNames(executor, [...new Set(rows.map((r) => r.divisionCode))]);
  return rows.map((row) => ({
    id: row.id,
    divisionCode: row.divisionCode,
    villageName: names.get(row.divisionCode) ?? null,
    name: row.name,
    occupation: row.occupation,
    workplace: row.workplace,
    phone: row.phoneMasked,
    appointedOn: row.appointedOn,
    active: row.active,
    note: row.note,
    supportCount: row.supportCount,
    supportValue: centsToMoney(toCents(row.supportValue)),
    lastPeriod: row.lastPeriod,
    createdAt: row.createdAt.toISOString(),
  }));
}

export async function presentSupports(executor: Executor, rows: SupportListRow[]): Promise<SupportView[]> {
  const names = await divisionNames(executor, [...new Set(rows.map((r) => r.divisionCode))]);
  return rows.map((row) => ({
    id: row.id,
    advisorId: row.advisorId,
    advisorName: row.advisorName,
    divisionCode: row.divisionCode,
    villageName: names.get(row.divisionCode) ?? null,
    kind: row.kind,
    value: row.value,
    quantity: row.quantity,
    unit: row.unit,
    givenOn: row.givenOn,
    description: row.description,
    projectId: row.projectId,
    projectName: row.projectName,
  }));
}

/** The token is the key of the public page: shown only to those who may send the briefing. */
export function presentBriefing(row: BriefingListRow, showToken: boolean): BriefingView {
  return {
    id: row.id,
    advisorId: row.advisorId,
    divisionCode: row.divisionCode,
    period: row.period,
    generatedAt: row.generatedAt.toISOString(),
    generatedByName: row.generatedByName,
    token: showToken ? row.token : null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    sentAt: row.sentAt?.toISOString() ?? null,
    sentByName: row.sentByName,
    channel: row.channel,
    openedAt: row.openedAt?.toISOString() ?? null,
    content: row.content as BriefingContent,
  };
}

/** What the audit log keeps of a briefing: its state, not its figures (they stay in the row). */
export function auditBriefingOf(row: { id: string; period: string; sentAt: Date | null; channel: string | null; revokedAt: Date | null }) {
  return { id: row.id, period: row.period, sentAt: row.sentAt, channel: row.channel, revokedAt: row.revokedAt };
}

/** What the audit log keeps of an advisor: no clear phone, no cipher. */
export function auditAdvisorOf(row: { phoneCipher: string | null } & Record<string, unknown>) {
  const { phoneCipher: _cipher, ...rest } = row;
  return rest;
}
