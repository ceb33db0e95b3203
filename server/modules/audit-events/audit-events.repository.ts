import { and, count, desc, eq, gte, ilike, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import type { Scope } from '../../platform/access/scope.ts';
import { likePattern, offsetOf, type Page, type ListResult } from '../../platform/db/paging.ts';
import { auditEvents } from '../../platform/audit/audit.schema.ts';
import { accounts } from '../../platform/auth/auth.schema.ts';
import type { AuditEventFilters } from '../../../contracts/audit-events.ts';

export type AuditEventRow = typeof auditEvents.$inferSelect;

/**
 * A regional audit administrator sees the events that happened in its region and those of the
 * accounts it oversees (sign-ins, account changes carry no division of their own).
 */
// Spelt out: drizzle writes a column unqualified in a one-table query, which a subquery could rebind.
const outerActorId = sql`${auditEvents}.${sql.identifier('actor_id')}`;

function auditScopeCondition(scope: Scope): SQL {
  if (scope.national) return sql`true`;
  const parts: SQL[] = [];
  if (scope.divisionPrefix) {
    const pattern = `${scope.divisionPrefix}%`;
    parts.push(sql`${auditEvents.divisionCode} like ${pattern}`);
    parts.push(sql`exists (select 1 from ${accounts} a where a.id = ${outerActorId} and a.scope_division_code like ${pattern})`);
  }
  if (scope.unitId) {
    parts.push(sql`exists (select 1 from ${accounts} a where a.id = ${outerActorId} and a.scope_unit_id = ${scope.unitId})`);
  }
  return or(...parts) ?? sql`false`;
}

function whereOf(scope: Scope, filters: AuditEventFilters): SQL | undefined {
  const parts: SQL[] = [auditScopeCondition(scope)];
  if (filters.actor) parts.push(ilike(auditEvents.actorName, likePattern(filters.actor)));
  if (filters.action) {
    // "accounts" finds every accounts.* event; "accounts.create" finds exactly those.
    const prefix = `${filters.action.replace(/[\\%_]/g, (c) => `\\${c}`)}.%`;
    parts.push(or(eq(auditEvents.action, filters.action), sql`${auditEvents.action} like ${prefix}`)!);
  }
  if (filters.entityType) parts.push(eq(auditEvents.entityType, filters.entityType));
  if (filters.entityId) parts.push(eq(auditEvents.entityId, filters.entityId));
  if (filters.outcome) parts.push(eq(auditEvents.outcome, filters.outcome));
  if (filters.from) parts.push(gte(auditEvents.at, new Date(filters.from)));
  if (filters.to) parts.push(lte(auditEvents.at, new Date(filters.to)));
  return and(...parts);
}

export async function listAuditEvents(executor: Executor, scope: Scope, filters: AuditEventFilters, page: Page): Promise<ListResult<AuditEventRow>> {
  const where = whereOf(scope, filters);
  const [items, [totalRow]] = await Promise.all([
    executor.select().from(auditEvents).where(where).orderBy(desc(auditEvents.at), desc(auditEvents.id)).limit(page.pageSize).offset(offsetOf(page)),
    executor.select({ total: count() }).from(auditEvents).where(where),
  ]);
  return { items, total: totalRow?.total ?? 0 };
}

export async function countAuditEvents(executor: Executor, scope: Scope, filters: AuditEventFilters): Promise<number> {
  const [row] = await executor.select({ total: count() }).from(auditEvents).where(whereOf(scope, filters));
  return row?.total ?? 0;
}

/**
 * Newest first, a batch at a time keyed on the id, so a long export never holds the whole trail.
 * The id, not the time, is the key: timestamps carry microseconds a JS Date would round away.
 */
export async function* iterateAuditEvents(executor: Executor, scope: Scope, filters: AuditEventFilters, batchSize = 2000): AsyncGenerator<AuditEventRow> {
  let lastId: number | null = null;
  const where = whereOf(scope, filters);
  for (;;) {
    const rows: AuditEventRow[] = await executor
      .select()
      .from(auditEvents)
      .where(lastId === null ? where : and(where, lt(auditEvents.id, lastId)))
      .orderBy(desc(auditEvents.id))
      .limit(batchSize);
    for (const row of rows) yield row;
    if (rows.length < batchSize) return;
    lastId = rows[rows.length - 1]!.id;
  }
}
