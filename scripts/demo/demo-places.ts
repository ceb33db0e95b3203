import { and, asc, eq, like } from 'drizzle-orm';
import type { Executor } from '../../server/platform/db/client.ts';
import type { AuditActor } from '../../server/platform/audit/audit.ts';
import { createLocalVillage, divisions } from '../../server/modules/divisions/index.ts';
import type { Village } from './seed-maoming.ts';

/** The divisions of one level under a code prefix, in code order. */
export async function divisionsUnder(executor: Executor, prefix: string, level: 'township' | 'village'): Promise<Village[]> {
  return executor
    .select({ code: divisions.code, name: divisions.name })
    .from(divisions)
    .where(and(like(divisions.code, `${prefix}%`), eq(divisions.level, level), eq(divisions.source, 'national')))
    .orderBy(asc(divisions.code));
}

/**
 * A village the county keeps itself because the national list no longer carries it ([004]'s
 * 英明村、北岸村、楼门村 were merged away); found again by name on a reload.
 */
export async function ensureLocalVillage(executor: Executor, actor: AuditActor, townshipCode: string, name: string): Promise<string> {
  const [found] = await executor
    .select({ code: divisions.code })
    .from(divisions)
    .where(and(eq(divisions.parentCode, townshipCode), eq(divisions.name, name), eq(divisions.source, 'local')));
  if (found) return found.code;
  const row = await createLocalVillage(executor, actor, { townshipCode, name });
  return row.code;
}
