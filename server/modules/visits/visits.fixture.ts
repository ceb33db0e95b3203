import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { AppDeps } from '../../platform/http/context.ts';
import { createCadre, createUnit, insertPlaces, places } from '../../test/factories.ts';
import { pinyinOf } from '../../platform/i18n/pinyin.ts';
import type { HouseholdAttribute, HouseholdStatus, MonitoringState } from '../../../contracts/household-codes.ts';
import { cadres } from '../cadres/index.ts';
import { households } from '../households/index.ts';
import { teamMembers, teams, teamUnits, teamVillages, type TeamRole } from '../teams/index.ts';

/** A team serving one village, its members in post since March 2024 and posted there. */
export async function insertVillageTeam(deps: AppDeps, village: string, unitId: string, members: { cadreId: string; role: TeamRole }[]) {
  const [team] = await deps.db.insert(teams).values({ name: `驻${village}工作队`, divisionCode: village, termStart: '2024-03-01' }).returning();
  await deps.db.insert(teamVillages).values({ teamId: team!.id, divisionCode: village });
  await deps.db.insert(teamUnits).values({ teamId: team!.id, unitId, isLead: true, divisionCode: village });
  await deps.db.insert(teamMembers).values(members.map((m) => ({ teamId: team!.id, cadreId: m.cadreId, role: m.role, joinedOn: '2024-03-01', divisionCode: village })));
  for (const m of members) await deps.db.update(cadres).set({ postedDivisionCode: village }).where(eq(cadres.id, m.cadreId));
  return team!;
}

/** The household row alone: what visits and coverage read (members are the registry's concern). */
export async function insertVisitedHousehold(
  deps: AppDeps,
  values: { divisionCode: string; householderName: string; status?: HouseholdStatus; attribute?: HouseholdAttribute; monitoringState?: MonitoringState },
) {
  const [row] = await deps.db
    .insert(households)
    .values({
      code: `${values.divisionCode}${randomBytes(3).toString('hex')}`,
      divisionCode: values.divisionCode,
      householderName: values.householderName,
      pinyin: pinyinOf(values.householderName).pinyin,
      attribute: values.attribute ?? 'general',
      status: values.status ?? 'registered',
      identifiedYear: 2024,
      ...(values.monitoringState ? { monitoringType: 'marginal' as const, monitoringState: values.monitoringState, monitoringSince: '2026-05-01' } : {}),
    })
    .returning();
  return row!;
}

/**
 * 拖车村's team (a leader and a member), a paired cadre in no team, a team in 高州市长流村, and
 * households of every kind the quarterly coverage must tell apart.
 */
export async function visitsFixture(deps: AppDeps) {
  await insertPlaces(deps);
  const court = await createUnit(deps, { name: '曲靖市中级人民法院', divisionCode: places.qujing });
  const gaozhouUnit = await createUnit(deps, { name: '高州市农业农村局', divisionCode: places.gaozhou });
  const leader = await createCadre(deps, { unitId: court.id, name: '张队长' });
  const member = await createCadre(deps, { unitId: court.id, name: '李队员' });
  const paired = await createCadre(deps, { unitId: court.id, name: '王结对' });
  const idle = await createCadre(deps, { unitId: court.id, name: '赵待派' });
  const gaozhouCadre = await createCadre(deps, { unitId: gaozhouUnit.id, name: '陈长流', divisionCode: places.gaozhou });
  const team = await insertVillageTeam(deps, places.naguVillage, court.id, [
    { cadreId: leader.id, role: 'leader_first_secretary' },
    { cadreId: member.id, role: 'member' },
  ]);
  const gaozhouTeam = await insertVillageTeam(deps, places.changliu, gaozhouUnit.id, [{ cadreId: gaozhouCadre.id, role: 'leader_first_secretary' }]);
  const village = places.naguVillage;
  const registered = await insertVisitedHousehold(deps, { divisionCode: village, householderName: '杨正华' });
  const exited = await insertVisitedHousehold(deps, { divisionCode: village, householderName: '李树林', status: 'exited' });
  const ordinary = await insertVisitedHousehold(deps, { divisionCode: village, householderName: '马大山', attribute: 'non_poor', status: 'non_poor' });
  const monitored = await insertVisitedHousehold(deps, { divisionCode: village, householderName: '张秀英', attribute: 'non_poor', status: 'non_poor', monitoringState: 'monitoring' });
  const refused = await insertVisitedHousehold(deps, { divisionCode: village, householderName: '刘未评', status: 'not_identified' });
  const gaozhouHousehold = await insertVisitedHousehold(deps, { divisionCode: places.changliu, householderName: '陈高州' });
  return { court, leader, member, paired, idle, gaozhouCadre, team, gaozhouTeam, registered, exited, ordinary, monitored, refused, gaozhouHousehold };
}

export type VisitsFixture = Awaited<ReturnType<typeof visitsFixture>>;

/** The first bytes are all the content check reads. */
export const samplePng = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR not a full image')]);
export const samplePdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n');

export function multipart(fileName: string, data: Buffer) {
  const boundary = '----zhucun-visits-boundary';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head), data, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}
