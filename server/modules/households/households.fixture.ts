import { randomBytes } from 'node:crypto';
import type { AppDeps } from '../../platform/http/context.ts';
import { maskIdNumber } from '../../platform/audit/redact.ts';
import { pinyinOf } from '../../platform/i18n/pinyin.ts';
import { idNumberChecksum } from '../../../contracts/identity.ts';
import type { HealthState, HouseholdAttribute, HouseholdStatus, LabourAbility, Relation, Schooling } from '../../../contracts/household-codes.ts';
import { householdCadres, householdPersons, households } from './households.schema.ts';

// A random serial alone repeats within one birthday often enough to fail a run now and then
// (500 serials per day and sex), so a process never hands out the same number twice.
const issuedIdNumbers = new Set<string>();

/** A valid ID number for someone born on `birthDate` (YYYY-MM-DD), never the same twice in one test process. */
export function testIdNumber(birthDate: string, gender: 'male' | 'female' = 'male', area = '530326'): string {
  for (;;) {
    const serial = (randomBytes(2).readUInt16BE() % 500) * 2 + (gender === 'male' ? 1 : 0);
    const first17 = `${area}${birthDate.replaceAll('-', '')}${String(serial).padStart(3, '0')}`;
    const idNumber = `${first17}${idNumberChecksum(first17)}`;
    if (issuedIdNumbers.has(idNumber)) continue;
    issuedIdNumbers.add(idNumber);
    return idNumber;
  }
}

export type FixturePerson = {
  name: string;
  relation: Relation;
  birthDate: string;
  gender?: 'male' | 'female';
  idNumber?: string;
  health?: HealthState;
  labourAbility?: LabourAbility;
  schooling?: Schooling;
  inSchool?: boolean;
};

export type FixtureHousehold = {
  divisionCode: string;
  householderName?: string;
  code?: string;
  attribute?: HouseholdAttribute;
  status?: HouseholdStatus;
  members?: FixturePerson[];
  pairedCadreIds?: string[];
};

/**
 * A household written directly, stored the way the households module stores it (ID numbers
 * encrypted, hashed and masked), so other modules' tests need not go through its routes.
 */
export async function insertHousehold(deps: AppDeps, values: FixtureHousehold) {
  const householderName = values.householderName ?? `测试户主${randomBytes(2).toString('hex')}`;
  const members = values.members ?? [{ name: householderName, relation: 'householder', birthDate: '1970-05-06' }];
  const code = values.code ?? `${values.divisionCode}${randomBytes(3).toString('hex')}`;
  return deps.db.transaction(async (tx) => {
    const [household] = await tx
      .insert(households)
      .values({
        code,
        divisionCode: values.divisionCode,
        householderName,
        pinyin: pinyinOf(householderName).pinyin,
        attribute: values.attribute ?? 'general',
        status: values.status ?? 'registered',
        mainCause: 'illness',
        identifiedYear: 2024,
        memberCount: members.length,
      })
      .returning();
    const persons = members.length
      ? await tx
          .insert(householdPersons)
          .values(
            members.map((m) => {
              const idNumber = m.idNumber ?? testIdNumber(m.birthDate, m.gender ?? 'male');
              return {
                householdId: household!.id,
                divisionCode: values.divisionCode,
                name: m.name,
                relation: m.relation,
                gender: m.gender ?? 'male',
                birthDate: m.birthDate,
                idNumberHash: deps.cipher.fingerprint(idNumber),
                idNumberCipher: deps.cipher.encrypt(idNumber),
                idNumberMasked: maskIdNumber(idNumber),
                health: m.health ?? 'healthy',
                labourAbility: m.labourAbility ?? 'normal',
                schooling: m.schooling ?? 'junior',
                inSchool: m.inSchool ?? false,
              };
            }),
          )
          .returning()
      : [];
    if (values.pairedCadreIds?.length) {
      await tx
        .insert(householdCadres)
        .values(values.pairedCadreIds.map((cadreId) => ({ householdId: household!.id, cadreId, divisionCode: values.divisionCode, since: '2024-03-01' })));
    }
    return { household: household!, persons };
  });
}
