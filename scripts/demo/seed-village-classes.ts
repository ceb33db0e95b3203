import { and, eq, inArray } from 'drizzle-orm';
import { accounts } from '../../server/platform/auth/auth.schema.ts';
import { withinDivision } from '../../server/platform/access/scope.ts';
import { villageProfiles } from '../../server/modules/divisions/index.ts';
import { teams, teamUnits, teamVillages } from '../../server/modules/teams/index.ts';
import { villageClasses } from '../../server/modules/village-classes/index.ts';
import type { VillageClassCode } from '../../contracts/evaluation-codes.ts';
import type { DemoWorld } from './demo-world.ts';

/** The regions classed, each by its own county (or city) organization department. */
const REGIONS: { prefix: string; by: string }[] = [
  { prefix: '530326', by: 'huize-org' },
  { prefix: '440981', by: 'gaozhou-org' },
  { prefix: '4504', by: 'wuzhou-city' },
  { prefix: '510824', by: 'cangxi-org' },
];

/** Below this yearly income (yuan) a village's collective economy counts as an empty shell (空壳村). */
const SHELL_BELOW = 10_000;
const WEAK_BELOW = 20_000;

export type ProfileFacts = { mainIndustries: string[]; infrastructureGaps: string[]; collectiveIncome: string | null };
export type ClassDecision = { classCode: VillageClassCode; otherFactors: VillageClassCode[]; reason: string; supportPlan: string };

const wan = (yuan: number) => `${(yuan / 10_000).toFixed(1)} 万元`;

/**
 * §9 [002]: the factor that most holds the village back, read from its 村情: no venue for the
 * branch → weak organization; roads, water, housing gaps → infrastructure; an empty collective
 * purse → collective economy; otherwise its industry lags. Lesser factors follow.
 */
export function classFromProfile(profile: ProfileFacts): ClassDecision {
  const income = profile.collectiveIncome === null ? null : Number(profile.collectiveIncome);
  const gaps = profile.infrastructureGaps;
  const noVenue = gaps.some((g) => g.includes('活动场所'));
  const hardGaps = gaps.filter((g) => !g.includes('活动场所'));
  const industries = profile.mainIndustries.slice(0, 2).join('、') || '特色种养';
  const candidates: VillageClassCode[] = [];
  if (noVenue) candidates.push('organization');
  if (hardGaps.length > 0) candidates.push('infrastructure');
  if (income !== null && income < SHELL_BELOW) candidates.push('collective_economy');
  if (candidates.length === 0) candidates.push(income !== null && income < WEAK_BELOW ? 'collective_economy' : 'industry');
  const [classCode, ...others] = candidates as [VillageClassCode, ...VillageClassCode[]];
  const otherFactors = others.slice(0, 2);
  if (!candidates.includes('collective_economy') && income !== null && income < WEAK_BELOW) otherFactors.push('collective_economy');
  switch (classCode) {
    case 'organization':
      return {
        classCode,
        otherFactors,
        reason: '村无固定活动场所，党员活动难以开展，村“两委”班子凝聚力不强',
        supportPlan: '新建村级党群服务中心，选优配强村“两委”班子，落实“三会一课”和主题党日，发展年轻党员',
      };
    case 'infrastructure':
      return {
        classCode,
        otherFactors,
        reason: `基础设施短板突出：${hardGaps.join('、')}`,
        supportPlan: `争取交通、水利、住建项目资金，优先解决${hardGaps.join('、')}问题；工作队逐项建立台账，按月跟踪施工进度`,
      };
    case 'collective_economy':
      return {
        classCode,
        otherFactors,
        reason: `村集体经济薄弱，年收入仅 ${wan(income ?? 0)}`,
        supportPlan: `盘活闲置资产，由村集体领办${industries}专业合作社，推行“合作社+农户”模式，力争村集体年收入达到 5 万元以上`,
      };
    default:
      return {
        classCode,
        otherFactors,
        reason: `主导产业${industries}规模小、链条短，带动增收能力弱`,
        supportPlan: `围绕${industries}引进龙头企业，建设标准化种养基地，开展电商销售和技术培训`,
      };
  }
}

/**
 * Classes this year (world.today's) every village with a team in post in 会泽县, 高州市, 梧州市 and
 * 苍溪县, from its 村情, with the teams' sending units as the responsible backing units. A village
 * already classed for the year is left as it is.
 */
export async function seedVillageClasses(world: DemoWorld): Promise<number> {
  const db = world.deps.db;
  const year = Number(world.today.slice(0, 4));
  const deciders = await db
    .select({ id: accounts.id, username: accounts.username })
    .from(accounts)
    .where(inArray(accounts.username, REGIONS.map((r) => r.by)));
  const accountOf = new Map(deciders.map((a) => [a.username, a.id]));
  let written = 0;
  for (const region of REGIONS) {
    const stationed = await db
      .selectDistinct({ code: teamVillages.divisionCode, unitId: teamUnits.unitId })
      .from(teamVillages)
      .innerJoin(teams, eq(teams.id, teamVillages.teamId))
      .innerJoin(teamUnits, eq(teamUnits.teamId, teams.id))
      .where(and(eq(teams.status, 'active'), withinDivision(teamVillages.divisionCode, region.prefix)));
    const codes = [...new Set(stationed.map((s) => s.code))].sort();
    if (codes.length === 0) continue;
    const profiles = await db.select().from(villageProfiles).where(inArray(villageProfiles.divisionCode, codes));
    const profileOf = new Map(profiles.map((p) => [p.divisionCode, p]));
    const rows = codes.map((code) => {
      const profile = profileOf.get(code);
      const decision = classFromProfile({
        mainIndustries: profile?.mainIndustries ?? [],
        infrastructureGaps: profile?.infrastructureGaps ?? [],
        collectiveIncome: profile?.collectiveIncome ?? null,
      });
      const backingUnitIds = [...new Set(stationed.filter((s) => s.code === code).map((s) => s.unitId))];
      return { divisionCode: code, year, ...decision, backingUnitIds, decidedBy: accountOf.get(region.by) ?? null };
    });
    const inserted = await db
      .insert(villageClasses)
      .values(rows)
      .onConflictDoNothing({ target: [villageClasses.divisionCode, villageClasses.year] })
      .returning({ id: villageClasses.id });
    written += inserted.length;
  }
  return written;
}
