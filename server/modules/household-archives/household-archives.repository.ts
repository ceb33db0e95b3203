import { and, asc, desc, eq, gte, inArray, isNull, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../platform/db/client.ts';
import { scopeCondition, type Scope } from '../../platform/access/scope.ts';
import { storedFiles } from '../../platform/files/files.schema.ts';
import { accounts } from '../../platform/auth/auth.schema.ts';
import { householdCadres, householdIncomes, householdIndicators, householdLinks, householdMeasures, households } from '../households/index.ts';
import { cadres } from '../cadres/index.ts';
import { units } from '../units/index.ts';

export type ArchiveFileRow = {
  id: string;
  ownerType: string;
  fileName: string;
  mimeType: string;
  size: number;
  uploadedBy: string | null;
  uploaderName: string | null;
  createdAt: Date;
};

const fileColumns = {
  id: storedFiles.id,
  ownerType: storedFiles.ownerType,
  fileName: storedFiles.fileName,
  mimeType: storedFiles.mimeType,
  size: storedFiles.size,
  uploadedBy: storedFiles.uploadedBy,
  uploaderName: accounts.displayName,
  createdAt: storedFiles.createdAt,
};

function archiveFileOf(scope: Scope, ownerTypes: readonly string[], householdId: string) {
  return and(
    inArray(storedFiles.ownerType, [...ownerTypes]),
    eq(storedFiles.ownerId, householdId),
    scopeCondition(scope, { division: [storedFiles.divisionCode] }),
  );
}

/** A household's archive, newest first, without the bytes. */
export function listArchiveFiles(executor: Executor, scope: Scope, ownerTypes: readonly string[], householdId: string): Promise<ArchiveFileRow[]> {
  return executor
    .select(fileColumns)
    .from(storedFiles)
    .leftJoin(accounts, eq(accounts.id, storedFiles.uploadedBy))
    .where(archiveFileOf(scope, ownerTypes, householdId))
    .orderBy(desc(storedFiles.createdAt), desc(storedFiles.id));
}

export async function findArchiveFile(executor: Executor, scope: Scope, ownerTypes: readonly string[], householdId: string, fileId: string) {
  const [row] = await executor
    .select()
    .from(storedFiles)
    .where(and(eq(storedFiles.id, fileId), archiveFileOf(scope, ownerTypes, householdId)));
  return row;
}

export async function deleteArchiveFile(executor: Executor, scope: Scope, ownerTypes: readonly string[], householdId: string, fileId: string) {
  const [row] = await executor
    .delete(storedFiles)
    .where(and(eq(storedFiles.id, fileId), archiveFileOf(scope, ownerTypes, householdId)))
    .returning({ id: storedFiles.id, ownerType: storedFiles.ownerType, fileName: storedFiles.fileName, size: storedFiles.size, sha256: storedFiles.sha256 });
  return row;
}

export async function accountName(executor: Executor, accountId: string): Promise<string | null> {
  const [row] = await executor.select({ name: accounts.displayName }).from(accounts).where(eq(accounts.id, accountId));
  return row?.name ?? null;
}

/** Serialises link changes of one household, so two clicks never leave two active links. */
export async function lockHousehold(executor: Executor, scope: Scope, householdId: string) {
  const [row] = await executor
    .select({ id: households.id, divisionCode: households.divisionCode })
    .from(households)
    .where(and(eq(households.id, householdId), scopeCondition(scope, { division: [households.divisionCode] })))
    .for('update');
  return row;
}

const creators = alias(accounts, 'link_creators');
const revokers = alias(accounts, 'link_revokers');

export type LinkRow = typeof householdLinks.$inferSelect & { creatorName: string | null; revokerName: string | null };

export function listLinks(executor: Executor, householdId: string): Promise<LinkRow[]> {
  return executor
    .select({
      id: householdLinks.id,
      householdId: householdLinks.householdId,
      token: householdLinks.token,
      createdBy: householdLinks.createdBy,
      createdAt: householdLinks.createdAt,
      revokedAt: householdLinks.revokedAt,
      revokedBy: householdLinks.revokedBy,
      creatorName: creators.displayName,
      revokerName: revokers.displayName,
    })
    .from(householdLinks)
    .leftJoin(creators, eq(creators.id, householdLinks.createdBy))
    .leftJoin(revokers, eq(revokers.id, householdLinks.revokedBy))
    .where(eq(householdLinks.householdId, householdId))
    .orderBy(desc(householdLinks.createdAt), desc(householdLinks.id));
}

/** Revokes what is still active of a household's links (all of them, or one); answers the revoked rows. */
export function revokeLinks(executor: Executor, householdId: string, accountId: string, linkId?: string) {
  return executor
    .update(householdLinks)
    .set({ revokedAt: new Date(), revokedBy: accountId })
    .where(and(eq(householdLinks.householdId, householdId), isNull(householdLinks.revokedAt), linkId ? eq(householdLinks.id, linkId) : undefined))
    .returning();
}

export async function insertLink(executor: Executor, householdId: string, token: string, accountId: string) {
  const [row] = await executor.insert(householdLinks).values({ householdId, token, createdBy: accountId }).returning();
  return row!;
}

export async function findLink(executor: Executor, householdId: string, linkId: string) {
  const [row] = await executor
    .select()
    .from(householdLinks)
    .where(and(eq(householdLinks.id, linkId), eq(householdLinks.householdId, householdId)));
  return row;
}

/** The household behind an active token; a revoked or unknown one finds nothing. */
export async function findHouseholdByActiveToken(executor: Executor, token: string) {
  const [row] = await executor
    .select({ household: households })
    .from(householdLinks)
    .innerJoin(households, eq(households.id, householdLinks.householdId))
    .where(and(eq(householdLinks.token, token), isNull(householdLinks.revokedAt)));
  return row?.household;
}

/** The cadres paired with the household today, with their unit. */
export function currentPairedCadres(executor: Executor, householdId: string, today: string) {
  return executor
    .select({ name: cadres.name, unit: units.name, position: cadres.position, phone: cadres.phoneMasked })
    .from(householdCadres)
    .innerJoin(cadres, eq(cadres.id, householdCadres.cadreId))
    .leftJoin(units, eq(units.id, cadres.unitId))
    .where(and(eq(householdCadres.householdId, householdId), or(isNull(householdCadres.until), gte(householdCadres.until, today))))
    .orderBy(asc(householdCadres.since), asc(cadres.pinyin));
}

export function measuresOf(executor: Executor, householdId: string, years?: readonly number[]) {
  return executor
    .select()
    .from(householdMeasures)
    .where(and(eq(householdMeasures.householdId, householdId), years ? inArray(householdMeasures.year, [...years]) : undefined))
    .orderBy(desc(householdMeasures.year), asc(householdMeasures.createdAt), asc(householdMeasures.id));
}

export function recentIncomes(executor: Executor, householdId: string, years: number) {
  return executor.select().from(householdIncomes).where(eq(householdIncomes.householdId, householdId)).orderBy(desc(householdIncomes.year)).limit(years);
}

export function indicatorsOf(executor: Executor, householdId: string) {
  return executor.select().from(householdIndicators).where(eq(householdIndicators.householdId, householdId));
}
