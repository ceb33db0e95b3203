import type { Db } from '../../platform/db/client.ts';
import type { AppDeps, Ctx } from '../../platform/http/context.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { advanceWorkflow } from '../../platform/workflow/workflow.ts';
import * as orders from './rectifications.repository.ts';
import { addDays, criticismContent, todayInBeijing } from './inspections.rules.ts';
import { rectificationWorkflow, systemActor, systemPrincipal } from './rectification.workflow.ts';

const BATCH = 200;

/**
 * 通报批评: every order still open or answered after its deadline day becomes overdue and gets one
 * notice, dated the day after the deadline. Idempotent: an overdue order is no longer picked, and
 * the notice is unique per order.
 */
export async function issueOverdueCriticisms(db: Db, today: string): Promise<number> {
  let issued = 0;
  while (await orders.anyPastDeadline(db, today)) {
    const batch = await db.transaction(async (tx) => {
      const due = await orders.lockPastDeadline(tx, today, BATCH);
      let count = 0;
      for (const order of due) {
        if (order.workflowId) {
          await advanceWorkflow(tx, { principal: systemPrincipal(), actor: systemActor }, rectificationWorkflow, order.workflowId, 'expire', {
            comment: `整改期限 ${order.deadline} 已过，未通过验收`,
          });
        }
        await orders.updateRectification(tx, order.id, { state: 'overdue' });
        const issuedOn = addDays(order.deadline, 1);
        const criticism = await orders.insertCriticism(tx, {
          rectificationId: order.id,
          cadreId: order.cadreId,
          teamId: order.teamId,
          divisionCode: order.divisionCode,
          issuedOn,
          year: Number(issuedOn.slice(0, 4)),
          content: criticismContent({ cadreName: order.cadreName ?? '', teamName: order.teamName, inspectedOn: order.inspectedOn, deadline: order.deadline }),
        });
        if (criticism) {
          count += 1;
          await recordAudit(tx, systemActor, {
            action: 'criticisms.issue',
            entityType: 'criticism',
            entityId: criticism.id,
            divisionCode: criticism.divisionCode,
            after: criticism,
          });
        }
      }
      return { picked: due.length, count };
    });
    issued += batch.count;
    // Everything due is locked by a sweep running at once: it will finish them.
    if (batch.picked < BATCH) break;
  }
  return issued;
}

/** Lists and details never show an order as merely late when it has already earned its notice. */
export async function sweepBeforeReading(ctx: Ctx): Promise<void> {
  await issueOverdueCriticisms(ctx.db, todayInBeijing());
}

const HOUR = 3600 * 1000;

/**
 * The sweep at start and every hour, so the to-do lists drop overdue orders even when nobody opens
 * the lists. Not under test (tests sweep by hand); the timers never keep the process alive.
 */
export function scheduleSweep(deps: AppDeps): void {
  if (deps.config.env === 'test') return;
  const run = () => {
    issueOverdueCriticisms(deps.db, todayInBeijing()).catch((error: unknown) => {
      console.error('rectification sweep failed', error);
    });
  };
  setTimeout(run, 5000).unref();
  setInterval(run, HOUR).unref();
}
