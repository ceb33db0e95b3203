import { and, eq, inArray } from 'drizzle-orm';
import { workflowInstances, workflowSteps } from '../../server/platform/workflow/workflow.schema.ts';
import { accounts } from '../../server/platform/auth/auth.schema.ts';
import { partyOrgs } from '../../server/modules/party-orgs/index.ts';
import { temporaryBranchWorkflow } from '../../server/modules/party-orgs/temporary-branches.workflow.ts';
import type { DemoWorld } from './demo-world.ts';

const at = (day: string, hour: number) => new Date(`${day}T${String(hour).padStart(2, '0')}:30:00+08:00`);

type History = { branch: string; submittedBy: string; submittedOn: string; approvedBy: string; approvedOn: string; comment: string };

/**
 * How the two demo branches came to be [000][004]: asked for by the team's leader or secretary, approved
 * by the organization department of the place (属地管理) — Maoming's by the city, Cangxi's by the county.
 */
const histories: History[] = [
  {
    branch: '茂名市新时期精准扶贫精准脱贫省直中直驻村临时党支部',
    submittedBy: 'changliu-leader',
    submittedOn: '2016-11-10',
    approvedBy: 'maoming-city',
    approvedOn: '2016-11-18',
    comment: '同意成立。支部委员会由驻村党建扶贫工作交流座谈会全票选举产生，请按期开展组织生活',
  },
  {
    branch: '苍溪县应急管理局驻村工作队临时党支部',
    submittedBy: 'cangxi-branch',
    submittedOn: '2019-04-10',
    approvedBy: 'cangxi-org',
    approvedOn: '2019-04-10',
    comment: '同意把支部建在驻村工作队上，落实“六个一”要求',
  },
];

/** Writes each branch's approval history once; answers how many were written (0 on a second run). */
export async function seedTemporaryBranches(world: DemoWorld): Promise<number> {
  const db = world.deps.db;
  const usernames = histories.flatMap((h) => [h.submittedBy, h.approvedBy]);
  const people = new Map(
    (await db.select({ id: accounts.id, username: accounts.username, displayName: accounts.displayName, roles: accounts.roles, cadreId: accounts.cadreId }).from(accounts).where(inArray(accounts.username, usernames))).map(
      (a) => [a.username, a],
    ),
  );
  let written = 0;
  for (const history of histories) {
    const [branch] = await db.select().from(partyOrgs).where(and(eq(partyOrgs.name, history.branch), eq(partyOrgs.kind, 'temporary_branch')));
    const applicant = people.get(history.submittedBy);
    const approver = people.get(history.approvedBy);
    if (!branch || !applicant || !approver) continue;
    const [existing] = await db
      .select({ id: workflowInstances.id })
      .from(workflowInstances)
      .where(and(eq(workflowInstances.kind, temporaryBranchWorkflow.kind), eq(workflowInstances.subjectId, branch.id)));
    if (existing) continue;
    await db.transaction(async (tx) => {
      const [instance] = await tx
        .insert(workflowInstances)
        .values({
          kind: temporaryBranchWorkflow.kind,
          subjectId: branch.id,
          state: 'approved',
          title: `临时党支部成立审批：${branch.name}`,
          divisionCode: branch.divisionCode,
          applicantAccountId: applicant.id,
          applicantCadreId: applicant.cadreId,
          link: `/temporary-branches/${branch.id}`,
          data: { approvalLevel: branch.approvalLevel },
          closedAt: at(history.approvedOn, 15),
          createdAt: at(history.submittedOn, 9),
          updatedAt: at(history.approvedOn, 15),
        })
        .returning();
      await tx.insert(workflowSteps).values([
        {
          instanceId: instance!.id,
          action: 'submit',
          fromState: null,
          toState: 'submitted',
          actorAccountId: applicant.id,
          actorName: applicant.displayName,
          actorRole: applicant.roles[0] ?? null,
          comment: branch.note,
          at: at(history.submittedOn, 9),
        },
        {
          instanceId: instance!.id,
          action: 'approve',
          fromState: 'submitted',
          toState: 'approved',
          actorAccountId: approver.id,
          actorName: approver.displayName,
          actorRole: approver.roles[0] ?? null,
          comment: history.comment,
          at: at(history.approvedOn, 15),
        },
      ]);
    });
    written += 1;
  }
  return written;
}
