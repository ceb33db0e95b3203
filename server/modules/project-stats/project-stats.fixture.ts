import { randomUUID } from 'node:crypto';
import type { AppDeps } from '../../platform/http/context.ts';
import { createUnit, places } from '../../test/factories.ts';
import { projectFundSources, projectOutputs, projects, projectVillages } from '../projects/index.ts';
import { projectAllocations, projectPayments } from '../project-funds/index.ts';
import { donations } from '../donations/index.ts';
import { enterpriseContributions, enterprisePairings, enterprises } from '../enterprises/index.ts';
import { advisors, advisorSupports } from '../advisors/index.ts';
import { serviceRequests } from '../service-requests/index.ts';
import { assets, dividends, shares } from '../assets/index.ts';
import { householdStatsPlaces as extra, insertStatsPlaces } from '../household-stats/household-stats.fixture.ts';
import type { FundSourceKind, OutputKind, ProjectCategory } from '../../../contracts/project-codes.ts';

export { extra as projectStatsPlaces };

type SourceSpec = { kind: FundSourceKind; amount: string; unitId?: string; allocated?: string; paid?: string };
type ProjectSpec = {
  name: string;
  villages: string[];
  category: ProjectCategory;
  state: string;
  budget: string;
  approved: boolean;
  proposerUnitId?: string;
  households?: number;
  persons?: number;
  sources: SourceSpec[];
  outputs?: { kind: OutputKind; unit: string; planned: string; actual?: string }[];
};

/** A project straight into its tables with its villages, sources, outputs, allocations and payments. */
export async function insertStatsProject(deps: AppDeps, spec: ProjectSpec): Promise<string> {
  return deps.db.transaction(async (tx) => {
    const [project] = await tx
      .insert(projects)
      .values({
        name: spec.name,
        divisionCode: spec.villages[0]!,
        category: spec.category,
        responsibleEntity: '乡镇人民政府',
        proposerUnitId: spec.proposerUnitId ?? null,
        budget: spec.budget,
        approvedBudget: spec.approved ? spec.budget : null,
        state: spec.state,
        beneficiaryHouseholds: spec.households ?? 0,
        beneficiaryPersons: spec.persons ?? 0,
      })
      .returning();
    const projectId = project!.id;
    await tx.insert(projectVillages).values(spec.villages.map((divisionCode) => ({ projectId, divisionCode })));
    for (const source of spec.sources) {
      const [row] = await tx
        .insert(projectFundSources)
        .values({ projectId, kind: source.kind, funder: source.kind, unitId: source.unitId ?? null, amount: source.amount })
        .returning();
      const at = { projectId, fundSourceId: row!.id, divisionCode: spec.villages[0]! };
      if (source.allocated) await tx.insert(projectAllocations).values({ ...at, allocatedOn: '2026-03-01', amount: source.allocated });
      if (source.paid) await tx.insert(projectPayments).values({ ...at, paidOn: '2026-04-01', amount: source.paid, payee: '施工单位', purpose: '工程款' });
    }
    if (spec.outputs?.length) {
      await tx.insert(projectOutputs).values(spec.outputs.map((o) => ({ projectId, kind: o.kind, unit: o.unit, planned: o.planned, actual: o.actual ?? null })));
    }
    return projectId;
  });
}

