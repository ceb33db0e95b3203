import type { Executor } from '../db/client.ts';
import { auditEvents } from './audit.schema.ts';
import { redactValue } from './redact.ts';

export type AuditActor = { accountId: string | null; username: string | null; requestId: string; ip: string | null };

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId?: string | null;
  divisionCode?: string | null;
  outcome?: 'success' | 'failure';
  reason?: string | null;
  before?: unknown;
  after?: unknown;
};

/** Appends one event; called inside the same transaction as the write it records, so neither lands without the other. */
export async function recordAudit(executor: Executor, actor: AuditActor, entry: AuditEntry): Promise<void> {
  await executor.insert(auditEvents).values({
    actorId: actor.accountId,
    actorName: actor.username,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId ?? null,
    divisionCode: entry.divisionCode && entry.divisionCode.length === 12 ? entry.divisionCode : null,
    outcome: entry.outcome ?? 'success',
    reason: entry.reason ?? null,
    before: entry.before === undefined ? null : redactValue(entry.before),
    after: entry.after === undefined ? null : redactValue(entry.after),
    requestId: actor.requestId,
    ip: actor.ip,
  });
}
