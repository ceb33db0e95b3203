import { and, asc, eq, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Executor, Tx } from '../db/client.ts';
import type { Principal } from '../access/permissions.ts';
import type { Role } from '../access/roles.ts';
import { codeInScope, scopeCondition } from '../access/scope.ts';
import type { AuditActor } from '../audit/audit.ts';
import { recordAudit } from '../audit/audit.ts';
import type { Locale } from '../errors/app-error.ts';
import type { WorkflowView } from '../../../contracts/workflow.ts';
import { workflowInstances, workflowSteps } from './workflow.schema.ts';
import { isFinal, type TransitionActor, type WorkflowDefinition } from './workflow.definition.ts';
import { workflowErrors } from './workflow.errors.ts';

export type WorkflowInstance = typeof workflowInstances.$inferSelect;
export type WorkflowStep = typeof workflowSteps.$inferSelect;
export type Assignee = { role: Role } | { accountId: string } | null;
export type Who = { principal: Principal; actor: AuditActor };

type StartInput = {
  subjectId: string;
  title: string;
  divisionCode: string;
  unitId?: string | null;
  assignee: Assignee;
  applicantCadreId?: string | null;
  dueAt?: Date | null;
  link: string;
  data?: unknown;
  comment?: string | null;
};

type AdvanceInput = {
  comment?: string | null | undefined;
  /** Where the item goes next; omitted, it stays with whoever holds it (or nobody once final). */
  assignee?: Assignee;
  dueAt?: Date | null;
  /** When the next step may be taken at the earliest; every step clears the wait of the one before. */
  waitsUntil?: Date | null;
  data?: unknown;
};

function assigneeColumns(assignee: Assignee) {
  if (!assignee) return { assigneeRole: null, assigneeAccountId: null };
  return 'role' in assignee ? { assigneeRole: assignee.role, assigneeAccountId: null } : { assigneeRole: null, assigneeAccountId: assignee.accountId };
}

function holdsPlace(principal: Principal, instance: WorkflowInstance): boolean {
  return codeInScope(principal.scope, instance.divisionCode) || (principal.scope.unitId !== null && principal.scope.unitId === instance.unitId);
}

/** The role in which `principal` may act, or null. */
function actingRole(principal: Principal, instance: WorkflowInstance, by: TransitionActor): string | null {
  // The history names the applicant's own role (驻村队员, 县纪委 for a system step), not "applicant".
  // The applicant is the person: a cadre given a new account still carries on what he started.
  if (by === 'applicant') return isApplicant(principal, instance) ? (principal.roles[0] ?? 'applicant') : null;
  if (by === 'assignee') {
    if (instance.assigneeAccountId) return instance.assigneeAccountId === principal.accountId ? (principal.roles[0] ?? null) : null;
    const role = instance.assigneeRole as Role | null;
    return role && principal.roles.includes(role) && holdsPlace(principal, instance) ? role : null;
  }
  const role = principal.roles.find((r) => by.includes(r));
  return role && holdsPlace(principal, instance) ? role : null;
}

function isApplicant(principal: Principal, instance: WorkflowInstance): boolean {
  return (
    instance.applicantAccountId === principal.accountId ||
    (principal.cadreId !== null && instance.applicantCadreId !== null && principal.cadreId === instance.applicantCadreId)
  );
}

export async function startWorkflow<S extends string, A extends string>(
  tx: Tx,
  who: Who,
  definition: WorkflowDefinition<S, A>,
  input: StartInput,
): Promise<WorkflowInstance> {
  const [instance] = await tx
    .insert(workflowInstances)
    .values({
      kind: definition.kind,
      subjectId: input.subjectId,
      state: definition.initial,
      title: input.title,
      divisionCode: input.divisionCode,
      unitId: input.unitId ?? null,
      ...assigneeColumns(input.assignee),
      applicantAccountId: who.principal.accountId,
      applicantCadreId: input.applicantCadreId ?? null,
      dueAt: input.dueAt ?? null,
      link: input.link,
      data: input.data ?? null,
    })
    .returning();
  await tx.insert(workflowSteps).values({
    instanceId: instance!.id,
    action: 'submit',
    fromState: null,
    toState: definition.initial,
    actorAccountId: who.principal.accountId,
    actorName: who.principal.displayName,
    actorRole: who.principal.roles[0] ?? null,
    comment: input.comment ?? null,
  });
  return instance!;
}

