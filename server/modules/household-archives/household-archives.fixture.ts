import { eq } from 'drizzle-orm';
import type { AppDeps } from '../../platform/http/context.ts';
import { maskPhone } from '../../platform/audit/redact.ts';
import { createCadre, createUnit, insertPlaces, places } from '../../test/factories.ts';
import { insertHousehold, testIdNumber } from '../households/households.fixture.ts';
import { householdIncomes, householdIndicators, householdMeasures, households } from '../households/index.ts';
import { cadres } from '../cadres/index.ts';
import { publicMeasureYears } from './household-archives.rules.ts';

export const samplePdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n');
export const samplePng = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

/** A multipart body with the fields first, as the web client sends it. */
export function multipart(fileName: string, data: Buffer, fields: Record<string, string> = {}) {
  const boundary = '----zhucun-archive-boundary';
  const parts = Object.entries(fields).map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  const head = `${parts.join('')}--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head), data, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

export const members = {
  householder: { name: '楊正華', idNumber: testIdNumber('1968-04-12', 'male') },
  spouse: { name: '王秀英', idNumber: testIdNumber('1970-09-03', 'female') },
  child: { name: '楊小明', idNumber: testIdNumber('2012-06-21', 'male') },
};
export const householdPhone = '13987654321';
export const cadrePhone = '13812345678';

/** A 拖车村 household with three members, a paired cadre, incomes, indicators and measures over four years. */
export async function archiveFixture(deps: AppDeps) {
  await insertPlaces(deps);
  const unit = await createUnit(deps, { name: '会泽县农业农村局', divisionCode: places.huize });
  const cadre = await createCadre(deps, { unitId: unit.id, name: '李建国' });
  await deps.db.update(cadres).set({ position: '副局长', phoneCipher: deps.cipher.encrypt(cadrePhone), phoneMasked: maskPhone(cadrePhone) }).where(eq(cadres.id, cadre.id));
  const { household } = await insertHousehold(deps, {
    divisionCode: places.naguVillage,
    householderName: members.householder.name,
    members: [
      { name: members.householder.name, relation: 'householder', birthDate: '1968-04-12', idNumber: members.householder.idNumber },
      { name: members.spouse.name, relation: 'spouse', birthDate: '1970-09-03', gender: 'female', idNumber: members.spouse.idNumber },
      { name: members.child.name, relation: 'child', birthDate: '2012-06-21', idNumber: members.child.idNumber, schooling: 'primary', inSchool: true },
    ],
    pairedCadreIds: [cadre.id],
  });
  await deps.db
    .update(households)
    .set({ address: '拖车村三组 18 号', phoneCipher: deps.cipher.encrypt(householdPhone), phoneMasked: maskPhone(householdPhone) })
    .where(eq(households.id, household.id));
  const [thisYear, lastYear] = publicMeasureYears();
  await deps.db.insert(householdMeasures).values([
    { householdId: household.id, year: thisYear, category: 'industry', content: '种植中药材 3 亩，提供种苗', done: false },
    { householdId: household.id, year: lastYear, category: 'education', content: '落实义务教育阶段资助', done: true },
    { householdId: household.id, year: lastYear - 2, category: 'housing', content: '危房改造（早年措施）', done: true },
  ]);
  await deps.db.insert(householdIncomes).values([
    { householdId: household.id, year: lastYear, wage: 12000, business: 6000, property: 0, transfer: 2400, members: 3 },
    { householdId: household.id, year: lastYear - 1, wage: 9000, business: 4000, property: 0, transfer: 2400, members: 3 },
  ]);
  await deps.db.insert(householdIndicators).values([
    { householdId: household.id, indicator: 'water', status: 'met', verifier: '李建国', verifiedOn: '2025-03-01' },
    { householdId: household.id, indicator: 'food', status: 'met' },
  ]);
  const other = await insertHousehold(deps, { divisionCode: places.zhenjiangVillage, householderName: '陈高州' });
  return { household, cadre, unit, otherHousehold: other.household, thisYear, lastYear };
}
