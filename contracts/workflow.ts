import { z } from 'zod';

/** One step of an approval's history, with the labels already in the caller's language. */
export const workflowStepView = z.object({
  action: z.string(),
  actionLabel: z.string(),
  fromState: z.string().nullable(),
  toState: z.string(),
  toStateLabel: z.string(),
  actorName: z.string().nullable(),
  actorRole: z.string().nullable(),
  comment: z.string().nullable(),
  at: z.string(),
});

export const workflowView = z.object({
  id: z.string(),
  kind: z.string(),
  state: z.string(),
  stateLabel: z.string(),
  assigneeRole: z.string().nullable(),
  dueAt: z.string().nullable(),
  /** A running 公示: the next step may not be taken before this moment. */
  waitsUntil: z.string().nullable(),
  closed: z.boolean(),
  steps: z.array(workflowStepView),
  /** What the caller may do now; the server checks again when it is done. */
  actions: z.array(z.object({ action: z.string(), label: z.string(), reasonRequired: z.boolean() })),
});
export type WorkflowView = z.infer<typeof workflowView>;
export type WorkflowStepView = z.infer<typeof workflowStepView>;

export const workflowActionBody = z.object({
  action: z.string().min(1),
  comment: z.string().trim().max(1000, { message: '意见不超过 1000 字' }).optional(),
});
export type WorkflowActionBody = z.infer<typeof workflowActionBody>;
