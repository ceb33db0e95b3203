import { count } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { AppDeps } from '../../server/platform/http/context.ts';
import type { Executor } from '../../server/platform/db/client.ts';
import type { AuditActor } from '../../server/platform/audit/audit.ts';
import { accounts } from '../../server/platform/auth/auth.schema.ts';
import { hashPassword } from '../../server/platform/auth/passwords.ts';
import { ensureAreaLoaded, ensureBaseDivisions } from '../../server/modules/divisions/index.ts';
import { demoAccounts, type CadreRef, type LocalVillageName } from './demo-accounts.ts';
import { mergePlans, type DemoPlan } from './demo-model.ts';
import { divisionsUnder, ensureLocalVillage } from './demo-places.ts';
import { IdentityIssuer } from './identity.ts';
import { SeededRandom } from './random.ts';
import { JINGU, MATI, planCangxi } from './seed-cangxi.ts';
import { planHuize } from './seed-huize.ts';
import { planMaoming } from './seed-maoming.ts';
import { planWuzhou } from './seed-wuzhou.ts';
import { planGuizhouOrgans } from './guizhou-organs.ts';
import { insertInChunks, writePlan } from './write-demo.ts';
import { seedActivity } from './seed-activity.ts';

type Log = Pick<FastifyBaseLogger, 'info'> | Pick<Console, 'info'>;

export const DEMO_SEED = 'zhucun-demo-v1';
const demoActor: AuditActor = { accountId: null, username: 'demo-loader', requestId: 'demo-load', ip: null };
// The national codes put 罗浮村 in 茂南区羊角镇 (440902108204); the report [000] calls it 电白区罗浮村.
const LUOFU = { code: '440902108204', name: '罗浮村委会' };
const TOWNSHIPS = { dongxi: '510824121000', sanchuan: '510824110000' };

/** The seeds' places, units, cadres, teams and party organizations, drawn from one seeded generator. */
export async function buildDemoPlan(executor: Executor, localVillages: Record<LocalVillageName, string>): Promise<DemoPlan> {
  const random = new SeededRandom(DEMO_SEED);
  const issuer = new IdentityIssuer(random);
  // One after another: a transaction is one connection, which runs one query at a time.
  const gaozhou = await divisionsUnder(executor, '440981', 'village');
  const dianbai = await divisionsUnder(executor, '440904', 'village');
  const huizeVillages = await divisionsUnder(executor, '530326', 'village');
  const huizeTownships = await divisionsUnder(executor, '530326', 'township');
  const maoming = planMaoming(random, issuer, [...gaozhou, ...dianbai], LUOFU);
  const cangxi = planCangxi(random, issuer, { yingming: localVillages.英明村, beian: localVillages.北岸村, loumen: localVillages.楼门村, mati: MATI, jingu: JINGU });
  const huize = planHuize(random, issuer, { villages: huizeVillages, townships: huizeTownships });
  // Drawn last, so the plans before it come out as they did before 梧州 joined.
  const wuzhou = planWuzhou(random, issuer, await divisionsUnder(executor, '4504', 'village'), await divisionsUnder(executor, '4504', 'township'));
  return mergePlans(maoming, cangxi, huize, wuzhou, planGuizhouOrgans(random));
}

function findCadre(plan: DemoPlan, ref: CadreRef, localVillages: Record<LocalVillageName, string>) {
  const village = ref.village in localVillages ? localVillages[ref.village as LocalVillageName] : ref.village;
  const names = new Map(plan.cadres.map((c) => [c.id, c]));
  for (const team of plan.teams) {
    if (!team.villageCodes.includes(village)) continue;
    for (const member of team.members) {
      const cadre = names.get(member.cadreId)!;
      if ((ref.name === undefined || cadre.name === ref.name) && (ref.role === undefined || member.role === ref.role)) return cadre;
    }
  }
  throw new Error(`demo account cadre not found: ${JSON.stringify(ref)}`);
}

/**
 * Fills an empty database with the places, units, cadres and teams the seed reports name,
 * and one account per role and place. Refused in production (config.loadDemo is false there).
 * Everything after the national divisions goes in one transaction: a failed load leaves no half demo.
 */
/**
 * Fills an empty database with the seeds' world; `activity` adds a recent month of work in it
 * (the app does; a test of one seed starts without, so it writes its own month alone).
 */
export async function loadDemoIfEmpty(deps: AppDeps, log: Log = console, options: { activity?: boolean } = {}): Promise<boolean> {
  if (deps.config.env === 'production') throw new Error('Demo data is refused when NODE_ENV=production');
  const [row] = await deps.db.select({ n: count() }).from(accounts);
  if ((row?.n ?? 0) > 0) return false;
  const started = performance.now();
  log.info('empty database: loading demo data');
  await ensureBaseDivisions(deps.db, log);
  // 茂南区 is not among the seed counties the base load carries to the villages.
  await ensureAreaLoaded(deps.db, LUOFU.code);
  const divisionsMs = Math.round(performance.now() - started);
  const passwordHash = await hashPassword(deps.config.demoPassword);
  const counts = await deps.db.transaction(async (tx) => {
    const localVillages: Record<LocalVillageName, string> = {
      英明村: await ensureLocalVillage(tx, demoActor, TOWNSHIPS.dongxi, '英明村'),
      北岸村: await ensureLocalVillage(tx, demoActor, TOWNSHIPS.dongxi, '北岸村'),
      楼门村: await ensureLocalVillage(tx, demoActor, TOWNSHIPS.sanchuan, '楼门村'),
    };
    const plan = await buildDemoPlan(tx, localVillages);
    await writePlan(tx, deps.cipher, plan);
    const unitIds = new Map(plan.units.map((u) => [u.name, u.id]));
    await insertInChunks(
      tx,
      accounts,
      demoAccounts.map((account) => {
        const cadre = account.cadre ? findCadre(plan, account.cadre, localVillages) : undefined;
        const division = account.division && account.division in localVillages ? localVillages[account.division as LocalVillageName] : account.division;
        const unitId = account.unitName ? unitIds.get(account.unitName) : undefined;
        if (account.unitName && !unitId) throw new Error(`demo account unit not found: ${account.unitName}`);
        return {
          username: account.username,
          displayName: account.displayName.replace('{name}', cadre?.name ?? ''),
          passwordHash,
          roles: account.roles,
          scopeDivisionCode: division ?? null,
          scopeUnitId: unitId ?? null,
          cadreId: cadre?.id ?? null,
          isDemo: true,
          mustChangePassword: false,
        };
      }),
    );
    return { units: plan.units.length, cadres: plan.cadres.length, teams: plan.teams.length, partyOrgs: plan.partyOrgs.length, accounts: demoAccounts.length };
  });
  const ms = Math.round(performance.now() - started);
  log.info(`demo data loaded in ${ms} ms (divisions ${divisionsMs} ms): ${JSON.stringify(counts)}`);
  if (options.activity) await seedActivity(deps, log);
  return true;
}
