import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, divisionCode, id, updatedAt } from '../db/columns.ts';

/**
 * One approval in flight or decided, whatever it approves (leave, a nomination, a rectification…).
 * `assigneeRole` + the place columns say whose to-do list holds it now; the module keeps its own
 * record and points here through `subjectId`.
 */
export const workflowInstances = pgTable(
  'workflow_instances',
  {
    id: id(),
    kind: text('kind').notNull(),
    subjectId: uuid('subject_id').notNull(),
    state: text('state').notNull(),
    title: text('title').notNull(),
    // Where the item belongs: the assignee must hold this place (or the unit) in scope.
    divisionCode: divisionCode().notNull(),
    unitId: uuid('unit_id'),
    assigneeRole: text('assignee_role'),
    // When the assignee is one person (the applicant after a return, a team leader) rather than a role.
    assigneeAccountId: uuid('assignee_account_id'),
    applicantAccountId: uuid('applicant_account_id'),
    applicantCadreId: uuid('applicant_cadre_id'),
    dueAt: timestamp('due_at', { withTimezone: true }),
    // A step that must wait (a 公示 running its full length) leaves the to-do list until then.
    waitsUntil: timestamp('waits_until', { withTimezone: true }),
    link: text('link').notNull(),
    data: jsonb('data'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('workflow_instances_subject_idx').on(t.kind, t.subjectId),
    index('workflow_instances_pending_idx').on(t.assigneeRole, t.divisionCode),
    index('workflow_instances_assignee_account_idx').on(t.assigneeAccountId),
  ],
);

/** Every step taken: who (account and the role they acted in), when, from which state to which, and why. */
export const workflowSteps = pgTable(
  'workflow_steps',
  {
    id: id(),
    instanceId: uuid('instance_id')
      .notNull()
      .references(() => workflowInstances.id, { onDelete: 'cascade' }),
    action: text('action').notNull(),
    fromState: text('from_state'),
    toState: text('to_state').notNull(),
    actorAccountId: uuid('actor_account_id'),
    actorName: text('actor_name'),
    actorRole: text('actor_role'),
    comment: text('comment'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('workflow_steps_instance_idx').on(t.instanceId, t.at)],
);
