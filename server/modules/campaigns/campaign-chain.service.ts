import type { Ctx } from '../../platform/http/context.ts';
import { commonErrors } from '../../platform/errors/app-error.ts';
import { achievedFigure, type CampaignFigures, type ChainNode, type ChainView } from '../../../contracts/campaign-analysis.ts';
import * as repo from './campaign-statistics.repository.ts';
import { presentFigures, reachFilter, reachOf } from './campaign-statistics.service.ts';

const none: CampaignFigures = presentFigures({
  branchesPaired: 0,
  villagesPaired: 0,
  secretaries: 0,
  households: 0,
  leadingCadres: 0,
  professionalPersonTimes: 0,
  memberPersonTimes: 0,
  problemsSolved: 0,
  policyItems: 0,
  technicalServices: 0,
  ideas: 0,
  projects: 0,
  funds: '0',
});

/**
 * 党组统领、机关党委统筹、机关支部统管、党员干部统做 [001]: a unit's party organizations top down, each
 * with what its own ledger entries add up to and who went, under the unit's targets and totals.
 */
export async function campaignChain(ctx: Ctx, campaignId: string, unitId: string): Promise<ChainView> {
  const reach = await reachOf(ctx, campaignId);
  if (reach.kind === 'unit' && reach.unitId !== unitId) throw commonErrors.NOT_FOUND();
  const unitName = (await repo.unitNames(ctx.db, [unitId])).get(unitId);
  if (!unitName) throw commonErrors.NOT_FOUND();
  const filter: repo.LedgerFilter = { ...reachFilter(reach), unitId };
  // A department reaches a unit through what it did in the department's villages, and no further.
  if (reach.kind === 'region' && !(await repo.anyEntries(ctx.db, filter))) throw commonErrors.NOT_FOUND();

  const totals = presentFigures(await repo.figuresOf(ctx.db, filter));
  const byBranch = new Map((await repo.figuresBy(ctx.db, filter, { kind: 'branch' })).map(({ key, ...raw }) => [key, presentFigures(raw)]));
  const people = await repo.peopleByBranch(ctx.db, filter);
  const orgs = await repo.orgsOfUnit(ctx.db, unitId);
  const targets = await repo.targetsOf(ctx.db, campaignId, unitId);

  const nodes = new Map<string, ChainNode>(
    orgs.map((o) => [
      o.id,
      {
        id: o.id,
        name: o.name,
        kind: o.kind,
        figures: byBranch.get(o.id) ?? none,
        people: people.filter((p) => p.branchId === o.id).map(({ personName, personTimes, entries }) => ({ personName, personTimes, entries })),
        children: [],
      },
    ]),
  );
  const roots: ChainNode[] = [];
  for (const o of orgs) {
    const node = nodes.get(o.id)!;
    const parent = o.parentId ? nodes.get(o.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  // 党组 first, then 机关党委, then the rest: the order responsibility runs in.
  const weight = (node: ChainNode) => (node.kind === 'committee' ? (node.name.includes('党组') ? 0 : 1) : 2);
  roots.sort((a, b) => weight(a) - weight(b) || a.name.localeCompare(b.name, 'zh-CN'));

  const lines = reach.campaign.lines;
  return {
    unitId,
    unitName,
    targets: lines.map((line) => ({ line, target: targets.find((t) => t.line === line)?.target ?? 0, achieved: totals[achievedFigure[line]] as number })),
    totals,
    orgs: roots,
  };
}
