import { randomBytes } from 'node:crypto';
import type { AppDeps } from '../platform/http/context.ts';
import { accounts } from '../platform/auth/auth.schema.ts';
import { hashPassword } from '../platform/auth/passwords.ts';
import type { Role } from '../platform/access/roles.ts';
import { divisions } from '../modules/divisions/index.ts';
import type { DivisionLevel } from '../modules/divisions/divisions.schema.ts';
import { units } from '../modules/units/index.ts';
import { cadres } from '../modules/cadres/cadres.schema.ts';
import { idNumberChecksum } from '../modules/cadres/cadres.rules.ts';
import { maskIdNumber } from '../platform/audit/redact.ts';
import { pinyinOf } from '../platform/i18n/pinyin.ts';
import { signIn, type Session } from './test-app.ts';
import type { FastifyInstance } from 'fastify';

export const TEST_PASSWORD = 'Test@Passw0rd';
let hashed: Promise<string> | null = null;

/** Real codes of two counties and some of their townships and villages, enough for scope tests. */
export const places = {
  yunnan: '530000000000',
  qujing: '530300000000',
  huize: '530326000000',
  nagu: '530326102000',
  naguVillage: '530326102204',
  guangdong: '440000000000',
  maoming: '440900000000',
  gaozhou: '440981000000',
  zhenjiang: '440981107000',
  zhenjiangVillage: '440981107201',
  xindong: '440981101000',
  changliu: '440981101207',
} as const;

const placeRows: [string, string, DivisionLevel, string | null][] = [
  ['530000000000', '云南省', 'province', null],
  ['530300000000', '曲靖市', 'city', '530000000000'],
  ['530326000000', '会泽县', 'county', '530300000000'],
  ['530326102000', '娜姑镇', 'township', '530326000000'],
  ['530326102204', '拖车村村民委员会', 'village', '530326102000'],
  ['440000000000', '广东省', 'province', null],
  ['440900000000', '茂名市', 'city', '440000000000'],
  ['440981000000', '高州市', 'county', '440900000000'],
  ['440981107000', '镇江镇', 'township', '440981000000'],
  ['440981107201', '日久冲村委会', 'village', '440981107000'],
  ['440981101000', '新垌镇', 'township', '440981000000'],
  ['440981101207', '长流村委会', 'village', '440981101000'],
];

const depthOf: Record<DivisionLevel, number> = { province: 1, city: 2, county: 3, township: 4, village: 5, group: 6 };

export async function insertPlaces(deps: AppDeps): Promise<void> {
  await deps.db
    .insert(divisions)
    .values(
      placeRows.map(([code, name, level, parentCode]) => ({
        code,
        name,
        shortName: name,
        level,
        depth: depthOf[level],
        parentCode,
        ...pinyinOf(name),
        childCount: placeRows.filter((r) => r[3] === code).length,
        childrenLoaded: true,
      })),
    )
    .onConflictDoNothing();
}

export async function createUnit(deps: AppDeps, values: { name?: string; divisionCode?: string; type?: 'county' | 'provincial' } = {}) {
  const name = values.name ?? `测试单位${randomBytes(3).toString('hex')}`;
  const [row] = await deps.db
    .insert(units)
    .values({ name, type: values.type ?? 'county', divisionCode: values.divisionCode ?? places.huize, ...pinyinOf(name) })
    .returning();
  return row!;
}

export async function createAccount(
  deps: AppDeps,
  values: { roles: Role[]; division?: string | null; unitId?: string | null; cadreId?: string | null; username?: string; mustChangePassword?: boolean },
) {
  hashed ??= hashPassword(TEST_PASSWORD);
  const username = values.username ?? `u${randomBytes(5).toString('hex')}`;
  const [row] = await deps.db
    .insert(accounts)
    .values({
      username,
      displayName: username,
      passwordHash: await hashed,
      roles: values.roles,
      scopeDivisionCode: values.division ?? null,
      scopeUnitId: values.unitId ?? null,
      cadreId: values.cadreId ?? null,
      mustChangePassword: values.mustChangePassword ?? false,
    })
    .returning();
  return row!;
}

/** An account with the given role and scope, signed in. */
export async function sessionAs(
  app: FastifyInstance,
  deps: AppDeps,
  roles: Role[],
  scope: { division?: string | null; unitId?: string | null; cadreId?: string | null } = {},
): Promise<Session> {
  const account = await createAccount(deps, { roles, ...scope });
  return signIn(app, account.username, TEST_PASSWORD);
}

/** A cadre with a valid, unique ID number (stored like the cadres module stores it), in the given unit and place. */
export async function createCadre(
  deps: AppDeps,
  values: { unitId: string; divisionCode?: string; name?: string; gender?: 'male' | 'female'; partyStatus?: 'formal' | 'probationary' | 'none' },
) {
  const gender = values.gender ?? 'male';
  const birth = `19${70 + (randomBytes(1)[0]! % 30)}0${1 + (randomBytes(1)[0]! % 9)}1${randomBytes(1)[0]! % 10}`;
  const serial = String((randomBytes(2).readUInt16BE() % 500) * 2 + (gender === 'male' ? 1 : 0)).padStart(3, '0');
  const first17 = `530326${birth}${serial}`;
  const idNumber = `${first17}${idNumberChecksum(first17)}`;
  const name = values.name ?? `测试干部${randomBytes(2).toString('hex')}`;
  const [row] = await deps.db
    .insert(cadres)
    .values({
      name,
      ...pinyinOf(name),
      gender,
      idNumberHash: deps.cipher.fingerprint(idNumber),
      idNumberCipher: deps.cipher.encrypt(idNumber),
      idNumberMasked: maskIdNumber(idNumber),
      birthDate: `${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}`,
      ethnicity: '汉族',
      partyStatus: values.partyStatus ?? 'formal',
      unitId: values.unitId,
      divisionCode: values.divisionCode ?? places.huize,
    })
    .returning();
  return row!;
}