/** The social records and asset income the statistics add up, in 会泽 and one in 高州 (outside). */
async function insertSocial(deps: AppDeps, projectId: string) {
  await deps.db.insert(donations).values([
    { divisionCode: places.naguVillage, donor: '某公司', donorKind: 'enterprise', form: 'money', value: '1000.50', purpose: '助学', receivedOn: '2026-02-01' },
    { divisionCode: places.naguVillage, donor: '某商会', donorKind: 'organization', form: 'goods', value: '200.25', goods: '化肥', purpose: '春耕', receivedOn: '2026-03-01' },
    { divisionCode: extra.daqiaoVillage, donor: '张先生', donorKind: 'individual', form: 'money', value: '300.00', purpose: '修路', receivedOn: '2026-03-05' },
    { divisionCode: places.changliu, donor: '李女士', donorKind: 'individual', form: 'money', value: '5.00', purpose: '助学', receivedOn: '2026-03-05' },
  ]);
  const [enterprise] = await deps.db.insert(enterprises).values({ name: `结对企业${randomUUID().slice(0, 6)}`, divisionCode: places.huize }).returning();
  const [pairing] = await deps.db.insert(enterprisePairings).values({ enterpriseId: enterprise!.id, divisionCode: places.naguVillage, since: '2026-01-01' }).returning();
  const given = { pairingId: pairing!.id, enterpriseId: enterprise!.id, divisionCode: places.naguVillage, givenOn: '2026-05-01' };
  await deps.db.insert(enterpriseContributions).values([
    { ...given, kind: 'money', value: '5000.00', description: '捐资修路' },
    { ...given, kind: 'jobs', quantity: '12', unit: '人', description: '吸纳务工' },
  ]);
  const [advisor] = await deps.db.insert(advisors).values({ divisionCode: extra.daqiaoVillage, name: '王顾问', occupation: '企业家', appointedOn: '2025-01-01' }).returning();
  await deps.db.insert(advisorSupports).values({ advisorId: advisor!.id, divisionCode: extra.daqiaoVillage, kind: 'money', value: '800.80', givenOn: '2026-06-01', description: '筹资' });
  const request = (divisionCode: string, state: string) => ({ divisionCode, kind: 'project_application' as const, title: '代办', detail: '代办事项', state, dueOn: '2026-07-01' });
  await deps.db.insert(serviceRequests).values([request(places.naguVillage, 'submitted'), request(places.naguVillage, 'done'), request(extra.daqiaoVillage, 'done')]);
  const [asset] = await deps.db
    .insert(assets)
    .values({ projectId, divisionCode: extra.yingpan, name: '村组道路', kind: 'road', owner: '村集体', maintainer: '村委会', value: '150000.15', handedOverOn: '2026-05-01', condition: 'good' })
    .returning();
  const [share] = await deps.db
    .insert(shares)
    .values({ divisionCode: extra.yingpan, cooperative: '养蜂合作社', householdId: randomUUID(), assetId: asset!.id, amount: '3000.00', since: '2026-01-01' })
    .returning();
  await deps.db.insert(dividends).values({ shareId: share!.id, householdId: share!.householdId, divisionCode: extra.yingpan, year: 2026, amount: '240.40', paidOn: '2026-06-30' });
}

/**
 * Three projects in 会泽 (two in 娜姑镇, one in 大桥乡, one of them across two villages), one in 高州,
 * backed by two units, with their money to the cent and the social records beside them.
 */
export async function projectStatsFixture(deps: AppDeps) {
  await insertStatsPlaces(deps);
  const land = await createUnit(deps, { name: `测试国土资源局${randomUUID().slice(0, 4)}`, divisionCode: places.qujing });
  const court = await createUnit(deps, { name: `测试中级法院${randomUUID().slice(0, 4)}`, divisionCode: places.qujing });
  const road = await insertStatsProject(deps, {
    name: '拖车村至营盘村道路硬化',
    villages: [places.naguVillage, extra.yingpan],
    category: 'road',
    state: 'in_progress',
    budget: '1000000.10',
    approved: true,
    proposerUnitId: land.id,
    households: 10,
    persons: 30,
    sources: [
      { kind: 'fiscal', amount: '600000.05', allocated: '600000.05', paid: '100000.01' },
      { kind: 'unit', amount: '400000.05', unitId: land.id, allocated: '200000.00', paid: '50000.02' },
    ],
    outputs: [{ kind: 'road_km', unit: '公里', planned: '5.50', actual: '3.25' }],
  });
  const housing = await insertStatsProject(deps, {
    name: '营盘村危房改造',
    villages: [extra.yingpan],
    category: 'housing',
    state: 'accepted',
    budget: '200000.20',
    approved: true,
    proposerUnitId: court.id,
    households: 4,
    persons: 12,
    sources: [
      { kind: 'unit', amount: '150000.10', unitId: court.id, allocated: '150000.10', paid: '150000.10' },
      { kind: 'donation', amount: '50000.10', allocated: '50000.10', paid: '50000.10' },
    ],
    outputs: [
      { kind: 'houses_rebuilt', unit: '户', planned: '4', actual: '4' },
      { kind: 'other', unit: '个村民小组', planned: '3', actual: '3' },
    ],
  });
  const water = await insertStatsProject(deps, {
    name: '大桥村饮水工程',
    villages: [extra.daqiaoVillage],
    category: 'drinking_water',
    state: 'proposed',
    budget: '300000.00',
    approved: false,
    sources: [
      { kind: 'fiscal', amount: '250000.00' },
      { kind: 'unit', amount: '50000.00', unitId: court.id },
    ],
    outputs: [
      { kind: 'water_projects', unit: '处', planned: '1' },
      { kind: 'road_km', unit: '公里', planned: '1.25' },
    ],
  });
  const outside = await insertStatsProject(deps, {
    name: '长流村道路',
    villages: [places.changliu],
    category: 'road',
    state: 'approved',
    budget: '999.99',
    approved: true,
    proposerUnitId: land.id,
    sources: [{ kind: 'unit', amount: '999.99', unitId: land.id }],
    outputs: [{ kind: 'road_km', unit: '公里', planned: '0.50' }],
  });
  await insertSocial(deps, road);
  return { land: land.id, court: court.id, road, housing, water, outside };
}
