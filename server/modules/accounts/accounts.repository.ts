import { and, asc, count, eq, getTableColumns, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { scopeCondition, type Scope } from '../../platform/access/scope.ts';
import { likePattern, offsetOf, type ListResult, type Window } from '../../platform/db/paging.ts';
import { accounts, sessions } from '../../platform/auth/auth.schema.ts';
import type { AccountExportQuery, AccountListQuery } from '../../../contracts/accounts.ts';
import { cadres, cadreScopeCondition, type CadreRow } from '../cadres/index.ts';

type AccountTable = typeof accounts.$inferSelect;
/** Every column but the password hash: it never leaves the auth platform, not even into memory here. */
export type AccountRow = Omit<AccountTable, 'passwordHash'>;
export type NewAccountRow = typeof accounts.$inferInsert;

const { passwordHash: _hash, ...visibleColumns } = getTableColumns(accounts);

export function accountScopeCondition(scope: Scope): SQL {
  return scopeCondition(scope, { division: [accounts.scopeDivisionCode], unit: [accounts.scopeUnitId] });
}

function filtersOf(scope: Scope, query: AccountExportQuery): SQL | undefined {
  const filters: SQL[] = [accountScopeCondition(scope)];
  if (query.q) {
    const pattern = likePattern(query.q);
    filters.push(or(ilike(accounts.username, pattern), ilike(accounts.displayName, pattern))!);
  }
  if (query.role) filters.push(sql`${query.role} = any(${accounts.roles})`);
  if (query.status) filters.push(eq(accounts.status, query.status));
  return and(...filters);
}

export async function listAccounts(executor: Executor, scope: Scope, query: AccountListQuery): Promise<ListResult<AccountRow>> {
  const [items, [totalRow]] = await Promise.all([
    readAccounts(executor, scope, query, { limit: query.pageSize, offset: offsetOf(query) }),
    executor.select({ total: count() }).from(accounts).where(filtersOf(scope, query)),
  ]);
  return { items, total: totalRow?.total ?? 0 };
}

/** One window of the list without its count: an export reads window after window. */
export function readAccounts(executor: Executor, scope: Scope, query: AccountExportQuery, window: Window): Promise<AccountRow[]> {
  return executor.select(visibleColumns).from(accounts).where(filtersOf(scope, query)).orderBy(asc(accounts.username), asc(accounts.id)).limit(window.limit).offset(window.offset);
}

export async function findAccountInScope(executor: Executor, scope: Scope, accountId: string): Promise<AccountRow | undefined> {
  const [row] = await executor
    .select(visibleColumns)
    .from(accounts)
    .where(and(eq(accounts.id, accountId), accountScopeCondition(scope)));
  return row;
}

export async function findAccountIdByUsername(executor: Executor, username: string): Promise<string | undefined> {
  const [row] = await executor.select({ id: accounts.id }).from(accounts).where(sql`lower(${accounts.username}) = lower(${username})`);
  return row?.id;
}

export async function findAccountIdByCadre(executor: Executor, cadreId: string): Promise<string | undefined> {
  const [row] = await executor.select({ id: accounts.id }).from(accounts).where(eq(accounts.cadreId, cadreId));
  return row?.id;
}

export async function insertAccount(executor: Executor, values: NewAccountRow): Promise<AccountRow> {
  const [row] = await executor.insert(accounts).values(values).returning(visibleColumns);
  return row!;
}

export async function updateAccount(executor: Executor, accountId: string, values: Partial<NewAccountRow>): Promise<AccountRow> {
  const [row] = await executor
    .update(accounts)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(accounts.id, accountId))
    .returning(visibleColumns);
  return row!;
}

export async function deleteSessionsOf(executor: Executor, accountId: string): Promise<void> {
  await executor.delete(sessions).where(eq(sessions.accountId, accountId));
}

export async function searchCadres(executor: Executor, scope: Scope, q: string | undefined, limit: number): Promise<CadreRow[]> {
  const filters: SQL[] = [cadreScopeCondition(scope)];
  if (q) {
    const pattern = likePattern(q);
    filters.push(or(ilike(cadres.name, pattern), ilike(cadres.pinyin, pattern), ilike(cadres.initials, pattern))!);
  }
  return executor.select().from(cadres).where(and(...filters)).orderBy(asc(cadres.pinyin), asc(cadres.id)).limit(limit);
}
