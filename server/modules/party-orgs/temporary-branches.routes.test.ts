import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { createCadre, createUnit, places, sessionAs } from '../../test/factories.ts';
import { partyMemberships, partyOrgs } from './party-orgs.schema.ts';
import { branchFixture, type BranchFixture } from './temporary-branches.fixture.ts';
import { todayInBeijing } from './party-orgs.rules.ts';

const today = todayInBeijing();

type Detail = { id: string; status: string; members: { membershipId: string; cadreId: string; leftOn: string | null; role: string }[] };

describe('temporary-branches routes', () => {
  let t: TestApp;
  let f: BranchFixture;
  let leader: Session;
  let huizeOrg: Session;
  let huizeOrgSecond: Session;
  let qujingCity: Session;
  let gaozhouOrg: Session;
  let naguParty: Session;

  const body = (overrides: Record<string, unknown> = {}) => ({
    name: '拖车村驻村工作队临时党支部',
    divisionCode: places.naguVillage,
    teamIds: [f.team.id],
    members: [f.leader, f.second, f.third, f.probationary].map((c) => ({ cadreId: c.id })),
    ...overrides,
  });
  const countBranches = async () => (await t.deps.db.select().from(partyOrgs).where(eq(partyOrgs.kind, 'temporary_branch'))).length;

  before(async () => {
    t = await createTestApp();
    f = await branchFixture(t.deps);
    leader = await sessionAs(t.app, t.deps, ['team_leader'], { unitId: f.unit.id, cadreId: f.leader.id });
    huizeOrg = await sessionAs(t.app, t.deps, ['county_org'], { division: places.huize });
    huizeOrgSecond = await sessionAs(t.app, t.deps, ['county_org'], { division: places.huize });
    qujingCity = await sessionAs(t.app, t.deps, ['city_org'], { division: places.qujing });
    gaozhouOrg = await sessionAs(t.app, t.deps, ['county_org'], { division: places.gaozhou });
    naguParty = await sessionAs(t.app, t.deps, ['township_party'], { division: places.nagu });
  });
  after(() => t.close());

  test('below three formal members the request is refused on the members field and nothing is saved', async () => {
    const before = await countBranches();
    const res = await leader.post('/api/temporary-branches', body({ members: [f.leader, f.second, f.probationary].map((c) => ({ cadreId: c.id })) }));
    assert.equal(res.statusCode, 400, res.body);
    assert.equal(res.json().code, 'TOO_FEW_FORMAL_MEMBERS');
    assert.equal(res.json().fields[0].path, 'members');
    assert.match(res.json().fields[0].message, /正式党员只有 2 名（预备党员不计入）/);
    assert.equal(await countBranches(), before);
    const citizen = await leader.post('/api/temporary-branches', body({ members: [f.leader, f.second, f.third, f.citizen].map((c) => ({ cadreId: c.id })) }));
    assert.equal(citizen.statusCode, 400);
    assert.equal(citizen.json().fields[0].path, 'members.3.cadreId');
    const court = await createUnit(t.deps, { name: '高州市人民法院', divisionCode: places.gaozhou });
    const stranger = await createCadre(t.deps, { unitId: court.id, name: '陈高州', divisionCode: places.gaozhou });
    const outside = await leader.post('/api/temporary-branches', body({ members: [f.leader, f.second, f.third, stranger].map((c) => ({ cadreId: c.id })) }));
    assert.equal(outside.statusCode, 400);
    assert.equal(outside.json().fields[0].path, 'members.3.cadreId');
    assert.equal(await countBranches(), before);
  });

  test('a team leader asks for his team; the county approves; the asker may not', async () => {
    const res = await leader.post('/api/temporary-branches', body());
    assert.equal(res.statusCode, 201, res.body);
    const created = res.json();
    assert.equal(created.status, 'proposed');
    assert.equal(created.approvalLevel, 'county');
    assert.equal(created.formalCount, 3);
    assert.deepEqual(created.teams.map((x: { name: string }) => x.name), [f.team.name]);
    const probationary = created.members.find((m: { cadreId: string }) => m.cadreId === f.probationary.id);
    assert.equal(probationary.partyStatus, 'probationary');
    assert.equal(probationary.formalOrg.name, '会泽县自然资源局机关党支部');
    assert.equal(created.workflow.state, 'submitted');
    assert.equal(created.workflow.assigneeRole, 'county_org');

    assert.equal((await leader.post(`/api/temporary-branches/${created.id}/actions`, { action: 'approve' })).statusCode, 403);
    assert.equal((await qujingCity.post(`/api/temporary-branches/${created.id}/actions`, { action: 'approve' })).statusCode, 403);
    const seen = (await huizeOrg.get(`/api/temporary-branches/${created.id}`)).json();
    assert.deepEqual(seen.workflow.actions.map((a: { action: string }) => a.action).sort(), ['approve', 'refuse', 'return']);
    const approved = await huizeOrg.post(`/api/temporary-branches/${created.id}/actions`, { action: 'approve', establishedOn: '2026-01-05' });
    assert.equal(approved.statusCode, 200, approved.body);
    assert.equal(approved.json().status, 'active');
    assert.equal(approved.json().establishedOn, '2026-01-05');
    const listed = (await huizeOrg.get('/api/party-orgs?kind=temporary_branch')).json();
    assert.ok(listed.items.some((o: { id: string }) => o.id === created.id));
  });

  test('the organization department that asks cannot approve its own request', async () => {
    const res = await huizeOrg.post('/api/temporary-branches', body({ name: '会泽县自然资源局临时党支部', members: [f.fourth, f.second, f.third].map((c) => ({ cadreId: c.id })) }));
    assert.equal(res.statusCode, 201, res.body);
    const own = await huizeOrg.post(`/api/temporary-branches/${res.json().id}/actions`, { action: 'approve' });
    assert.equal(own.statusCode, 403);
    assert.equal(own.json().code, 'WORKFLOW_SELF_DECISION');
    const refuseBare = await huizeOrgSecond.post(`/api/temporary-branches/${res.json().id}/actions`, { action: 'refuse' });
    assert.equal(refuseBare.statusCode, 400);
    const refused = await huizeOrgSecond.post(`/api/temporary-branches/${res.json().id}/actions`, { action: 'refuse', comment: '与拖车村临时党支部重复' });
    assert.equal(refused.json().status, 'refused');
  });

  test('a request to the city is approved by the city containing the place, not the county', async () => {
    const res = await leader.post('/api/temporary-branches', body({ name: '曲靖市跨单位临时党支部', approvalLevel: 'city', members: [f.leader, f.fourth, f.second, f.third].map((c) => ({ cadreId: c.id })) }));
    assert.equal(res.statusCode, 201, res.body);
    assert.equal(res.json().approvalLevel, 'city');
    assert.equal((await huizeOrg.post(`/api/temporary-branches/${res.json().id}/actions`, { action: 'approve' })).statusCode, 403);
    const approved = await qujingCity.post(`/api/temporary-branches/${res.json().id}/actions`, { action: 'approve' });
    assert.equal(approved.statusCode, 200, approved.body);
    assert.equal(approved.json().status, 'active');
    assert.ok(approved.json().establishedOn);
  });

  test('a request returned for revision goes back to the asker, and once resubmitted to the county again', async () => {
    const created = (await leader.post('/api/temporary-branches', body({ name: '退回测试临时党支部' }))).json() as Detail;
    const url = `/api/temporary-branches/${created.id}`;
    const returned = await huizeOrg.post(`${url}/actions`, { action: 'return', comment: '请补充依托的工作队' });
    assert.equal(returned.statusCode, 200, returned.body);
    assert.equal(returned.json().status, 'proposed');
    const seen = (await leader.get(url)).json();
    assert.deepEqual(seen.workflow.actions.map((a: { action: string }) => a.action), ['resubmit']);
    const again = await leader.post(`${url}/actions`, { action: 'resubmit' });
    assert.equal(again.statusCode, 200, again.body);
    assert.equal(again.json().workflow.state, 'submitted');
    assert.equal(again.json().workflow.assigneeRole, 'county_org');
    assert.deepEqual((await huizeOrg.get(url)).json().workflow.actions.map((a: { action: string }) => a.action).sort(), ['approve', 'refuse', 'return']);
  });

  test('outside the scope: 404 to read or decide, 403 to ask', async () => {
    const [branch] = await t.deps.db.select().from(partyOrgs).where(eq(partyOrgs.kind, 'temporary_branch'));
    assert.equal((await gaozhouOrg.get(`/api/temporary-branches/${branch!.id}`)).statusCode, 404);
    assert.equal((await gaozhouOrg.post(`/api/temporary-branches/${branch!.id}/actions`, { action: 'approve' })).statusCode, 404);
    assert.equal((await gaozhouOrg.post('/api/temporary-branches', body())).statusCode, 403);
    assert.equal((await naguParty.post('/api/temporary-branches', body())).statusCode, 403);
    assert.equal((await gaozhouOrg.get('/api/temporary-branches')).json().total, 0);
  });

  test('election: officers are formal members of the branch, one secretary; leaving below three is refused; dissolution ends the roll', async () => {
    const created = (await leader.post('/api/temporary-branches', body({ name: '选举测试临时党支部' }))).json() as Detail;
    await huizeOrg.post(`/api/temporary-branches/${created.id}/actions`, { action: 'approve' });
    const url = `/api/temporary-branches/${created.id}`;
    const bad = await leader.post(`${url}/election`, { electedOn: '2026-02-01', officers: [{ cadreId: f.probationary.id, role: 'secretary' }] });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().fields[0].path, 'officers.0.cadreId');
    const outsider = await leader.post(`${url}/election`, { electedOn: '2026-02-01', officers: [{ cadreId: f.fourth.id, role: 'secretary' }] });
    assert.equal(outsider.json().fields[0].path, 'officers.0.cadreId');
    const elected = await leader.post(`${url}/election`, {
      electedOn: '2026-02-01',
      officers: [
        { cadreId: f.leader.id, role: 'secretary' },
        { cadreId: f.second.id, role: 'organization_member' },
        { cadreId: f.third.id, role: 'propaganda_member' },
      ],
    });
    assert.equal(elected.statusCode, 200, elected.body);
    assert.equal(elected.json().electedOn, '2026-02-01');
    assert.deepEqual(elected.json().election.officers.map((o: { role: string }) => o.role).sort(), ['organization_member', 'propaganda_member', 'secretary']);

    const members = elected.json().members as Detail['members'];
    const third = members.find((m) => m.cadreId === f.third.id)!;
    const leaving = await leader.post(`${url}/members/${third.membershipId}/leave`, { leftOn: today });
    assert.equal(leaving.statusCode, 400);
    assert.equal(leaving.json().code, 'TOO_FEW_FORMAL_MEMBERS');
    assert.equal(leaving.json().fields[0].path, 'members');
    const patched = await huizeOrg.patch(`/api/party-orgs/${created.id}/members/${third.membershipId}`, { leftOn: today });
    assert.equal(patched.statusCode, 400);
    assert.equal(patched.json().code, 'TOO_FEW_FORMAL_MEMBERS');
    const added = await leader.post(`${url}/members`, { cadreId: f.fourth.id });
    assert.equal(added.statusCode, 200, added.body);
    assert.equal(added.json().formalCount, 4);
    const left = await leader.post(`${url}/members/${third.membershipId}/leave`, { leftOn: today });
    assert.equal(left.statusCode, 200, left.body);
    assert.equal(left.json().formalCount, 3);

    assert.equal((await leader.post(`${url}/dissolve`, { dissolvedOn: today, reason: '工作队轮换撤离' })).statusCode, 403);
    const dissolved = await huizeOrg.post(`${url}/dissolve`, { dissolvedOn: today, reason: '工作队轮换撤离' });
    assert.equal(dissolved.statusCode, 200, dissolved.body);
    assert.equal(dissolved.json().status, 'dissolved');
    assert.equal(dissolved.json().dissolvedReason, '工作队轮换撤离');
    const open = await t.deps.db.select().from(partyMemberships).where(eq(partyMemberships.partyOrgId, created.id));
    assert.ok(open.every((m) => m.leftOn !== null));
    assert.equal((await huizeOrg.post(`${url}/members`, { cadreId: f.second.id })).statusCode, 409);
  });

  test('list filters by status and exports; candidates show party standing and formal relation', async () => {
    const active = (await huizeOrg.get('/api/temporary-branches?status=active')).json();
    assert.ok(active.items.length >= 2);
    assert.ok(active.items.every((b: { status: string }) => b.status === 'active'));
    const refused = (await huizeOrg.get('/api/temporary-branches?status=refused&q=自然资源局')).json();
    assert.equal(refused.total, 1);
    const file = await huizeOrg.get('/api/temporary-branches/export?status=active');
    assert.equal(file.statusCode, 200);
    assert.match(String(file.headers['content-type']), /spreadsheetml/);
    const candidates = (await leader.get(`/api/temporary-branches/candidates?teamIds=${f.team.id}`)).json();
    const names = candidates.items.map((c: { name: string }) => c.name);
    assert.ok(names.includes('韦预备'));
    assert.ok(!names.includes('黄群众'));
    assert.equal(candidates.items.find((c: { name: string }) => c.name === '韦预备').partyStatus, 'probationary');
    assert.equal(candidates.items[0].formalOrg.name, '会泽县自然资源局机关党支部');
    assert.equal((await naguParty.get('/api/temporary-branches/candidates')).statusCode, 403);
  });
});
