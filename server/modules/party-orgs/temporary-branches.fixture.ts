import type { AppDeps } from '../../platform/http/context.ts';
import { createCadre, createUnit, insertPlaces, places } from '../../test/factories.ts';
import { teamMembers, teams, teamVillages } from '../teams/index.ts';
import { partyMemberships, partyOrgs } from './party-orgs.schema.ts';

/**
 * A team in 拖车村 led by 张队长, its party members — formal ones with their relation in their
 * unit's branch, a probationary one — and one who is not a party member.
 */
export async function branchFixture(deps: AppDeps) {
  await insertPlaces(deps);
  const unit = await createUnit(deps, { name: '会泽县自然资源局', divisionCode: places.huize });
  const [home] = await deps.db.insert(partyOrgs).values({ name: '会泽县自然资源局机关党支部', kind: 'branch', divisionCode: places.huize }).returning();
  const [team] = await deps.db.insert(teams).values({ name: '会泽县自然资源局驻拖车村工作队', divisionCode: places.naguVillage, termStart: '2024-03-01' }).returning();
  await deps.db.insert(teamVillages).values({ teamId: team!.id, divisionCode: places.naguVillage });
  const cadre = async (name: string, partyStatus: 'formal' | 'probationary' | 'none') => {
    const row = await createCadre(deps, { unitId: unit.id, name, partyStatus, divisionCode: places.huize });
    if (partyStatus !== 'none') {
      await deps.db.insert(partyMemberships).values({ partyOrgId: home!.id, cadreId: row.id, kind: 'formal', joinedOn: '2010-07-01', divisionCode: places.huize });
    }
    await deps.db.insert(teamMembers).values({
      teamId: team!.id,
      cadreId: row.id,
      role: name === '张队长' ? 'leader' : 'member',
      joinedOn: '2024-03-01',
      divisionCode: places.naguVillage,
    });
    return row;
  };
  return {
    unit,
    home: home!,
    team: team!,
    leader: await cadre('张队长', 'formal'),
    second: await cadre('罗组织', 'formal'),
    third: await cadre('容宣传', 'formal'),
    fourth: await cadre('何正式', 'formal'),
    probationary: await cadre('韦预备', 'probationary'),
    citizen: await cadre('黄群众', 'none'),
  };
}
export type BranchFixture = Awaited<ReturnType<typeof branchFixture>>;
