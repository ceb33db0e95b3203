import { and, asc, eq, isNull } from 'drizzle-orm';
import { teamMembers, teams } from '../../server/modules/teams/index.ts';
import { addAttendees, createSession, issuedMaterials, trainingAttendance } from '../../server/modules/trainings/index.ts';
import { recordAudit } from '../../server/platform/audit/audit.ts';
import { withinDivision } from '../../server/platform/access/scope.ts';
import type { Executor } from '../../server/platform/db/client.ts';
import type { Ctx } from '../../server/platform/http/context.ts';
import type { TrainingSessionBody } from '../../contracts/trainings.ts';
import { addDays, type DemoWorld } from './demo-world.ts';
import { insertInChunks } from './write-demo.ts';

const HUIZE = '530326000000';
const NAGU = '530326102000';
const GAOZHOU = '440981000000';
// [003]: the teams went in on 2018-03-20 after the mobilization training; the materials went with them.
const DISPATCHED_ON = '2018-03-20';
const FIRST_SECRETARY_ROLES = ['leader_first_secretary', 'first_secretary'] as const;

/** Members in post of the active teams whose main village lies under the prefix. */
function membersUnder(db: Executor, prefix: string) {
  return db
    .select({ teamId: teams.id, divisionCode: teams.divisionCode, cadreId: teamMembers.cadreId, role: teamMembers.role })
    .from(teamMembers)
    .innerJoin(teams, eq(teams.id, teamMembers.teamId))
    .where(and(isNull(teamMembers.leftOn), eq(teams.status, 'active'), withinDivision(teams.divisionCode, prefix)))
    .orderBy(asc(teams.divisionCode), asc(teamMembers.cadreId));
}

/** Adds cadres through the service, 500 a call (its limit), the absent ones marked so. */
async function register(ctx: Ctx, sessionId: string, present: string[], absent: string[]): Promise<void> {
  for (const [cadreIds, attended] of [[present, true], [absent, false]] as const) {
    for (let i = 0; i < cadreIds.length; i += 500) await addAttendees(ctx, sessionId, { cadreIds: cadreIds.slice(i, i + 500), attended });
  }
}

/**
 * 培训 and 物资发放 of the seed counties: 会泽县's mobilization training before dispatch (every member
 * in post attended, registered in bulk), the poverty office's business training for first secretaries
 * last month, a township session in 娜姑镇 and an in-post session in 高州市 (registered through the
 * service, a few absent); and 会泽县's plates, cards, diaries and handbooks [003], one plate per team and
 * one of the rest per member in post, written in bulk with one audit event per kind.
 */
export async function seedTrainings(world: DemoWorld): Promise<void> {
  const db = world.deps.db;
  const random = world.random;
  const huizeOrg = await world.as('huize-org');
  const huize = await membersUnder(db, '530326');

  const session = (body: Partial<TrainingSessionBody> & Pick<TrainingSessionBody, 'topic' | 'heldOn'>): TrainingSessionBody => ({
    divisionCode: HUIZE,
    level: 'county_org',
    stage: 'in_post',
    hours: 3,
    place: null,
    note: null,
    ...body,
  });

  const mobilization = await createSession(
    huizeOrg,
    session({ stage: 'pre_dispatch', topic: '驻村扶贫工作队动员培训', heldOn: '2018-03-15', hours: 6, place: '会泽县委党校', note: '严把培训关：选派前集中培训' }),
  );
  await insertInChunks(db, trainingAttendance, huize.map((m) => ({ sessionId: mobilization.id, cadreId: m.cadreId, attended: true })), 2000);
  await recordAudit(db, huizeOrg.actor, { action: 'trainings.attendance.add', entityType: 'training_session', entityId: mobilization.id, divisionCode: HUIZE, after: { rows: huize.length, bulk: true } });

  const business = await createSession(
    await world.as('huize-rural'),
    session({ level: 'rural_office', topic: '脱贫攻坚业务培训：扶贫开发政策与精准帮扶', heldOn: addDays(world.today, -24), hours: 4, place: '会泽县扶贫办会议室' }),
  );
  const secretaries = huize.filter((m) => (FIRST_SECRETARY_ROLES as readonly string[]).includes(m.role));
  await insertInChunks(db, trainingAttendance, secretaries.map((m) => ({ sessionId: business.id, cadreId: m.cadreId, attended: !random.chance(0.04) })), 2000);

  // 专题培训: law, for the teams of the two townships where the court and the land bureau serve.
  const law = await createSession(
    huizeOrg,
    session({ stage: 'special', topic: '农村法律法规与依法办事专题培训', heldOn: addDays(world.today, -35), hours: 2, place: '会泽县人民法院审判庭' }),
  );
  const lawRegion = huize.filter((m) => m.divisionCode.startsWith('530326102') || m.divisionCode.startsWith('530326105'));
  await insertInChunks(db, trainingAttendance, lawRegion.map((m) => ({ sessionId: law.id, cadreId: m.cadreId, attended: !random.chance(0.06) })), 2000);

  const naguParty = await world.as('nagu-party');
  const township = await createSession(
    naguParty,
    session({ divisionCode: NAGU, level: 'township', topic: '群众工作方法与农村经济社会发展', heldOn: addDays(world.today, -12), hours: 2.5, place: '娜姑镇人民政府会议室' }),
  );
  const nagu = huize.filter((m) => m.divisionCode.startsWith('530326102')).map((m) => m.cadreId);
  const naguAbsent = nagu.filter(() => random.chance(0.08));
  await register(naguParty, township.id, nagu.filter((id) => !naguAbsent.includes(id)), naguAbsent);

  const gaozhouOrg = await world.as('gaozhou-org');
  const gaozhou = (await membersUnder(db, '440981')).map((m) => m.cadreId);
  if (gaozhou.length > 0) {
    const rural = await createSession(gaozhouOrg, session({ divisionCode: GAOZHOU, topic: '农村政策、法律法规与乡村振兴', heldOn: addDays(world.today, -18), place: '高州市委党校' }));
    const absent = gaozhou.filter(() => random.chance(0.05));
    await register(gaozhouOrg, rural.id, gaozhou.filter((id) => !absent.includes(id)), absent);
  }

  await seedHuizeMaterials(world, huizeOrg, huize);
}

type Member = { teamId: string; divisionCode: string; cadreId: string };

async function seedHuizeMaterials(world: DemoWorld, ctx: Ctx, members: Member[]): Promise<void> {
  const db = world.deps.db;
  const teamRows = await db
    .select({ id: teams.id, divisionCode: teams.divisionCode })
    .from(teams)
    .where(and(eq(teams.status, 'active'), withinDivision(teams.divisionCode, '530326')));
  const base = { quantity: 1, issuedOn: DISPATCHED_ON, note: null };
  const plates = teamRows.map((t) => ({ ...base, kind: 'plate' as const, teamId: t.id, cadreId: null, divisionCode: t.divisionCode }));
  await insertInChunks(db, issuedMaterials, plates, 2000);
  await recordAudit(db, ctx.actor, { action: 'trainings.materials.issue', entityType: 'team', divisionCode: HUIZE, after: { kind: 'plate', rows: plates.length, bulk: true } });
  for (const kind of ['card', 'diary', 'handbook'] as const) {
    const rows = members.map((m) => ({ ...base, kind, teamId: m.teamId, cadreId: m.cadreId, divisionCode: m.divisionCode }));
    await insertInChunks(db, issuedMaterials, rows, 2000);
    await recordAudit(db, ctx.actor, { action: 'trainings.materials.issue', entityType: 'team', divisionCode: HUIZE, after: { kind, rows: rows.length, bulk: true } });
  }
}
