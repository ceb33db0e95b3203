import type { Executor } from '../../platform/db/client.ts';
import { findDivisionsByCodes, type DivisionRow } from './divisions.repository.ts';

export type { DivisionRow };
export { divisions, villageProfiles } from './divisions.schema.ts';

/** Names for a set of codes, for lists that show where a record belongs. */
export async function divisionNames(executor: Executor, codes: readonly string[]): Promise<Map<string, string>> {
  const rows = await findDivisionsByCodes(executor, codes);
  return new Map(rows.map((row) => [row.code, row.name]));
}

export async function findDivision(executor: Executor, code: string): Promise<DivisionRow | undefined> {
  const [row] = await findDivisionsByCodes(executor, [code]);
  return row;
}
