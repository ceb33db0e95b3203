import { cases, type MatrixFixtures, type MatrixRow, type MatrixWorld } from '../../test/matrix.ts';
import type { AppDeps } from '../../platform/http/context.ts';
import { maskIdNumber } from '../../platform/audit/redact.ts';
import { idNumberChecksum } from '../../../contracts/identity.ts';
import { householdPersons, households } from '../households/index.ts';
import { labourTransfers } from './labour-transfers.schema.ts';

/** A member's identity, stored as the households module stores it (encrypted, hashed, masked). */
function person(deps: AppDeps, birthDate: string, serial: number) {
  const first17 = `530326${birthDate.replaceAll('-', '')}${String(800 + serial * 2 + 1)}`;
  const idNumber = `${first17}${idNumberChecksum(first17)}`;
  return {
    gender: 'male' as const,
    birthDate,
    idNumberHash: deps.cipher.fingerprint(idNumber),
    idNumberCipher: deps.cipher.encrypt(idNumber),
    idNumberMasked: maskIdNumber(idNumber),
    health: 'healthy' as const,
    labourAbility: 'normal' as const,
    schooling: 'junior' as const,
  };
}

/** A 拖车村 household of four; the householder works away (the record the rows edit), the others are free to be recorded. */
export const matrixFixtures: MatrixFixtures = async (w) => {
  const village = w.places.naguVillage;
  const [household] = await w.deps.db
    .insert(households)
    .values({ code: w.unique(`${village}L`), divisionCode: village, householderName: '矩阵户主', pinyin: 'juzhenhuzhu', attribute: 'general', status: 'registered', memberCount: 4 })
    .returning();
  const persons = await w.deps.db
    .insert(householdPersons)
    .values(
      [
        ['矩阵户主', 'householder', '1970-01-01'],
        ['矩阵长子', 'child', '1995-01-01'],
        ['矩阵次子', 'child', '1997-01-01'],
        ['矩阵三子', 'child', '1999-01-01'],
      ].map(([name, relation, birthDate], index) => ({ ...person(w.deps, birthDate!, index), householdId: household!.id, divisionCode: village, name: name!, relation: relation as 'householder' | 'child' })),
    )
    .returning();
  const [row] = await w.deps.db
    .insert(labourTransfers)
    .values({ personId: persons[0]!.id, householdId: household!.id, divisionCode: village, destination: '广东省东莞市', employer: '矩阵测试厂', organized: 'self', startedOn: '2025-01-01', monthlyIncome: 4000 })
    .returning({ id: labourTransfers.id });
  const [spare] = await w.deps.db
    .insert(labourTransfers)
    .values({ personId: persons[0]!.id, householdId: household!.id, divisionCode: village, destination: '浙江省义乌市', employer: '矩阵测试商行', organized: 'self', startedOn: '2020-01-01', endedOn: '2020-12-31', monthlyIncome: 3000 })
    .returning({ id: labourTransfers.id });
  return {
    labourHousehold: household!.id,
    labour: row!.id,
    labourSpare: spare!.id,
    labourPerson1: persons[1]!.id,
    labourPerson2: persons[2]!.id,
    labourPerson3: persons[3]!.id,
  };
};

const url = (key = 'labour') => (w: MatrixWorld) => `/api/labour-transfers/${w.ids[key]}`;
const fields = { destination: '广东省深圳市', employer: '矩阵测试公司', organized: 'organized', startedOn: '2025-06-01', monthlyIncome: 5000 };
const admins: [null | 'sys_admin' | 'audit_admin', 'national', number][] = [
  ['sys_admin', 'national', 403],
  ['audit_admin', 'national', 403],
];
type Case = Parameters<typeof cases>[1][number];
const readers = (inside: number, outside: number): Case[] => [
  ['team_leader', 'in', inside],
  ['team_member', 'in', inside],
  ['rural_office', 'in', inside],
  ['township_party', 'in', inside],
  ['county_org', 'in', inside],
  ['city_org', 'in', inside],
  ['viewer', 'in', inside],
  ['viewer', 'out', outside],
  ['rural_office', 'out', outside],
  ['discipline', 'in', 403],
  ['paired_cadre', 'in', 403],
];
const writers = (inside: number): Case[] => [
  [null, 'anonymous', 401],
  ['team_leader', 'in', inside],
  ['rural_office', 'out', 404],
  ['township_party', 'in', 403],
  ['county_org', 'in', 403],
  ['viewer', 'in', 403],
  ['paired_cadre', 'in', 403],
  ...admins,
];

export const matrixRows: MatrixRow[] = [
  ...cases({ route: '/api/labour-transfers', method: 'GET', url: () => '/api/labour-transfers' }, [[null, 'anonymous', 401], ...readers(200, 200), ...admins]),
  ...cases({ route: '/api/labour-transfers/summary', method: 'GET', url: () => '/api/labour-transfers/summary' }, [[null, 'anonymous', 401], ...readers(200, 200), ...admins]),
  ...cases({ route: '/api/labour-transfers/:id', method: 'GET', url: url() }, [[null, 'anonymous', 401], ...readers(200, 404), ...admins]),
  ...cases({ route: '/api/labour-transfers/export', method: 'GET', url: () => '/api/labour-transfers/export' }, [
    [null, 'anonymous', 401],
    ['team_leader', 'in', 200],
    ['rural_office', 'in', 200],
    ['rural_office', 'out', 200],
    ['township_party', 'in', 200],
    ['county_org', 'in', 200],
    ['team_member', 'in', 403],
    ['city_org', 'in', 403],
    ['viewer', 'in', 403],
    ...admins,
  ]),
  ...cases({ route: '/api/labour-transfers/persons', method: 'GET', url: (w) => `/api/labour-transfers/persons?householdId=${w.ids.labourHousehold}` }, [
    ...writers(200),
    ['team_member', 'in', 200],
    ['rural_office', 'in', 200],
  ]),
  // Each writer records a different member, so no row meets another's period.
  ...cases({ route: '/api/labour-transfers', method: 'POST', url: () => '/api/labour-transfers', body: (w) => ({ ...fields, personId: w.ids.labourPerson1 }) }, writers(201)),
  ...cases({ route: '/api/labour-transfers', method: 'POST', url: () => '/api/labour-transfers', body: (w) => ({ ...fields, personId: w.ids.labourPerson2 }) }, [['team_member', 'in', 201]]),
  ...cases({ route: '/api/labour-transfers', method: 'POST', url: () => '/api/labour-transfers', body: (w) => ({ ...fields, personId: w.ids.labourPerson3 }) }, [['rural_office', 'in', 201]]),
  ...cases({ route: '/api/labour-transfers/:id', method: 'PUT', url: url(), body: () => ({ ...fields, startedOn: '2025-01-01' }) }, [
    ...writers(200),
    ['team_member', 'in', 200],
    ['rural_office', 'in', 200],
  ]),
  ...cases({ route: '/api/labour-transfers/:id', method: 'DELETE', url: url('labourSpare') }, [
    [null, 'anonymous', 401],
    ['rural_office', 'out', 404],
    ['township_party', 'in', 403],
    ['county_org', 'in', 403],
    ['viewer', 'in', 403],
    ['paired_cadre', 'in', 403],
    ...admins,
    // Last: it removes the record.
    ['team_leader', 'in', 204],
  ]),
];
