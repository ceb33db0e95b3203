import { eq } from 'drizzle-orm';
import type { AppDeps, Ctx } from '../../server/platform/http/context.ts';
import { accounts } from '../../server/platform/auth/auth.schema.ts';
import { principalOf } from '../../server/platform/auth/auth.service.ts';
import { SeededRandom } from './random.ts';

/**
 * What the activity seeds (a month of leave, check-ins, inspections, reports…) work with: the
 * services themselves, called as the demo accounts, so the month they write is one the rules allow.
 */
export type DemoWorld = {
  deps: AppDeps;
  /** The day the demo month ends on (today); the month before it is filled with activity. */
  today: string;
  random: SeededRandom;
  /** A service context acting as the named demo account. */
  as: (username: string) => Promise<Ctx>;
};

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return isoDay(date);
}

export function createDemoWorld(deps: AppDeps, today = isoDay(new Date())): DemoWorld {
  const cache = new Map<string, Ctx>();
  return {
    deps,
    today,
    random: new SeededRandom(`zhucun-activity-${today.slice(0, 7)}`),
    as: async (username) => {
      const known = cache.get(username);
      if (known) return known;
      const [account] = await deps.db.select().from(accounts).where(eq(accounts.username, username));
      if (!account) throw new Error(`demo account not found: ${username}`);
      const ctx: Ctx = {
        db: deps.db,
        principal: principalOf(deps, account),
        actor: { accountId: account.id, username: account.username, requestId: 'demo-activity', ip: null },
        locale: 'zh-CN',
        deps,
      };
      cache.set(username, ctx);
      return ctx;
    },
  };
}
