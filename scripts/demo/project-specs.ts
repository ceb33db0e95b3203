import type { FundSourceKind, OutputKind, ProjectCategory } from '../../contracts/project-codes.ts';
import type { ProjectState } from '../../contracts/projects.ts';

/** The demo writes projects only in states no one has to act on again soon; the rest go through the workflow. */
export type DemoProjectState = Extract<ProjectState, 'in_progress' | 'completed' | 'accepted' | 'handed_over'>;

/** A fixed day for the seeds' history, or a number of days before the demo's today for work still running. */
export type DemoStart = { on: string } | { daysAgo: number };

/** `funder` is left out for `unit` sources: the backing unit itself pays. */
export type SourceSpec = { kind: FundSourceKind; funder?: string; weight: number };

/** `unit` only for `other` outputs; the code list's unit otherwise. */
export type OutputSpec = { kind: OutputKind; planned: number; unit?: string };

export type ProjectSpec = {
  name: string;
  /** Short village names (布卡村); the first is the project's place. */
  villages: readonly string[];
  category: ProjectCategory;
  responsibleEntity: string;
  /** Yuan; the approved budget too, as no adjustment has been made. */
  budget: number;
  state: DemoProjectState;
  start: DemoStart;
  /** How long the works ran, in days. */
  days: number;
  sources: readonly SourceSpec[];
  outputs: readonly OutputSpec[];
  households: number;
  persons: number;
  description: string;
  payee: string;
  /** Registered households of the project's villages to list as its beneficiaries, where the demo has them. */
  beneficiaries?: { householders?: readonly string[]; measure?: string };
};

export type UnitProjectSpecs = {
  /** units.name of the backing unit: it proposes the projects and funds its `unit` sources. */
  unit: string;
  /** The county finance office's document prefix, e.g. 会财农 for 会泽县财政局's agricultural funds. */
  documentPrefix: string;
  projects: readonly ProjectSpec[];
};
