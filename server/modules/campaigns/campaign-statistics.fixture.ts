import type { AppDeps } from '../../platform/http/context.ts';
import type { CampaignLine } from '../../../contracts/party-codes.ts';
import { partyOrgs } from '../party-orgs/index.ts';
import { divisions } from '../divisions/index.ts';
import { pinyinOf } from '../../platform/i18n/pinyin.ts';
import { campaignLedgerEntries, campaigns, campaignTargets, type AssessmentFormula } from './campaigns.schema.ts';

export const defaultFormula: AssessmentFormula = { weights: { branch_village: 2, secretary_household: 1, member_service: 1 }, capPercent: 120, fullScore: 100 };

export async function insertCampaign(deps: AppDeps, values: { divisionCode: string; name?: string; formula?: AssessmentFormula }): Promise<string> {
  const [row] = await deps.db
    .insert(campaigns)
    .values({
      name: values.name ?? '2025年度省直机关“五千行动”',
      year: 2025,
      divisionCode: values.divisionCode,
      status: 'running',
      lines: ['branch_village', 'secretary_household', 'leader_stay', 'professional_visit', 'member_service'],
      startsOn: '2025-03-01',
      endsOn: '2025-12-31',
      formula: values.formula ?? defaultFormula,
    })
    .returning({ id: campaigns.id });
  return row!.id;
}

export async function insertTargets(deps: AppDeps, campaignId: string, unitId: string, targets: Partial<Record<CampaignLine, number>>): Promise<void> {
  await deps.db.insert(campaignTargets).values(Object.entries(targets).map(([line, target]) => ({ campaignId, unitId, line: line as CampaignLine, target: target! })));
}

export async function insertOrg(deps: AppDeps, values: { name: string; kind: 'committee' | 'branch'; unitId: string; divisionCode: string; parentId?: string }): Promise<string> {
  const [row] = await deps.db.insert(partyOrgs).values(values).returning({ id: partyOrgs.id });
  return row!.id;
}

export type LedgerValues = {
  unitId: string;
  branchId?: string | null;
  line: CampaignLine;
  personName: string;
  villageCode: string;
  happenedOn: string;
  cadreId?: string;
  householdName?: string;
  personTimes?: number;
  problemsSolved?: number;
  policyItems?: number;
  technicalServices?: number;
  ideas?: number;
  projects?: number;
  funds?: string;
};

export async function insertLedger(deps: AppDeps, campaignId: string, entries: LedgerValues[]): Promise<void> {
  await deps.db.insert(campaignLedgerEntries).values(entries.map((e) => ({ ...e, campaignId, description: `${e.personName}进村开展帮扶`, divisionCode: e.villageCode })));
}

/** A second township of 会泽县 with one village, so a county's figures split in two. */
export const jinzhong = { township: '530326103000', village: '530326103201' } as const;

export async function insertJinzhong(deps: AppDeps): Promise<void> {
  const rows = [
    { code: jinzhong.township, name: '金钟镇', level: 'township' as const, depth: 4, parentCode: '530326000000', childCount: 1 },
    { code: jinzhong.village, name: '金钟村委会', level: 'village' as const, depth: 5, parentCode: jinzhong.township, childCount: 0 },
  ];
  await deps.db
    .insert(divisions)
    .values(rows.map((r) => ({ ...r, shortName: r.name, ...pinyinOf(r.name), childrenLoaded: true })))
    .onConflictDoNothing();
}

export type AnalysisWorld = { campaignId: string; unitA: string; unitB: string; leadGroup: string; organCommittee: string; branchA1: string; branchA2: string; branchB1: string };

/**
 * Two units of a provincial campaign working in 会泽县's two townships: figures small enough to count
 * by hand (campaign-analysis tests spell them out).
 */
export async function insertAnalysisWorld(deps: AppDeps, provinceCode: string, units: { unitA: string; unitB: string }, villages: { v1: string; v2: string }): Promise<AnalysisWorld> {
  const { unitA, unitB } = units;
  const { v1, v2 } = villages;
  const campaignId = await insertCampaign(deps, { divisionCode: provinceCode });
  const leadGroup = await insertOrg(deps, { name: '省测试厅党组', kind: 'committee', unitId: unitA, divisionCode: provinceCode });
  const organCommittee = await insertOrg(deps, { name: '省测试厅机关党委', kind: 'committee', unitId: unitA, divisionCode: provinceCode });
  const branchA1 = await insertOrg(deps, { name: '省测试厅第一党支部', kind: 'branch', unitId: unitA, divisionCode: provinceCode, parentId: organCommittee });
  const branchA2 = await insertOrg(deps, { name: '省测试厅第二党支部', kind: 'branch', unitId: unitA, divisionCode: provinceCode, parentId: organCommittee });
  const branchB1 = await insertOrg(deps, { name: '省测试局机关党支部', kind: 'branch', unitId: unitB, divisionCode: provinceCode });
  await insertTargets(deps, campaignId, unitA, { branch_village: 2, secretary_household: 4, member_service: 10 });
  await insertTargets(deps, campaignId, unitB, { branch_village: 1, secretary_household: 2 });
  await insertLedger(deps, campaignId, [
    { unitId: unitA, branchId: branchA1, line: 'branch_village', personName: '张一', villageCode: v1, happenedOn: '2025-03-10', problemsSolved: 2, funds: '10000.50' },
    { unitId: unitA, branchId: branchA1, line: 'branch_village', personName: '张一', villageCode: v1, happenedOn: '2025-04-02', policyItems: 3 },
    { unitId: unitA, branchId: branchA2, line: 'branch_village', personName: '李二', villageCode: v2, happenedOn: '2025-04-15', ideas: 1 },
    { unitId: unitA, branchId: branchA1, line: 'secretary_household', personName: '张一', villageCode: v1, householdName: '王家', happenedOn: '2025-03-12', technicalServices: 4 },
    { unitId: unitA, branchId: branchA1, line: 'secretary_household', personName: '张一', villageCode: v1, householdName: '王家', happenedOn: '2025-05-01' },
    { unitId: unitA, branchId: branchA2, line: 'secretary_household', personName: '李二', villageCode: v2, householdName: '赵家', happenedOn: '2025-04-20' },
    { unitId: unitA, branchId: branchA2, line: 'member_service', personName: '李二', villageCode: v2, happenedOn: '2025-05-08', personTimes: 6, projects: 1, funds: '20000' },
    { unitId: unitA, branchId: leadGroup, line: 'leader_stay', personName: '陈局长', villageCode: v1, happenedOn: '2025-03-20' },
    { unitId: unitA, branchId: leadGroup, line: 'leader_stay', personName: '陈局长', villageCode: v2, happenedOn: '2025-04-21' },
    { unitId: unitB, branchId: branchB1, line: 'branch_village', personName: '周五', villageCode: v1, happenedOn: '2025-03-11', funds: '5000' },
    { unitId: unitB, branchId: branchB1, line: 'secretary_household', personName: '周五', villageCode: v1, householdName: '王家', happenedOn: '2025-03-15' },
    { unitId: unitB, branchId: branchB1, line: 'professional_visit', personName: '周五', villageCode: v2, happenedOn: '2025-05-20', personTimes: 3 },
  ]);
  return { campaignId, unitA, unitB, leadGroup, organCommittee, branchA1, branchA2, branchB1 };
}
