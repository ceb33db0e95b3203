import { count } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { AppDeps } from '../../server/platform/http/context.ts';
import { accounts } from '../../server/platform/auth/auth.schema.ts';
import { demoAccounts } from './demo-accounts.ts';
import { hashPassword } from '../../server/platform/auth/passwords.ts';

/**
 * Fills an empty database with the places, units, cadres and teams the seed reports name,
 * and one account per role and place. Refused in production (config.loadDemo is false there).
 */
export async function loadDemoIfEmpty(deps: AppDeps, log: FastifyBaseLogger | Console = console): Promise<boolean> {
  if (deps.config.env === 'production') throw new Error('Demo data is refused when NODE_ENV=production');
  const [row] = await deps.db.select({ n: count() }).from(accounts);
  if ((row?.n ?? 0) > 0) return false;
  log.info('empty database: loading demo data');
  const passwordHash = await hashPassword(deps.config.demoPassword);
  await deps.db.transaction(async (tx) => {
    for (const account of demoAccounts) {
      await tx.insert(accounts).values({
        username: account.username,
        displayName: account.displayName,
        passwordHash,
        roles: account.roles,
        scopeDivisionCode: account.division ?? null,
        isDemo: true,
        mustChangePassword: false,
      });
    }
  });
  log.info('demo data loaded');
  return true;
}
