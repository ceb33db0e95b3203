import { and, eq, like } from 'drizzle-orm';
import type { Db } from '../server/platform/db/client.ts';
import type { SensitiveCipher } from '../server/platform/crypto/sensitive.ts';
import type { Role } from '../server/platform/access/roles.ts';
import { accounts } from '../server/platform/auth/auth.schema.ts';
import { hashPassword } from '../server/platform/auth/passwords.ts';
import { divisions, ensureBaseDivisions } from '../server/modules/divisions/index.ts';
import type { DemoPlan } from '../scripts/demo/demo-model.ts';
import { divisionsUnder } from '../scripts/demo/demo-places.ts';
import { IdentityIssuer } from '../scripts/demo/identity.ts';
import { cadreProfiles, makeCadre } from '../scripts/demo/people.ts';
import { SeededRandom } from '../scripts/demo/random.ts';
import { HUIZE, planHuize } from '../scripts/demo/seed-huize.ts';
import { writePlan } from '../scripts/demo/write-demo.ts';
import { planProvince } from './province-plan.ts';
import { loadProvinceDivisions } from './yunnan-divisions.ts';
import { generateDutyData, lastMonth } from './duty-data.ts';

export type BenchScale = 'county' | 'province';
export const BENCH_PASSWORD = 'Bench@2026-loopback';

/** What the routes are asked: an account, and the records and filters it looks at. */
export type BenchAccount = { label: string; username: string; unitId: string; cadreId: string; teamId: string; region: string; q: string; month: string };
export type BenchFixture = {
  scale: BenchScale;
  counts: { units: number; cadres: number; teams: number; villages: number; presenceDays: number; leave: number; reports: number };
  generationMs: { divisions: number; plan: number; write: number; duty: number; total: number };
  accounts: BenchAccount[];
};

const YUNNAN = '530000000000';
const NAGU = '530326102000';
const HUIZE_RESERVE = 400;

/** The county at 会泽's size: its 355 teams and 1,032 members, and 400 registered cadres not posted. */
function countyPlan(random: SeededRandom, issuer: IdentityIssuer, places: Parameters<typeof planHuize>[2]): DemoPlan {
  const plan = planHuize(random, issuer, places);
  const countyUnits = plan.units.filter((u) => u.divisionCode === HUIZE);
  for (let i = 0; i < HUIZE_RESERVE; i += 1) {
    plan.cadres.push(makeCadre(random, issuer, { unit: random.pick(countyUnits), profile: cadreProfiles.member, region: 'yunnan', ethnicities: [['汉族', 0.92], ['彝族', 0.04], ['回族', 0.04]], divisionCode: HUIZE, postedDivisionCode: null }));
  }
  return plan;
}

// The account's records: the unit with most cadres in its scope, one of its cadres, one team.
function pickTargets(plan: DemoPlan, prefix: string) {
  const inScope = plan.cadres.filter((c) => c.divisionCode.startsWith(prefix) || (c.postedDivisionCode ?? '').startsWith(prefix));
  const perUnit = new Map<string, number>();
  for (const c of inScope) perUnit.set(c.unitId, (perUnit.get(c.unitId) ?? 0) + 1);
  const unitId = [...perUnit.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const cadreId = inScope.find((c) => c.unitId === unitId)!.id;
  const teamId = plan.teams.find((t) => t.villageCodes[0]!.startsWith(prefix) && (t.status ?? 'active') === 'active')!.id;
  return { unitId, cadreId, teamId };
}

async function insertAccounts(db: Db, rows: { username: string; roles: Role[]; division: string }[]): Promise<void> {
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  await db.insert(accounts).values(
    rows.map((r) => ({ username: r.username, displayName: r.username, passwordHash, roles: r.roles, scopeDivisionCode: r.division, mustChangePassword: false })),
  );
}

export async function generateBenchData(db: Db, cipher: SensitiveCipher, scale: BenchScale, log: (line: string) => void = () => undefined): Promise<BenchFixture> {
  const started = performance.now();
  await ensureBaseDivisions(db);
  if (scale === 'province') log(`bench: ${await loadProvinceDivisions(db)} townships and villages of 云南省 loaded`);
  const divisionsDone = performance.now();
  const random = new SeededRandom(`zhucun-bench-${scale}`);
  const issuer = new IdentityIssuer(random);
  let plan: DemoPlan;
  if (scale === 'county') {
    plan = countyPlan(random, issuer, { villages: await divisionsUnder(db, '530326', 'village'), townships: await divisionsUnder(db, '530326', 'township') });
  } else {
    const level = (l: 'province' | 'city' | 'county') => db.select({ code: divisions.code, name: divisions.name }).from(divisions).where(and(eq(divisions.level, l), like(divisions.code, '53%')));
    const [province] = await level('province');
    plan = planProvince(random, issuer, { province: province!, cities: await level('city'), counties: await level('county'), villages: await divisionsUnder(db, '53', 'village') });
  }
  const planned = performance.now();
  await db.transaction((tx) => writePlan(tx, cipher, plan));
  const written = performance.now();

  const period = lastMonth();
  const duty = await generateDutyData(db, period);
  const dutyDone = performance.now();

  const county = pickTargets(plan, '530326');
  const township = pickTargets(plan, NAGU.slice(0, 9));
  const province = pickTargets(plan, '53');
  await insertAccounts(db, [
    { username: 'bench-county', roles: ['county_org'], division: HUIZE },
    { username: 'bench-township', roles: ['township_party'], division: NAGU },
    { username: 'bench-province', roles: ['viewer'], division: YUNNAN },
  ]);
  const villages = new Set(plan.teams.flatMap((t) => t.villageCodes)).size;
  return {
    scale,
    counts: { units: plan.units.length, cadres: plan.cadres.length, teams: plan.teams.length, villages, presenceDays: duty.presence, leave: duty.leave, reports: duty.reports },
    generationMs: {
      divisions: Math.round(divisionsDone - started),
      plan: Math.round(planned - divisionsDone),
      write: Math.round(written - planned),
      duty: Math.round(dutyDone - written),
      total: Math.round(performance.now() - started),
    },
    accounts: [
      { label: '会泽县委组织部 (county_org, 530326)', username: 'bench-county', ...county, region: NAGU, q: '张', month: period.month },
      { label: '娜姑镇党委 (township_party, 530326102)', username: 'bench-township', ...township, region: NAGU, q: '张', month: period.month },
      { label: '云南省 (viewer, 53)', username: 'bench-province', ...province, region: HUIZE, q: '张', month: period.month },
    ],
  };
}
