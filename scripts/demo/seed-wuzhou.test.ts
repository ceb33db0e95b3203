import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, count, countDistinct, eq, inArray, isNull, like } from 'drizzle-orm';
import { createTestApp, signIn, type Session, type TestApp } from '../../server/test/test-app.ts';
import { accounts } from '../../server/platform/auth/auth.schema.ts';
import { cadres } from '../../server/modules/cadres/index.ts';
import { teamMembers, teams, teamVillages } from '../../server/modules/teams/index.ts';
import { units } from '../../server/modules/units/index.ts';
import { villageProfiles } from '../../server/modules/divisions/index.ts';
import { loadDemoIfEmpty } from './load-demo.ts';
import { DAWEI, FUNING, LIUFEI, MODEL_VILLAGE_NOTE, PINGZHENG, SHADI, wuzhouFigures } from './seed-wuzhou.ts';

type TeamItem = { id: string; leaderName: string | null; memberCount: number; villages: { code: string }[] };

describe('[002] 梧州市 in the demo world', () => {
  let t: TestApp;
  let city: Session;

  before(async () => {
    t = await createTestApp();
    await loadDemoIfEmpty(t.deps, { info: () => undefined });
    city = await signIn(t.app, 'wuzhou-city', t.deps.config.demoPassword);
  });
  after(() => t.close());

  const allTeams = async (session: Session, query: string): Promise<{ total: number; items: TeamItem[] }> => {
    const items: TeamItem[] = [];
    for (let page = 1; ; page += 1) {
      const response = await session.get(`/api/teams?${query}&pageSize=200&page=${page}`);
      assert.equal(response.statusCode, 200, response.body);
      const body = response.json() as { total: number; items: TeamItem[] };
      items.push(...body.items);
      if (items.length >= body.total || body.items.length === 0) return { total: body.total, items };
    }
  };

  test('梧州市委组织部 sees 179 teams in post, each led by its first secretary, in 179 villages', async () => {
    const { total, items } = await allTeams(city, 'divisionCode=450400000000&status=active');
    assert.equal(total, wuzhouFigures.teams);
    assert.ok(items.every((team) => team.leaderName !== null));
    assert.ok(items.every((team) => team.memberCount >= 2 && team.memberCount <= 4), 'a first secretary and one to three others');
    const villages = new Set(items.flatMap((team) => team.villages.map((v) => v.code)));
    assert.equal(villages.size, wuzhouFigures.villages);
    for (const code of [DAWEI, LIUFEI, FUNING, PINGZHENG, SHADI]) assert.ok(villages.has(code), code);
  });

  test('the on-duty figures count the 179 teams of the city', async () => {
    const response = await city.get('/api/duty-stats?divisionCode=450400000000');
    assert.equal(response.statusCode, 200, response.body);
    assert.equal(response.json().total.teams, wuzhouFigures.teams);
    const county = await signIn(t.app, 'cenxi-org', t.deps.config.demoPassword);
    const cenxi = (await county.get('/api/teams?status=active')).json() as { total: number };
    assert.equal(cenxi.total, 50);
  });

  test('exactly one first secretary in each team, 179 in all', async () => {
    const secretaries = await t.deps.db
      .select({ teamId: teamMembers.teamId, n: count() })
      .from(teamMembers)
      .innerJoin(teams, eq(teams.id, teamMembers.teamId))
      .where(and(like(teams.divisionCode, '4504%'), isNull(teamMembers.leftOn), inArray(teamMembers.role, ['leader_first_secretary', 'first_secretary'])))
      .groupBy(teamMembers.teamId);
    assert.equal(secretaries.length, wuzhouFigures.firstSecretaries);
    assert.ok(secretaries.every((s) => s.n === 1));
    const roles = await t.deps.db
      .selectDistinct({ role: teamMembers.role })
      .from(teamMembers)
      .where(like(teamMembers.divisionCode, '4504%'));
    assert.deepEqual(roles.map((r) => r.role).sort(), ['graduate_official', 'instructor', 'leader_first_secretary', 'member', 'tech_envoy', 'township_liaison']);
  });

  test('the first secretaries come from 60 to 90 organs of the city and its counties', async () => {
    const [senders] = await t.deps.db
      .select({ n: countDistinct(cadres.unitId) })
      .from(teamMembers)
      .innerJoin(cadres, eq(cadres.id, teamMembers.cadreId))
      .where(and(like(teamMembers.divisionCode, '4504%'), eq(teamMembers.role, 'leader_first_secretary')));
    assert.ok(senders!.n >= 60 && senders!.n <= 90, `${senders!.n} units`);
    const [cityOrgans] = await t.deps.db.select({ n: count() }).from(units).where(eq(units.divisionCode, '450400000000'));
    assert.ok(cityOrgans!.n >= 25);
  });

  test('李冬霞 leads 大卫村\'s team, and dawei-leader is her account', async () => {
    const [leader] = await t.deps.db
      .select({ id: cadres.id, name: cadres.name, gender: cadres.gender })
      .from(teamMembers)
      .innerJoin(cadres, eq(cadres.id, teamMembers.cadreId))
      .innerJoin(teamVillages, eq(teamVillages.teamId, teamMembers.teamId))
      .where(and(eq(teamVillages.divisionCode, DAWEI), eq(teamMembers.role, 'leader_first_secretary')));
    assert.deepEqual({ name: leader!.name, gender: leader!.gender }, { name: '李冬霞', gender: 'female' });
    const [account] = await t.deps.db.select().from(accounts).where(eq(accounts.username, 'dawei-leader'));
    assert.equal(account!.cadreId, leader!.id);
    const own = await signIn(t.app, 'dawei-leader', t.deps.config.demoPassword);
    const mine = (await own.get('/api/teams')).json() as { total: number; items: TeamItem[] };
    assert.equal(mine.total, 1);
    assert.equal(mine.items[0]!.villages[0]!.code, DAWEI);
    const [team] = await t.deps.db.select({ name: teams.name }).from(teams).where(eq(teams.divisionCode, DAWEI));
    assert.equal(team!.name, '岑溪市教育局驻岑溪市水汶镇大卫村战斗团队');
  });

  test('16 model villages where organization cadres stay, 平政村 and 沙地村 among them', async () => {
    const rows = await t.deps.db.select({ code: teams.divisionCode }).from(teams).where(and(like(teams.divisionCode, '4504%'), like(teams.note, `${MODEL_VILLAGE_NOTE}%`)));
    assert.equal(rows.length, wuzhouFigures.modelVillages);
    assert.ok(rows.some((r) => r.code === PINGZHENG) && rows.some((r) => r.code === SHADI));
    const [profiles] = await t.deps.db.select({ n: count() }).from(villageProfiles).where(like(villageProfiles.divisionCode, '4504%'));
    assert.equal(profiles!.n, wuzhouFigures.villages);
  });
});
