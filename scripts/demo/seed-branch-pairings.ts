import { and, eq, inArray } from 'drizzle-orm';
import { accounts } from '../../server/platform/auth/auth.schema.ts';
import { partyOrgs } from '../../server/modules/party-orgs/index.ts';
import { branchPairingActivities, branchPairings, redFlagProgress } from '../../server/modules/branch-pairings/index.ts';
import type { PairingActivityKind, RedFlagStep } from '../../contracts/party-codes.ts';
import type { DemoWorld } from './demo-world.ts';

const ORGAN_BRANCH = '贵州省总工会机关第五党支部';
const VILLAGE_BRANCH = '中共宝山村支部委员会';
/** 织金县熊家场镇宝山村. */
const BAOSHAN = '520524116214';
const STARTED_ON = '2016-04-01';

// [001]: 宝山村 had 23 party members when the pairing began.
const GOALS =
  '帮助宝山村党支部（党员23名）建成标准化活动阵地、配齐配强村支两委班子，创建“红旗党支部”。';

const ACTIVITIES: { kind: PairingActivityKind; happenedOn: string; description: string; quantity?: string; measure?: string }[] = [
  { kind: 'training', happenedOn: '2016-04-20', description: '指导开展“红旗党支部”创建' },
  { kind: 'team_building', happenedOn: '2016-07-15', description: '推动配齐配强村支两委班子' },
  { kind: 'publicity', happenedOn: '2016-09-15', description: '新建2个党建宣传栏', quantity: '2', measure: '块' },
  { kind: 'venue', happenedOn: '2016-10-28', description: '扩建120平方米村级标准化党员活动室', quantity: '120', measure: '平方米' },
  { kind: 'equipment', happenedOn: '2016-10-28', description: '购置电脑、桌椅等设施' },
];

// Who recorded each step, by demo account; the facilities were in use in November 2016 when the county accepted them.
const RED_FLAG: { step: RedFlagStep; reachedOn: string; note: string; by: string }[] = [
  { step: 'applied', reachedOn: '2016-04-20', note: '宝山村党支部申报创建“红旗党支部”', by: 'gzunion-unit' },
  { step: 'self_assessed', reachedOn: '2016-08-30', note: '对照创建标准逐项自查', by: 'gzunion-unit' },
  { step: 'township_reviewed', reachedOn: '2016-10-10', note: '熊家场镇党委初审', by: 'xiongjiachang-party' },
  { step: 'county_accepted', reachedOn: '2016-11-25', note: '活动室、电脑桌椅、宣传栏已投入使用，验收通过', by: 'zhijin-org' },
];

async function branchNamed(world: DemoWorld, name: string, divisionCode?: string) {
  const [row] = await world.deps.db
    .select()
    .from(partyOrgs)
    .where(and(eq(partyOrgs.name, name), eq(partyOrgs.kind, 'branch'), ...(divisionCode ? [eq(partyOrgs.divisionCode, divisionCode)] : [])))
    .limit(1);
  if (!row) throw new Error(`seedBranchPairings: no party branch named ${name}${divisionCode ? ` in ${divisionCode}` : ''}; seed the Guizhou organs first`);
  return row;
}

/**
 * [001] 结对共建: 贵州省总工会机关第五党支部 with 宝山村's branch from April 2016 — the activity room,
 * computers and desks, two publicity boards, the guidance toward 红旗党支部 and the village committees,
 * and the creation steps up to the county's acceptance. Once written, not again.
 */
export async function seedBranchPairings(world: DemoWorld): Promise<number> {
  const organ = await branchNamed(world, ORGAN_BRANCH);
  const village = await branchNamed(world, VILLAGE_BRANCH, BAOSHAN);
  if (!organ.unitId) throw new Error(`seedBranchPairings: ${ORGAN_BRANCH} has no unit`);
  const db = world.deps.db;
  const [existing] = await db
    .select({ id: branchPairings.id })
    .from(branchPairings)
    .where(and(eq(branchPairings.organBranchId, organ.id), eq(branchPairings.villageBranchId, village.id)))
    .limit(1);
  if (existing) return 0;

  const recorders = await db
    .select({ id: accounts.id, username: accounts.username })
    .from(accounts)
    .where(inArray(accounts.username, [...new Set(RED_FLAG.map((s) => s.by))]));
  const accountOf = new Map(recorders.map((a) => [a.username, a.id]));
  const unitAccount = accountOf.get('gzunion-unit') ?? null;

  return db.transaction(async (tx) => {
    const [pairing] = await tx
      .insert(branchPairings)
      .values({ organBranchId: organ.id, villageBranchId: village.id, unitId: organ.unitId, divisionCode: BAOSHAN, startedOn: STARTED_ON, goals: GOALS, createdBy: unitAccount })
      .returning({ id: branchPairings.id });
    await tx.insert(branchPairingActivities).values(
      ACTIVITIES.map((a) => ({
        pairingId: pairing!.id,
        divisionCode: BAOSHAN,
        kind: a.kind,
        happenedOn: a.happenedOn,
        description: a.description,
        quantity: a.quantity ?? null,
        measure: a.measure ?? null,
        recordedBy: unitAccount,
      })),
    );
    await tx
      .insert(redFlagProgress)
      .values(RED_FLAG.map((s) => ({ pairingId: pairing!.id, step: s.step, reachedOn: s.reachedOn, note: s.note, recordedBy: accountOf.get(s.by) ?? null })));
    return 1 + ACTIVITIES.length + RED_FLAG.length;
  });
}