function nextAssignee(instance: WorkflowInstance, assignTo: 'applicant' | Role | undefined, named: Assignee | undefined): Assignee | undefined {
  if (named !== undefined) return named;
  if (assignTo === 'applicant') return instance.applicantAccountId ? { accountId: instance.applicantAccountId } : null;
  if (assignTo) return { role: assignTo };
  if (instance.assigneeAccountId) return { accountId: instance.assigneeAccountId };
  return instance.assigneeRole ? { role: instance.assigneeRole as Role } : null;
}

/**
 * Takes one declared transition: the state must allow it, the caller must be the one it waits
 * for, nobody decides their own request, and reject/return carry a reason. Audited with the step.
 */
export async function advanceWorkflow<S extends string, A extends string>(
  tx: Tx,
  who: Who,
  definition: WorkflowDefinition<S, A>,
  instanceId: string,
  action: string,
  input: AdvanceInput = {},
): Promise<WorkflowInstance> {
  const [instance] = await tx.select().from(workflowInstances).where(eq(workflowInstances.id, instanceId)).for('update');
  if (!instance || instance.kind !== definition.kind) throw workflowErrors.WORKFLOW_CLOSED();
  if (instance.closedAt) throw workflowErrors.WORKFLOW_CLOSED();
  const transition = (definition.transitions as Record<string, (typeof definition.transitions)[A] | undefined>)[action];
  const stateLabel = (definition.states as Record<string, { label: { zh: string } } | undefined>)[instance.state]?.label.zh ?? instance.state;
  if (!transition || !(transition.from as readonly string[]).includes(instance.state)) {
    throw workflowErrors.WORKFLOW_ACTION_NOT_ALLOWED(undefined, { state: stateLabel, action: transition?.label.zh ?? action });
  }
  const role = actingRole(who.principal, instance, transition.by);
  if (!role) throw workflowErrors.WORKFLOW_NOT_ASSIGNEE();
  if (transition.by !== 'applicant' && isApplicant(who.principal, instance)) throw workflowErrors.WORKFLOW_SELF_DECISION();
  const comment = input.comment?.trim() || null;
  if (transition.reasonRequired && !comment) {
    throw workflowErrors.WORKFLOW_REASON_REQUIRED([{ path: 'comment', message: '请填写理由' }]);
  }
  const final = isFinal(definition, transition.to);
  const assignee = final ? assigneeColumns(null) : assigneeColumns(nextAssignee(instance, transition.assignTo, input.assignee) ?? null);
  const [updated] = await tx
    .update(workflowInstances)
    .set({
      state: transition.to,
      ...assignee,
      ...(input.dueAt !== undefined ? { dueAt: input.dueAt } : {}),
      waitsUntil: input.waitsUntil ?? null,
      ...(input.data !== undefined ? { data: input.data } : {}),
      closedAt: final ? sql`now()` : null,
      updatedAt: sql`now()`,
    })
    .where(eq(workflowInstances.id, instanceId))
    .returning();
  await tx.insert(workflowSteps).values({
    instanceId,
    action,
    fromState: instance.state,
    toState: transition.to,
    actorAccountId: who.principal.accountId,
    actorName: who.principal.displayName,
    actorRole: role,
    comment,
  });
  await recordAudit(tx, who.actor, {
    action: `${definition.kind}.${action}`,
    entityType: 'workflow',
    entityId: instanceId,
    divisionCode: instance.divisionCode,
    reason: comment,
    before: { state: instance.state },
    after: { state: transition.to, subjectId: instance.subjectId },
  });
  return updated!;
}

