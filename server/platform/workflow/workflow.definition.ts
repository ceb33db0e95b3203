import type { Role } from '../access/roles.ts';

export type Label = { zh: string; en: string };

/**
 * Who may take a transition: `assignee` is whoever the item waits for now (a role in the item's
 * place, or one named account); `applicant` the person who started it (his account, or any account
 * of the same cadre); or any of the listed roles whose scope holds the item's place.
 */
export type TransitionActor = 'assignee' | 'applicant' | readonly Role[];

export type TransitionDefinition<S extends string> = {
  from: readonly S[];
  to: S;
  by: TransitionActor;
  label: Label;
  /** Rejecting or returning for revision must say why (architecture.md rule 5). */
  reasonRequired?: boolean;
  /** Who holds the item after this step, unless the service names someone; a final state holds nobody. */
  assignTo?: 'applicant' | Role;
};

export type WorkflowDefinition<S extends string = string, A extends string = string> = {
  kind: string;
  initial: S;
  submitLabel: Label;
  states: Record<S, { label: Label; final?: boolean }>;
  transitions: Record<A, TransitionDefinition<S>>;
};

/** Declares a workflow; checks at load time that every transition names declared states. */
export function defineWorkflow<S extends string, A extends string>(definition: WorkflowDefinition<S, A>): WorkflowDefinition<S, A> {
  const states = new Set(Object.keys(definition.states));
  if (!states.has(definition.initial)) throw new Error(`${definition.kind}: unknown initial state ${definition.initial}`);
  for (const [action, t] of Object.entries(definition.transitions) as [A, TransitionDefinition<S>][]) {
    for (const s of [...t.from, t.to]) {
      if (!states.has(s)) throw new Error(`${definition.kind}.${action}: unknown state ${s}`);
    }
    if (t.from.some((s) => definition.states[s].final)) throw new Error(`${definition.kind}.${action}: leaves a final state`);
  }
  return definition;
}

export function isFinal<S extends string>(definition: WorkflowDefinition<S>, state: string): boolean {
  return Boolean((definition.states as Record<string, { final?: boolean }>)[state]?.final);
}
