// The arithmetic of the project statistics, pure so the tests pin it to the cent without a database.
import { centsToMoney, toCents } from '../../../contracts/money.ts';
import { fundSourceKinds, outputKinds, projectCategories } from '../../../contracts/project-codes.ts';
import { projectStates } from '../../../contracts/projects.ts';
import { serviceRequestStates } from '../../../contracts/service-requests.ts';
import { contributionKinds, donationForms } from '../../../contracts/social-codes.ts';
import type { FundFigures, OutputSum, ProjectCount, ProjectStatsFigures, Valued } from '../../../contracts/project-stats.ts';
import { emptyCounted, type Counted } from './project-stats.counted.ts';

/** Significant prefix lengths of a division code, province down to village. */
const levels = [2, 4, 6, 9, 12] as const;

/** The prefix length naming a child of a region (the country → provinces, township → villages); null under a village. */
export function childPrefixLength(prefixLength: number | null): number | null {
  if (prefixLength === null) return 2;
  return levels.find((l) => l > prefixLength) ?? null;
}

/** The regions from the caller's own prefix down to `prefix`, each as a 12-digit code, for the breadcrumb. */
export function pathCodes(scopePrefix: string | null, prefix: string): string[] {
  const start = scopePrefix?.length ?? 0;
  return levels.filter((l) => l >= start && l <= prefix.length).map((l) => prefix.slice(0, l).padEnd(12, '0'));
}

/** Adds amounts written as numeric strings in integer cents, so a column adds up to the cent. */
export function addMoney(...values: readonly string[]): string {
  return centsToMoney(values.reduce((total, value) => total + toCents(value), 0));
}

const noValue = (): Valued => ({ count: 0, value: '0.00' });
const noFunds = (): FundFigures => ({ budgeted: '0.00', allocated: '0.00', paid: '0.00' });

function filled<K extends string, V>(codes: readonly K[], found: Partial<Record<string, V>>, zero: () => V): Record<K, V> {
  return Object.fromEntries(codes.map((c) => [c, found[c] ?? zero()])) as Record<K, V>;
}

const addCount = (a: ProjectCount, b: ProjectCount): ProjectCount => ({ projects: a.projects + b.projects, budget: addMoney(a.budget, b.budget) });
const addValued = (a: Valued, b: Valued): Valued => ({ count: a.count + b.count, value: addMoney(a.value, b.value) });
const addFunds = (a: FundFigures, b: FundFigures): FundFigures => ({
  budgeted: addMoney(a.budgeted, b.budgeted),
  allocated: addMoney(a.allocated, b.allocated),
  paid: addMoney(a.paid, b.paid),
});

const outputOrder = new Map<string, number>(outputKinds.codes.map((code, index) => [code, index]));

/** Outputs summed per kind and unit of measure, in the code list's order (then by unit). */
export function mergeOutputs(...lists: readonly (readonly OutputSum[])[]): OutputSum[] {
  const merged = new Map<string, OutputSum>();
  for (const output of lists.flat()) {
    const key = `${output.kind}\u0000${output.unit}`;
    const seen = merged.get(key);
    merged.set(key, seen ? { ...seen, planned: addMoney(seen.planned, output.planned), actual: addMoney(seen.actual, output.actual) } : { ...output });
  }
  return [...merged.values()].sort((a, b) => (outputOrder.get(a.kind) ?? 99) - (outputOrder.get(b.kind) ?? 99) || a.unit.localeCompare(b.unit));
}

/** The figures of one region from its counts: every code present, the project total from the states. */
export function figuresOf(counted: Counted | undefined): ProjectStatsFigures {
  const c = counted ?? emptyCounted();
  const byState = filled(projectStates, c.byState, () => ({ projects: 0, budget: '0.00' }));
  const states = Object.values<ProjectCount>(byState);
  const funds = filled(fundSourceKinds.codes, c.funds, noFunds);
  return {
    projects: states.reduce((n, s) => n + s.projects, 0),
    budget: addMoney(...states.map((s) => s.budget)),
    approvedBudget: c.approvedBudget,
    byState,
    byCategory: filled(projectCategories.codes, c.byCategory, () => ({ projects: 0, budget: '0.00' })),
    funds,
    fundsTotal: Object.values<FundFigures>(funds).reduce(addFunds, noFunds()),
    outputs: mergeOutputs(c.outputs),
    beneficiaryHouseholds: c.beneficiaryHouseholds,
    beneficiaryPersons: c.beneficiaryPersons,
    donations: filled(donationForms.codes, c.donations, noValue),
    enterpriseContributions: filled(contributionKinds.codes, c.enterpriseContributions, noValue),
    enterpriseJobs: c.enterpriseJobs,
    advisorSupports: filled(contributionKinds.codes, c.advisorSupports, noValue),
    serviceRequests: filled(serviceRequestStates, c.serviceRequests, () => 0),
    assets: c.assets,
    shares: c.shares,
    dividends: c.dividends,
  };
}

function addRecords<K extends string, V>(a: Record<K, V>, b: Record<K, V>, add: (x: V, y: V) => V): Record<K, V> {
  return Object.fromEntries((Object.keys(a) as K[]).map((k) => [k, add(a[k], b[k])])) as Record<K, V>;
}

/** Two regions' figures together; the rows of a region add up to its total this way. */
export function addFigures(a: ProjectStatsFigures, b: ProjectStatsFigures): ProjectStatsFigures {
  return {
    projects: a.projects + b.projects,
    budget: addMoney(a.budget, b.budget),
    approvedBudget: addMoney(a.approvedBudget, b.approvedBudget),
    byState: addRecords(a.byState, b.byState, addCount),
    byCategory: addRecords(a.byCategory, b.byCategory, addCount),
    funds: addRecords(a.funds, b.funds, addFunds),
    fundsTotal: addFunds(a.fundsTotal, b.fundsTotal),
    outputs: mergeOutputs(a.outputs, b.outputs),
    beneficiaryHouseholds: a.beneficiaryHouseholds + b.beneficiaryHouseholds,
    beneficiaryPersons: a.beneficiaryPersons + b.beneficiaryPersons,
    donations: addRecords(a.donations, b.donations, addValued),
    enterpriseContributions: addRecords(a.enterpriseContributions, b.enterpriseContributions, addValued),
    enterpriseJobs: addMoney(a.enterpriseJobs, b.enterpriseJobs),
    advisorSupports: addRecords(a.advisorSupports, b.advisorSupports, addValued),
    serviceRequests: addRecords(a.serviceRequests, b.serviceRequests, (x, y) => x + y),
    assets: addValued(a.assets, b.assets),
    shares: addValued(a.shares, b.shares),
    dividends: addValued(a.dividends, b.dividends),
  };
}

export function totalOf(rows: readonly ProjectStatsFigures[]): ProjectStatsFigures {
  return rows.reduce(addFigures, figuresOf(undefined));
}