/** The actions `principal` may take on the item now (for the buttons; the server checks again). */
export function availableActions<S extends string, A extends string>(
  principal: Principal,
  definition: WorkflowDefinition<S, A>,
  instance: WorkflowInstance,
): A[] {
  if (instance.closedAt) return [];
  return (Object.entries(definition.transitions) as [A, (typeof definition.transitions)[A]][])
    .filter(([, t]) => (t.from as readonly string[]).includes(instance.state))
    .filter(([, t]) => actingRole(principal, instance, t.by) !== null)
    .filter(([, t]) => t.by === 'applicant' || !isApplicant(principal, instance))
    .map(([action]) => action);
}

export async function findWorkflow(executor: Executor, kind: string, subjectId: string): Promise<WorkflowInstance | undefined> {
  const [row] = await executor
    .select()
    .from(workflowInstances)
    .where(and(eq(workflowInstances.kind, kind), eq(workflowInstances.subjectId, subjectId)));
  return row;
}

export async function findWorkflows(executor: Executor, kind: string, subjectIds: string[]): Promise<WorkflowInstance[]> {
  if (subjectIds.length === 0) return [];
  return executor
    .select()
    .from(workflowInstances)
    .where(and(eq(workflowInstances.kind, kind), inArray(workflowInstances.subjectId, subjectIds)));
}

export function stepsOf(executor: Executor, instanceIds: string[]): Promise<WorkflowStep[]> {
  if (instanceIds.length === 0) return Promise.resolve([]);
  return executor.select().from(workflowSteps).where(inArray(workflowSteps.instanceId, instanceIds)).orderBy(asc(workflowSteps.at), asc(workflowSteps.id));
}

/** The whole history and the caller's possible actions, labelled in the caller's language. */
export async function presentWorkflow<S extends string, A extends string>(
  executor: Executor,
  principal: Principal,
  locale: Locale,
  definition: WorkflowDefinition<S, A>,
  instance: WorkflowInstance,
): Promise<WorkflowView> {
  const lang = locale === 'en' ? 'en' : 'zh';
  const states = definition.states as Record<string, { label: { zh: string; en: string } } | undefined>;
  const transitions = definition.transitions as Record<string, { label: { zh: string; en: string }; reasonRequired?: boolean } | undefined>;
  const steps = await stepsOf(executor, [instance.id]);
  return {
    id: instance.id,
    kind: instance.kind,
    state: instance.state,
    stateLabel: states[instance.state]?.label[lang] ?? instance.state,
    assigneeRole: instance.assigneeRole,
    dueAt: instance.dueAt ? instance.dueAt.toISOString() : null,
    waitsUntil: instance.waitsUntil && !instance.closedAt ? instance.waitsUntil.toISOString() : null,
    closed: instance.closedAt !== null,
    steps: steps.map((s) => ({
      action: s.action,
      actionLabel: s.action === 'submit' ? definition.submitLabel[lang] : (transitions[s.action]?.label[lang] ?? s.action),
      fromState: s.fromState,
      toState: s.toState,
      toStateLabel: states[s.toState]?.label[lang] ?? s.toState,
      actorName: s.actorName,
      actorRole: s.actorRole,
      comment: s.comment,
      at: s.at.toISOString(),
    })),
    actions: availableActions(principal, definition, instance).map((action) => ({
      action,
      label: transitions[action]?.label[lang] ?? action,
      reasonRequired: Boolean(transitions[action]?.reasonRequired),
    })),
  };
}

/** Open items waiting for this account: for one of its roles in its scope, or for it by name. */
export function pendingWorkflows(executor: Executor, principal: Principal, limit = 500): Promise<WorkflowInstance[]> {
  const conditions: SQL[] = [eq(workflowInstances.assigneeAccountId, principal.accountId)];
  if (principal.roles.length > 0) {
    conditions.push(
      and(
        inArray(workflowInstances.assigneeRole, principal.roles),
        scopeCondition(principal.scope, { division: [workflowInstances.divisionCode], unit: [workflowInstances.unitId] }),
      )!,
    );
  }
  return executor
    .select()
    .from(workflowInstances)
    .where(and(isNull(workflowInstances.closedAt), or(...conditions), or(isNull(workflowInstances.waitsUntil), lte(workflowInstances.waitsUntil, sql`now()`))))
    .orderBy(asc(workflowInstances.dueAt), asc(workflowInstances.createdAt))
    .limit(limit);
}
