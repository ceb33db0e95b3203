import type { Db } from '../../platform/db/client.ts';
import { codeInScope, type Scope } from '../../platform/access/scope.ts';
import type { SensitiveCipher } from '../../platform/crypto/sensitive.ts';
import { readSheetRows, type SheetRow } from '../../platform/excel/workbook-reader.ts';
import { fieldHeader, type ImportField } from '../../../contracts/household-imports.ts';
import { HouseholdLedger, detach, isBlankRow, isExampleRow, readRow, type RowError } from './household-imports.rows.ts';
import { PlaceResolver } from './household-imports.places.ts';
import * as repo from './household-imports.repository.ts';

/** Lookups against the database go a thousand rows at a time, not row by row. */
const LOOKUP_BATCH = 1000;

/** The data rows after the header row, less blank lines and the template's example row. */
export async function* dataRows(payload: Buffer, headerRow: number, mapping: readonly (ImportField | null)[]): AsyncGenerator<SheetRow> {
  for await (const row of readSheetRows(payload)) {
    if (row.rowNumber <= headerRow || isBlankRow(row.cells) || isExampleRow(mapping, row.cells)) continue;
    yield row;
  }
}

export type CheckOutcome = {
  rows: number;
  /** Rows refused for their own reasons, with every reason. */
  rowErrors: Map<number, RowError[]>;
  /** Households with at least one refused row (or a problem of their own). */
  badCodes: Set<string>;
  ledger: HouseholdLedger;
  places: PlaceResolver;
};

/**
 * First pass: every rule on every row, the household rules once all rows are in, and the ID
 * numbers and 户编号 against the file and the registry. Nothing is written; what is kept per
 * row is only its ID fingerprint (for duplicates) and its errors.
 */
export async function checkFile(
  db: Db,
  cipher: SensitiveCipher,
  scope: Scope,
  payload: Buffer,
  mapping: { headerRow: number; columns: readonly (ImportField | null)[] },
  onProgress: (rows: number) => Promise<void>,
): Promise<CheckOutcome> {
  const ledger = new HouseholdLedger();
  const places = new PlaceResolver(db, scope);
  const rowErrors = new Map<number, RowError[]>();
  const badCodes = new Set<string>();
  const firstRowOfId = new Map<string, number>();
  let pendingIds: { row: number; hash: string; code: string }[] = [];
  let pendingCodes: { row: number; code: string }[] = [];
  let rows = 0;

  const refuse = (row: number, code: string, errors: RowError[]) => {
    if (errors.length === 0) return;
    rowErrors.set(row, [...(rowErrors.get(row) ?? []), ...detach(errors)]);
    if (code) badCodes.add(code);
  };
  const lookUp = async () => {
    const registered = await repo.findRegisteredPersons(db, pendingIds.map((p) => p.hash));
    const byHash = new Map(registered.map((r) => [r.hash, r]));
    for (const p of pendingIds) {
      const holder = byHash.get(p.hash);
      if (!holder) continue;
      // A household outside the importer's scope is not named: its existence is all he may learn.
      const message = codeInScope(scope, holder.divisionCode)
        ? `该身份证号已登记在户 ${holder.code}（户主 ${holder.householderName}）中`
        : '该身份证号已登记在其他地区的户中';
      refuse(p.row, p.code, [{ column: fieldHeader.idNumber, message }]);
    }
    const codes = await repo.findRegisteredCodes(db, pendingCodes.map((p) => p.code));
    for (const p of pendingCodes) {
      if (codes.has(p.code)) refuse(p.row, p.code, [{ column: fieldHeader.code, message: `户编号 ${p.code} 已登记，导入不覆盖已登记户的信息` }]);
    }
    pendingIds = [];
    pendingCodes = [];
  };

  for await (const sheetRow of dataRows(payload, mapping.headerRow, mapping.columns)) {
    rows += 1;
    const row = sheetRow.rowNumber;
    const parsed = readRow(mapping.columns, sheetRow.cells);
    const errors = [...parsed.errors];
    if (parsed.code) {
      if (!ledger.households.has(parsed.code)) pendingCodes.push({ row, code: parsed.code });
      errors.push(...ledger.add(row, parsed.code, parsed.household, parsed.member));
      const place = await places.resolve(parsed.household);
      if (place && 'error' in place) errors.push(place.error);
    }
    if (parsed.person) {
      const hash = cipher.fingerprint(parsed.person.idNumber);
      const first = firstRowOfId.get(hash);
      if (first !== undefined) errors.push({ column: fieldHeader.idNumber, message: `身份证号与第 ${first} 行重复` });
      else {
        firstRowOfId.set(hash, row);
        pendingIds.push({ row, hash, code: parsed.code });
      }
    }
    refuse(row, parsed.code, errors);
    if (rows % LOOKUP_BATCH === 0) {
      await lookUp();
      await onProgress(rows);
    }
  }
  await lookUp();
  for (const [code, state] of ledger.households) refuse(state.firstRow, code, ledger.finish(code));
  await onProgress(rows);
  return { rows, rowErrors, badCodes, ledger, places };
}
