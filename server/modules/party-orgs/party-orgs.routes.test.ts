import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type Session, type TestApp } from '../../test/test-app.ts';
import { createCadre, createUnit, insertPlaces, places, sessionAs } from '../../test/factories.ts';
import { auditEvents } from '../../platform/audit/audit.schema.ts';
import { partyOrgs } from './party-orgs.schema.ts';

describe('party-orgs routes', () => {
  let t: TestApp;
  let huizeOrg: Session;
  let gaozhouOrg: Session;
  let naguParty: Session;
  let unitParty: Session;
  let unitId: string;
  let committeeId: string;
  let branchId: string;
  let temporaryId: string;

  const org = (values: Record<string, unknown>) => ({ kind: 'branch', divisionCode: places.huize, ...values });

  before(async () => {
    t = await createTestApp();
    await insertPlaces(t.deps);
    unitId = (await createUnit(t.deps, { name: '云南省农业农村厅', divisionCode: places.yunnan, type: 'provincial' })).id;
    huizeOrg = await sessionAs(t.app, t.deps, ['county_org'], { division: places.huize });
    gaozhouOrg = await sessionAs(t.app, t.deps, ['county_org'], { division: places.gaozhou });
    naguParty = await sessionAs(t.app, t.deps, ['township_party'], { division: places.nagu });
    unitParty = await sessionAs(t.app, t.deps, ['unit_party'], { unitId });
    const committee = await huizeOrg.post('/api/party-orgs', org({ name: '中共娜姑镇委员会', kind: 'committee', divisionCode: places.nagu }));
    assert.equal(committee.statusCode, 201, committee.body);
    committeeId = committee.json().id;
    const branch = await huizeOrg.post('/api/party-orgs', org({ name: '中共拖车村支部委员会', parentId: committeeId, divisionCode: places.naguVillage, establishedOn: '1998-07-01' }));
    assert.equal(branch.statusCode, 201, branch.body);
    branchId = branch.json().id;
    // A temporary branch comes through its request and approval (temporary-branches.routes.test.ts); here it is simply there.
    const [temporary] = await t.deps.db
      .insert(partyOrgs)
      .values({ name: '拖车村驻村工作队临时党支部', kind: 'temporary_branch', parentId: committeeId, divisionCode: places.naguVillage, status: 'active' })
      .returning({ id: partyOrgs.id });
    temporaryId = temporary!.id;
  });
  after(() => t.close());

  test('401 without a session', async () => {
    assert.equal((await t.app.inject({ method: 'GET', url: '/api/party-orgs' })).statusCode, 401);
    assert.equal((await t.app.inject({ method: 'POST', url: '/api/party-orgs', payload: org({ name: '某支部' }) })).statusCode, 401);
  });

  test('lists the tree by parent, and the township sees its own', async () => {
    const roots = (await naguParty.get('/api/party-orgs?parent=root')).json();
    assert.deepEqual(roots.items.map((o: { name: string }) => o.name), ['中共娜姑镇委员会']);
    assert.equal(roots.items[0].childCount, 2);
    assert.equal(roots.items[0].abilities.update, false);
    const children = (await naguParty.get(`/api/party-orgs?parent=${committeeId}&kind=temporary_branch`)).json();
    assert.deepEqual(children.items.map((o: { kind: string }) => o.kind), ['temporary_branch']);
    assert.equal((await gaozhouOrg.get('/api/party-orgs')).json().total, 0);
    assert.equal((await huizeOrg.get('/api/party-orgs?q=拖车')).json().total, 2);
  });

  test('an organization outside the scope answers 404', async () => {
    assert.equal((await gaozhouOrg.get(`/api/party-orgs/${branchId}`)).statusCode, 404);
    assert.equal((await gaozhouOrg.put(`/api/party-orgs/${branchId}`, org({ name: '改名' }))).statusCode, 404);
  });

  test('403 without the permission or outside the region', async () => {
    assert.equal((await naguParty.post('/api/party-orgs', org({ name: '某支部' }))).statusCode, 403);
    const outside = await huizeOrg.post('/api/party-orgs', org({ name: '长流村支部', divisionCode: places.changliu }));
    assert.equal(outside.statusCode, 403);
    assert.equal(outside.json().fields[0].path, 'divisionCode');
  });

  test('400 names the field; a branch has no sub-organizations; no loops', async () => {
    const short = await huizeOrg.post('/api/party-orgs', org({ name: '支' }));
    assert.equal(short.statusCode, 400);
    assert.equal(short.json().fields[0].path, 'name');
    const underBranch = await huizeOrg.post('/api/party-orgs', org({ name: '第一党小组', parentId: branchId }));
    assert.equal(underBranch.statusCode, 400);
    assert.equal(underBranch.json().fields[0].path, 'parentId');
    const child = (await huizeOrg.post('/api/party-orgs', org({ name: '娜姑镇机关党总支', kind: 'general_branch', parentId: committeeId, divisionCode: places.nagu }))).json();
    const loop = await huizeOrg.put(`/api/party-orgs/${committeeId}`, org({ name: '中共娜姑镇委员会', kind: 'committee', parentId: child.id, divisionCode: places.nagu }));
    assert.equal(loop.statusCode, 400);
    assert.equal(loop.json().fields[0].path, 'parentId');
    const toBranch = await huizeOrg.put(`/api/party-orgs/${committeeId}`, org({ name: '中共娜姑镇委员会', kind: 'branch', divisionCode: places.nagu }));
    assert.equal(toBranch.json().fields[0].path, 'kind');
    const team = await huizeOrg.post('/api/party-orgs', org({ name: '某临时支部', kind: 'temporary_branch', teamId: '00000000-0000-4000-8000-000000000000' }));
    assert.equal(team.json().fields[0].path, 'teamId');
    assert.ok(team.json().fields.some((f: { path: string; message: string }) => f.path === 'kind' && f.message.includes('申请成立临时党支部')));
  });

  test('a unit party committee sets up its own unit’s branch anywhere, audited', async () => {
    const response = await unitParty.post('/api/party-orgs', org({ name: '省农业农村厅机关第一支部', divisionCode: places.yunnan, unitId }));
    assert.equal(response.statusCode, 201, response.body);
    assert.equal(response.json().unitName, '云南省农业农村厅');
    const [event] = await t.deps.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'party_orgs.create'), eq(auditEvents.entityId, response.json().id)));
    assert.ok(event);
    const renamed = await unitParty.put(`/api/party-orgs/${response.json().id}`, org({ name: '省农业农村厅机关第二支部', divisionCode: places.yunnan, unitId }));
    assert.equal(renamed.json().name, '省农业农村厅机关第二支部');
    assert.equal((await unitParty.get(`/api/party-orgs/${branchId}`)).statusCode, 404);
  });

  test('one formal relation, several temporary memberships, both shown', async () => {
    const cadre = await createCadre(t.deps, { unitId, divisionCode: places.naguVillage, partyStatus: 'formal' });
    const formal = await huizeOrg.post(`/api/party-orgs/${branchId}/members`, { cadreId: cadre.id, joinedOn: '2020-07-01' });
    assert.equal(formal.statusCode, 201, formal.body);
    assert.equal(formal.json().kind, 'formal');
    const temporary = await huizeOrg.post(`/api/party-orgs/${temporaryId}/members`, { cadreId: cadre.id, role: 'secretary' });
    assert.equal(temporary.statusCode, 201, temporary.body);
    assert.equal(temporary.json().kind, 'temporary');
    assert.match(temporary.json().cadre.idNumber, /\*{8}/);

    const other = (await huizeOrg.post('/api/party-orgs', org({ name: '娜姑镇另一支部', parentId: committeeId, divisionCode: places.nagu }))).json();
    const second = await huizeOrg.post(`/api/party-orgs/${other.id}/members`, { cadreId: cadre.id });
    assert.equal(second.statusCode, 409);
    assert.equal(second.json().code, 'PARTY_FORMAL_EXISTS');
    assert.equal(second.json().fields[0].path, 'cadreId');
    assert.match(second.json().message, /中共拖车村支部委员会/);
    assert.equal((await huizeOrg.post(`/api/party-orgs/${branchId}/members`, { cadreId: cadre.id, kind: 'temporary' })).statusCode, 409);

    const both = await naguParty.get(`/api/party-orgs/memberships?cadreId=${cadre.id}`);
    assert.equal(both.statusCode, 200);
    assert.equal(both.json().cadre.name, cadre.name);
    assert.equal(both.json().formal.partyOrgName, '中共拖车村支部委员会');
    assert.deepEqual(both.json().temporary.map((m: { partyOrgName: string; role: string }) => [m.partyOrgName, m.role]), [['拖车村驻村工作队临时党支部', 'secretary']]);
    assert.equal((await gaozhouOrg.get(`/api/party-orgs/memberships?cadreId=${cadre.id}`)).statusCode, 404);
    assert.equal((await naguParty.get('/api/party-orgs/memberships?cadreId=x')).json().fields[0].path, 'cadreId');

    const detail = (await naguParty.get(`/api/party-orgs/${temporaryId}`)).json();
    assert.equal(detail.memberCount, 1);
    assert.equal(detail.members[0].cadre.name, cadre.name);

    const leave = await huizeOrg.patch(`/api/party-orgs/${branchId}/members/${formal.json().id}`, { leftOn: '2019-01-01' });
    assert.equal(leave.statusCode, 400);
    assert.equal(leave.json().fields[0].path, 'leftOn');
    const left = await huizeOrg.patch(`/api/party-orgs/${branchId}/members/${formal.json().id}`, { leftOn: '2024-12-31' });
    assert.equal(left.statusCode, 200, left.body);
    assert.equal((await huizeOrg.patch(`/api/party-orgs/${branchId}/members/${formal.json().id}`, { role: 'member' })).statusCode, 409);
    const moved = await huizeOrg.post(`/api/party-orgs/${other.id}/members`, { cadreId: cadre.id });
    assert.equal(moved.statusCode, 201);
    const after = (await naguParty.get(`/api/party-orgs/memberships?cadreId=${cadre.id}`)).json();
    assert.equal(after.formal.partyOrgName, '娜姑镇另一支部');
    assert.equal(after.ended.length, 1);
  });

  test('only party members join; probationary members hold no post; one secretary', async () => {
    const massesCadre = await createCadre(t.deps, { unitId, divisionCode: places.naguVillage, partyStatus: 'none' });
    const refused = await huizeOrg.post(`/api/party-orgs/${branchId}/members`, { cadreId: massesCadre.id });
    assert.equal(refused.statusCode, 400);
    assert.equal(refused.json().fields[0].path, 'cadreId');
    const probationary = await createCadre(t.deps, { unitId, divisionCode: places.naguVillage, partyStatus: 'probationary' });
    const post = await huizeOrg.post(`/api/party-orgs/${branchId}/members`, { cadreId: probationary.id, role: 'organization_member' });
    assert.equal(post.statusCode, 400);
    assert.equal(post.json().fields[0].path, 'role');
    const formalIntoTemporary = await huizeOrg.post(`/api/party-orgs/${temporaryId}/members`, { cadreId: probationary.id, kind: 'formal' });
    assert.equal(formalIntoTemporary.json().fields[0].path, 'kind');
    const member = await createCadre(t.deps, { unitId, divisionCode: places.naguVillage });
    const seat = await huizeOrg.post(`/api/party-orgs/${temporaryId}/members`, { cadreId: member.id, role: 'secretary' });
    assert.equal(seat.statusCode, 409);
    assert.equal(seat.json().code, 'PARTY_SECRETARY_EXISTS');
    const stranger = await createCadre(t.deps, { unitId, divisionCode: places.gaozhou });
    assert.equal((await huizeOrg.post(`/api/party-orgs/${branchId}/members`, { cadreId: stranger.id })).json().fields[0].path, 'cadreId');
  });

  test('a branch secretary keeps his own branch’s roll and no other', async () => {
    const secretaryCadre = await createCadre(t.deps, { unitId, divisionCode: places.naguVillage });
    const branch = (await huizeOrg.post('/api/party-orgs', org({ name: '拖车村第二支部', parentId: committeeId, divisionCode: places.naguVillage }))).json();
    await huizeOrg.post(`/api/party-orgs/${branch.id}/members`, { cadreId: secretaryCadre.id, role: 'secretary' });
    const secretary = await sessionAs(t.app, t.deps, ['branch_secretary'], { division: places.naguVillage, cadreId: secretaryCadre.id });
    const newcomer = await createCadre(t.deps, { unitId, divisionCode: places.naguVillage, name: '新来的党员' });
    const candidates = await secretary.get(`/api/party-orgs/${branch.id}/candidates?q=新来`);
    assert.equal(candidates.statusCode, 200, candidates.body);
    assert.deepEqual(candidates.json().items.map((c: { id: string }) => c.id), [newcomer.id]);
    assert.ok(!(await secretary.get(`/api/party-orgs/${branch.id}/candidates`)).json().items.some((c: { id: string }) => c.id === secretaryCadre.id));
    assert.equal((await naguParty.get(`/api/party-orgs/${branch.id}/candidates`)).statusCode, 403);
    assert.equal((await gaozhouOrg.get(`/api/party-orgs/${branch.id}/candidates`)).statusCode, 404);
    const added = await secretary.post(`/api/party-orgs/${branch.id}/members`, { cadreId: newcomer.id, role: 'propaganda_member' });
    assert.equal(added.statusCode, 201, added.body);
    assert.equal((await secretary.get(`/api/party-orgs/${branch.id}`)).json().abilities.manageMembers, true);
    assert.equal((await secretary.post(`/api/party-orgs/${branchId}/members`, { cadreId: newcomer.id })).statusCode, 403);
    assert.equal((await secretary.put(`/api/party-orgs/${branch.id}`, org({ name: '改名支部', divisionCode: places.naguVillage }))).statusCode, 403);
    assert.equal((await naguParty.post(`/api/party-orgs/${branch.id}/members`, { cadreId: newcomer.id })).statusCode, 403);
    const role = await secretary.patch(`/api/party-orgs/${branch.id}/members/${added.json().id}`, { role: 'member' });
    assert.equal(role.statusCode, 200);
    assert.equal(role.json().role, 'member');
    const empty = await secretary.patch(`/api/party-orgs/${branch.id}/members/${added.json().id}`, {});
    assert.equal(empty.statusCode, 400);
  });
});
