import type { AppDeps } from '../../platform/http/context.ts';
import type { CampaignLine, CampaignStatus } from '../../../contracts/campaigns.ts';
import { partyMemberships, partyOrgs } from '../party-orgs/index.ts';
import { campaignLedgerEntries, campaigns, campaignTargets, campaignTasks } from './campaigns.schema.ts';
import { defaultFormula } from './campaigns.rules.ts';

const allLines: CampaignLine[] = ['branch_village', 'secretary_household', 'leader_stay', 'professional_visit', 'member_service'];

export async function insertCampaign(deps: AppDeps, values: { divisionCode: string; status?: CampaignStatus; name?: string }): Promise<string> {
  const [row] = await deps.db
    .insert(campaigns)
    .values({
      name: values.name ?? '“五千行动”',
      year: 2025,
      divisionCode: values.divisionCode,
      status: values.status ?? 'running',
      lines: allLines,
      startsOn: '2025-01-01',
      endsOn: '2026-12-31',
      formula: defaultFormula(allLines),
    })
    .returning({ id: campaigns.id });
  return row!.id;
}

/** An organ branch of a unit; with a secretary when a cadre is given. */
export async function insertOrganBranch(deps: AppDeps, values: { unitId: string; divisionCode: string; name?: string; secretaryCadreId?: string }): Promise<string> {
  const [row] = await deps.db
    .insert(partyOrgs)
    .values({ name: values.name ?? '机关第一党支部', kind: 'branch', unitId: values.unitId, divisionCode: values.divisionCode })
    .returning({ id: partyOrgs.id });
  if (values.secretaryCadreId) {
    await deps.db.insert(partyMemberships).values({ partyOrgId: row!.id, cadreId: values.secretaryCadreId, kind: 'formal', role: 'secretary', divisionCode: values.divisionCode });
  }
  return row!.id;
}

export async function insertTarget(deps: AppDeps, campaignId: string, unitId: string, line: CampaignLine, target: number): Promise<void> {
  await deps.db.insert(campaignTargets).values({ campaignId, unitId, line, target });
}

export async function insertTask(deps: AppDeps, values: { campaignId: string; unitId: string; villageCode: string; line?: CampaignLine }): Promise<string> {
  const [row] = await deps.db
    .insert(campaignTasks)
    .values({ campaignId: values.campaignId, unitId: values.unitId, line: values.line ?? 'branch_village', title: '结对帮村', villageCode: values.villageCode, divisionCode: values.villageCode })
    .returning({ id: campaignTasks.id });
  return row!.id;
}

export async function insertEntry(deps: AppDeps, values: { campaignId: string; unitId: string; branchId: string; villageCode: string }): Promise<string> {
  const [row] = await deps.db
    .insert(campaignLedgerEntries)
    .values({
      campaignId: values.campaignId,
      unitId: values.unitId,
      branchId: values.branchId,
      line: 'member_service',
      personName: '张三',
      villageCode: values.villageCode,
      happenedOn: '2025-05-01',
      description: '入户宣讲政策',
      divisionCode: values.villageCode,
    })
    .returning({ id: campaignLedgerEntries.id });
  return row!.id;
}
