import { inArray } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { divisions } from './divisions.schema.ts';

export type DivisionRow = typeof divisions.$inferSelect;

export async function findDivisionsByCodes(executor: Executor, codes: readonly string[]): Promise<DivisionRow[]> {
  const unique = [...new Set(codes.filter(Boolean))];
  if (unique.length === 0) return [];
  return executor.select().from(divisions).where(inArray(divisions.code, unique));
}
