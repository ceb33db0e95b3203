import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, count, eq, inArray, isNull, like, ne, sql } from 'drizzle-orm';
import { createTestApp, signIn, type TestApp } from '../../server/test/test-app.ts';
import { accounts } from '../../server/platform/auth/auth.schema.ts';
import { cadres, checkIdentity, validateIdNumber } from '../../server/modules/cadres/index.ts';
import { teamMembers, teams, teamVillages } from '../../server/modules/teams/index.ts';
import { units } from '../../server/modules/units/index.ts';
import { partyMemberships, partyOrgs } from '../../server/modules/party-orgs/index.ts';
import { divisions, villageProfiles } from '../../server/modules/divisions/index.ts';
import { loadDemoIfEmpty } from './load-demo.ts';
import { demoAccounts } from './demo-accounts.ts';

const quiet = { info: () => undefined };

describe('demo data', () => {
  let t: TestApp;

  before(async () => {
    t = await createTestApp();
    assert.equal(await loadDemoIfEmpty(t.deps, quiet), true);
  });
  after(() => t.close());

  const huizeMembers = (roles?: string[]) =>
    t.deps.db
      .select({ n: count() })
      .from(teamMembers)
      .innerJoin(teams, eq(teams.id, teamMembers.teamId))
      .where(and(like(teams.divisionCode, '530326%'), isNull(teamMembers.leftOn), roles ? inArray(teamMembers.role, roles as never[]) : sql`true`));


  test('[003] 会泽县: 355 teams, 364 first secretaries, 1,032 members', async () => {
    const [teamCount] = await t.deps.db.select({ n: count() }).from(teams).where(like(teams.divisionCode, '530326%'));
    assert.equal(teamCount!.n, 355);
    const [secretaries] = await huizeMembers(['leader_first_secretary', 'first_secretary']);
    assert.equal(secretaries!.n, 364);
    // 1,032 counts everyone in the teams: the report issued a diary and a handbook to each of them.
    const [members] = await huizeMembers();
    assert.equal(members!.n, 1032);
    const [tobacco] = await t.deps.db.select({ id: teams.id }).from(teams).where(like(teams.name, '会泽卷烟厂%'));
    const villages = await t.deps.db.select().from(teamVillages).where(eq(teamVillages.teamId, tobacco!.id));
    assert.deepEqual(villages.map((v) => v.divisionCode).sort(), ['530326206208', '530326206213', '530326207216', '530326210208']);
  });

  test('[004] 苍溪县应急管理局: one team, five villages, five cadres of whom four party members', async () => {
    const [unit] = await t.deps.db.select().from(units).where(eq(units.name, '苍溪县应急管理局'));
    const [team] = await t.deps.db.select().from(teams).where(eq(teams.name, '苍溪县应急管理局驻村工作队'));
    const villages = await t.deps.db.select().from(teamVillages).where(eq(teamVillages.teamId, team!.id));
    assert.equal(villages.length, 5);
    assert.ok(villages.some((v) => v.divisionCode === '510824121217') && villages.some((v) => v.divisionCode === '510824208218'));
    const members = await t.deps.db
      .select({ name: cadres.name, partyStatus: cadres.partyStatus, unitId: cadres.unitId, role: teamMembers.role })
      .from(teamMembers)
      .innerJoin(cadres, eq(cadres.id, teamMembers.cadreId))
      .where(eq(teamMembers.teamId, team!.id));
    assert.equal(members.length, 5);
    assert.ok(members.every((m) => m.unitId === unit!.id));
    assert.equal(members.filter((m) => m.partyStatus !== 'none').length, 4);
    assert.equal(members.find((m) => m.role === 'leader_first_secretary')?.name, '杨树鸿');
    const [branch] = await t.deps.db.select().from(partyOrgs).where(eq(partyOrgs.name, '苍溪县应急管理局驻村工作队临时党支部'));
    const [temporary] = await t.deps.db.select({ n: count() }).from(partyMemberships).where(and(eq(partyMemberships.partyOrgId, branch!.id), eq(partyMemberships.kind, 'temporary')));
    assert.equal(temporary!.n, 4);
  });

  test('[000] 长流村 is led by 李晓奋, who is secretary of the 茂名 temporary branch', async () => {
    const [leader] = await t.deps.db
      .select({ name: cadres.name, id: cadres.id })
      .from(teamMembers)
      .innerJoin(teams, eq(teams.id, teamMembers.teamId))
      .innerJoin(cadres, eq(cadres.id, teamMembers.cadreId))
      .where(and(eq(teams.divisionCode, '440981101207'), eq(teamMembers.role, 'leader_first_secretary')));
    assert.equal(leader!.name, '李晓奋');
    const officers = await t.deps.db
      .select({ name: cadres.name, role: partyMemberships.role })
      .from(partyMemberships)
      .innerJoin(partyOrgs, eq(partyOrgs.id, partyMemberships.partyOrgId))
      .innerJoin(cadres, eq(cadres.id, partyMemberships.cadreId))
      .where(and(eq(partyOrgs.name, '茂名市新时期精准扶贫精准脱贫省直中直驻村临时党支部'), ne(partyMemberships.role, 'member')));
    assert.deepEqual(Object.fromEntries(officers.map((o) => [o.role, o.name])), { secretary: '李晓奋', organization_member: '罗道叠', propaganda_member: '容柏青' });
    const [account] = await t.deps.db.select().from(accounts).where(eq(accounts.username, 'changliu-leader'));
    assert.equal(account!.cadreId, leader!.id);
    const [maomingUnits] = await t.deps.db.select({ n: count() }).from(units).where(eq(units.divisionCode, '440000000000'));
    assert.equal(maomingUnits!.n, 20);
  });

  test('every demo ID number is valid and agrees with the gender and birth date; phones are stored encrypted', async () => {
    const rows = await t.deps.db.select().from(cadres);
    assert.ok(rows.length >= 1032 + 60 + 5);
    for (const row of rows) {
      const idNumber = t.deps.cipher.decrypt(row.idNumberCipher);
      assert.equal(validateIdNumber(idNumber).ok, true, `${row.name} ${row.idNumberMasked}`);
      assert.deepEqual(checkIdentity({ idNumber, gender: row.gender, birthDate: row.birthDate }), []);
      assert.equal(row.idNumberHash, t.deps.cipher.fingerprint(idNumber));
      assert.ok(!row.idNumberCipher.includes(idNumber.slice(6, 14)));
      assert.match(row.phoneMasked ?? '', /^1\d{2}\*{4}\d{4}$/);
    }
    const [profiles] = await t.deps.db.select({ n: count() }).from(villageProfiles);
    assert.ok(profiles!.n >= 380);
  });

  test('every team village is a division of the tree', async () => {
    const orphans = await t.deps.db
      .select({ code: teamVillages.divisionCode })
      .from(teamVillages)
      .leftJoin(divisions, eq(divisions.code, teamVillages.divisionCode))
      .where(isNull(divisions.code));
    assert.deepEqual(orphans, []);
  });

  test('every demo account signs in with the demo password', async () => {
    const rows = await t.deps.db.select().from(accounts);
    assert.equal(rows.length, demoAccounts.length);
    assert.ok(rows.every((r) => r.isDemo));
    await signIn(t.app, 'huize-org', t.deps.config.demoPassword);
  });

  test('a second call loads nothing', async () => {
    const [before] = await t.deps.db.select({ n: count() }).from(cadres);
    assert.equal(await loadDemoIfEmpty(t.deps, quiet), false);
    const [afterwards] = await t.deps.db.select({ n: count() }).from(cadres);
    assert.equal(afterwards!.n, before!.n);
  });
});
