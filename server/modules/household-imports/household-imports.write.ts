import { randomUUID } from 'node:crypto';
import type { SensitiveCipher } from '../../platform/crypto/sensitive.ts';
import { maskIdNumber, maskPhone } from '../../platform/audit/redact.ts';
import { pinyinOf } from '../../platform/i18n/pinyin.ts';
import type { ImportField } from '../../../contracts/household-imports.ts';
import { buildHousehold, detach, mergeValues, readRow, type HouseholdValues, type PersonValues } from './household-imports.rows.ts';
import { dataRows, type CheckOutcome } from './household-imports.check.ts';
import type { NewHouseholdRow, NewIncomeRow, NewPersonRow } from './household-imports.repository.ts';

export const SIBLING_MESSAGE = '同户其他成员有误';
export const HOUSEHOLD_BATCH = 500;

export type Batch = { households: NewHouseholdRow[]; persons: NewPersonRow[]; incomes: NewIncomeRow[] };
export type RefusedRow = { row: number; values: string[]; message: string };

type Buffered = { values: HouseholdValues[]; persons: PersonValues[] };

/**
 * Second pass: the rows of households that passed become batches of records (ID numbers and
 * phones encrypted as they go), and the refused rows are read back as uploaded for the report.
 * Only households still waiting for a later row of theirs are held in memory.
 */
export async function* buildBatches(
  payload: Buffer,
  mapping: { headerRow: number; columns: readonly (ImportField | null)[] },
  check: CheckOutcome,
  options: { importRows: boolean; cipher: SensitiveCipher; createdBy: string | null },
  onRefused: (row: RefusedRow) => void,
): AsyncGenerator<Batch> {
  const waiting = new Map<string, Buffered>();
  let batch: Batch = { households: [], persons: [], incomes: [] };
  for await (const sheetRow of dataRows(payload, mapping.headerRow, mapping.columns)) {
    const row = sheetRow.rowNumber;
    const own = check.rowErrors.get(row);
    const parsed = own || !options.importRows ? null : readRow(mapping.columns, sheetRow.cells);
    const code = parsed?.code ?? '';
    if (own || (parsed && (!code || check.badCodes.has(code)))) {
      const message = own ? own.map((e) => `${e.column}：${e.message}`).join('；') : SIBLING_MESSAGE;
      onRefused({ row, values: detach(sheetRow.cells.map((c) => c.text)), message });
      continue;
    }
    if (!parsed?.person) continue;
    const buffered = waiting.get(code) ?? { values: [], persons: [] };
    buffered.values.push(parsed.household);
    buffered.persons.push(parsed.person);
    waiting.set(code, buffered);
    if (check.ledger.households.get(code)?.lastRow !== row) continue;
    waiting.delete(code);
    addHousehold(batch, code, buffered, check, options);
    if (batch.households.length >= HOUSEHOLD_BATCH) {
      yield batch;
      batch = { households: [], persons: [], incomes: [] };
    }
  }
  if (batch.households.length > 0) yield batch;
}

function addHousehold(batch: Batch, code: string, buffered: Buffered, check: CheckOutcome, options: { cipher: SensitiveCipher; createdBy: string | null }): void {
  const { household } = buildHousehold(code, mergeValues(buffered.values));
  const place = household ? check.places.cached(household.place) : null;
  // The first pass refused every household these fail for; reaching here without them is a bug, not bad data.
  if (!household || !place) throw new Error(`household ${code} passed the check but cannot be built`);
  const id = randomUUID();
  const householder = buffered.persons.find((p) => p.relation === 'householder');
  const phone = householder?.phone ?? null;
  batch.households.push({
    id,
    code,
    divisionCode: place,
    householderName: household.householderName,
    pinyin: pinyinOf(household.householderName).pinyin,
    group: household.group,
    attribute: household.attribute,
    status: household.status,
    mainCause: household.mainCause,
    secondaryCauses: household.secondaryCauses,
    identifiedYear: household.identifiedYear,
    exitedYear: household.exitedYear,
    monitoringType: household.monitoringType,
    monitoringState: household.monitoringType ? 'monitoring' : null,
    housingGrade: household.housingGrade,
    relocated: household.relocated,
    relocationSite: household.relocationSite,
    phoneCipher: phone ? options.cipher.encrypt(phone) : null,
    phoneMasked: phone ? maskPhone(phone) : null,
    memberCount: buffered.persons.length,
    createdBy: options.createdBy,
  });
  for (const p of buffered.persons) {
    batch.persons.push({
      householdId: id,
      divisionCode: place,
      name: p.name,
      relation: p.relation,
      gender: p.gender,
      birthDate: p.birthDate,
      idNumberHash: options.cipher.fingerprint(p.idNumber),
      idNumberCipher: options.cipher.encrypt(p.idNumber),
      idNumberMasked: maskIdNumber(p.idNumber),
      ethnicity: p.ethnicity,
      health: p.health,
      disabilityGrade: p.disabilityGrade,
      labourAbility: p.labourAbility,
      schooling: p.schooling,
      inSchool: p.inSchool,
      workingAway: p.workingAway,
      workPlace: p.workPlace,
      medicalInsured: p.medicalInsured,
      pensionInsured: p.pensionInsured,
      phoneCipher: p.phone ? options.cipher.encrypt(p.phone) : null,
      phoneMasked: p.phone ? maskPhone(p.phone) : null,
    });
  }
  if (household.income) {
    const { year, wage, business, property, transfer } = household.income;
    batch.incomes.push({ householdId: id, year, wage, business, property, transfer, members: buffered.persons.length });
  }
}
