import type { AppDeps } from '../../platform/http/context.ts';
import { createCadre, createUnit, insertPlaces, places } from '../../test/factories.ts';
import { teamMembers, teams, teamUnits, teamVillages } from '../teams/index.ts';
import type { TeamRoleCode } from '../../../contracts/teams.ts';

type Member = { cadreId: string; role: TeamRoleCode };

/** A team in post in a village, its unit and members inserted directly (the teams module's rules are not under test here). */
export async function insertTeam(deps: AppDeps, values: { name: string; village: string; unitId: string; members: Member[]; termStart?: string }) {
  const [team] = await deps.db
    .insert(teams)
    .values({ name: values.name, divisionCode: values.village, termStart: values.termStart ?? '2024-03-01' })
    .returning();
  await deps.db.insert(teamVillages).values({ teamId: team!.id, divisionCode: values.village });
  await deps.db.insert(teamUnits).values({ teamId: team!.id, unitId: values.unitId, isLead: true, divisionCode: values.village });
  for (const m of values.members) {
    await deps.db.insert(teamMembers).values({ teamId: team!.id, cadreId: m.cadreId, role: m.role, joinedOn: values.termStart ?? '2024-03-01', divisionCode: values.village });
  }
  return team!;
}

/** Two teams in 拖车村 (so "own team" differs from "own village") and one in 高州市. */
export async function reportFixture(deps: AppDeps) {
  await insertPlaces(deps);
  const unit = await createUnit(deps, { name: '曲靖市中级人民法院', divisionCode: places.qujing });
  const gaozhouUnit = await createUnit(deps, { name: '高州市人民法院', divisionCode: places.gaozhou });
  const cadre = (name: string) => createCadre(deps, { unitId: unit.id, name });
  const leader = await cadre('张队长');
  const member = await cadre('李队员');
  const otherLeader = await cadre('王队长');
  const gaozhouLeader = await createCadre(deps, { unitId: gaozhouUnit.id, name: '陈高州', divisionCode: places.gaozhou });
  const team = await insertTeam(deps, {
    name: '曲靖中院驻拖车村工作队',
    village: places.naguVillage,
    unitId: unit.id,
    members: [
      { cadreId: leader.id, role: 'leader_first_secretary' },
      { cadreId: member.id, role: 'member' },
    ],
  });
  const otherTeam = await insertTeam(deps, {
    name: '会泽县农业农村局驻拖车村工作队',
    village: places.naguVillage,
    unitId: unit.id,
    members: [{ cadreId: otherLeader.id, role: 'leader' }],
  });
  const gaozhouTeam = await insertTeam(deps, {
    name: '高州市法院驻长流村工作队',
    village: places.changliu,
    unitId: gaozhouUnit.id,
    members: [{ cadreId: gaozhouLeader.id, role: 'leader' }],
  });
  return { unit, leader, member, otherLeader, team, otherTeam, gaozhouTeam };
}

export type ReportFixture = Awaited<ReturnType<typeof reportFixture>>;

/** A PDF's first bytes are all the checks look at. */
export const samplePdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer\n%%EOF\n');

export function multipart(fileName: string, data: Buffer) {
  const boundary = '----zhucun-reports-boundary';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head), data, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}
