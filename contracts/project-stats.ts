import { z } from 'zod';
import { divisionCodeSchema } from './common.ts';
import { fundSourceKinds, outputKinds, projectCategories } from './project-codes.ts';
import { projectStateLabels, projectStates } from './projects.ts';
import { serviceRequestStateLabels, serviceRequestStates } from './service-requests.ts';
import { contributionKinds, donationForms } from './social-codes.ts';

/** The region (default: the caller's own; the whole country for a national or a unit-only account). */
export const projectStatsQuery = z.object({ divisionCode: divisionCodeSchema.optional() });
export type ProjectStatsQuery = z.infer<typeof projectStatsQuery>;

/** By backing unit within a region; one unit when `unitId` is given (a unit's own account sees only its own). */
export const projectUnitStatsQuery = z.object({
  divisionCode: divisionCodeSchema.optional(),
  unitId: z.string().uuid({ message: '单位标识格式不正确' }).optional(),
});
export type ProjectUnitStatsQuery = z.infer<typeof projectUnitStatsQuery>;

/** Amounts travel as numeric strings ("1234.56"), as everywhere money goes. */
const amount = z.string();

const projectCount = z.object({ projects: z.number().int(), budget: amount });
export type ProjectCount = z.infer<typeof projectCount>;

const funds = z.object({ budgeted: amount, allocated: amount, paid: amount });
export type FundFigures = z.infer<typeof funds>;

/** One output summed over projects: outputs add up only within one kind and one unit of measure. */
export const outputSum = z.object({ kind: z.enum(outputKinds.codes), unit: z.string(), planned: z.string(), actual: z.string() });
export type OutputSum = z.infer<typeof outputSum>;

const valued = z.object({ count: z.number().int(), value: amount });
export type Valued = z.infer<typeof valued>;

export const projectStatsFigures = z.object({
  projects: z.number().int(),
  /** What the projects asked for, and what was approved (adjustments included). */
  budget: amount,
  approvedBudget: amount,
  byState: z.record(z.enum(projectStates), projectCount),
  byCategory: z.record(z.enum(projectCategories.codes), projectCount),
  /** By source kind: the sources' amounts (budgeted), the money allocated to them and paid out of them. */
  funds: z.record(z.enum(fundSourceKinds.codes), funds),
  fundsTotal: funds,
  outputs: z.array(outputSum),
  beneficiaryHouseholds: z.number().int(),
  beneficiaryPersons: z.number().int(),
  donations: z.record(z.enum(donationForms.codes), valued),
  enterpriseContributions: z.record(z.enum(contributionKinds.codes), valued),
  /** People given a job by paired enterprises. */
  enterpriseJobs: z.string(),
  advisorSupports: z.record(z.enum(contributionKinds.codes), valued),
  serviceRequests: z.record(z.enum(serviceRequestStates), z.number().int()),
  assets: valued,
  shares: valued,
  dividends: valued,
});
export type ProjectStatsFigures = z.infer<typeof projectStatsFigures>;

export const projectStatsRow = projectStatsFigures.extend({
  divisionCode: z.string(),
  name: z.string(),
  own: z.boolean(),
  drillable: z.boolean(),
});
export type ProjectStatsRow = z.infer<typeof projectStatsRow>;

const place = z.object({ code: z.string(), name: z.string() });

export const projectStats = z.object({
  /** null for the whole country. */
  divisionCode: z.string().nullable(),
  name: z.string(),
  /** From the caller's own level down to this region; a code '' stands for the whole country. */
  path: z.array(place),
  rows: z.array(projectStatsRow),
  total: projectStatsFigures,
});
export type ProjectStats = z.infer<typeof projectStats>;

export const projectUnitStatsRow = z.object({
  unitId: z.string(),
  name: z.string(),
  projects: z.number().int(),
  villages: z.number().int(),
  categories: z.number().int(),
  budget: amount,
  approvedBudget: amount,
  /** What the unit's own sources put into the projects. */
  unitFunds: amount,
  allocated: amount,
  paid: amount,
  outputs: z.array(outputSum),
  beneficiaryHouseholds: z.number().int(),
  beneficiaryPersons: z.number().int(),
});
export type ProjectUnitStatsRow = z.infer<typeof projectUnitStatsRow>;

export const projectUnitStats = z.object({
  divisionCode: z.string().nullable(),
  name: z.string(),
  rows: z.array(projectUnitStatsRow),
});
export type ProjectUnitStats = z.infer<typeof projectUnitStats>;

type Scalar = 'projects' | 'budget' | 'approvedBudget' | 'beneficiaryHouseholds' | 'beneficiaryPersons';

/** The headline columns of the division table and its sheet, in order. */
export const projectStatsColumns: { key: Scalar; zh: string; en: string; money: boolean }[] = [
  { key: 'projects', zh: '项目数', en: 'Projects', money: false },
  { key: 'budget', zh: '申报预算（元）', en: 'Budget (yuan)', money: true },
  { key: 'approvedBudget', zh: '批复预算（元）', en: 'Approved (yuan)', money: true },
  { key: 'beneficiaryHouseholds', zh: '受益户数', en: 'Beneficiary households', money: false },
  { key: 'beneficiaryPersons', zh: '受益人数', en: 'Beneficiary persons', money: false },
];

type Label = { zh: string; en: string };

/** One column of a section: a count, an amount of money (yuan) or a quantity. */
export type StatsColumn = { key: string; label: Label; kind: 'count' | 'money' | 'quantity'; value: (f: ProjectStatsFigures) => number | string };

export type StatsSection = { key: 'overview' | 'states' | 'categories' | 'funds' | 'outputs' | 'social'; label: Label; columns: StatsColumn[] };

const money = (key: string, label: Label, value: (f: ProjectStatsFigures) => string): StatsColumn => ({ key, label, kind: 'money', value });
const count = (key: string, label: Label, value: (f: ProjectStatsFigures) => number): StatsColumn => ({ key, label, kind: 'count', value });
const suffixed = (label: Label, zh: string, en: string): Label => ({ zh: `${label.zh}${zh}`, en: `${label.en} ${en}` });

function valuedColumns<K extends string>(prefix: Label, codes: readonly K[], labels: Record<K, Label>, pick: (f: ProjectStatsFigures) => Record<K, Valued>): StatsColumn[] {
  return codes.flatMap((k) => [
    count(`${prefix.en}.${k}.count`, suffixed({ zh: `${prefix.zh}${labels[k].zh}`, en: `${prefix.en} ${labels[k].en}` }, '（笔）', '(entries)'), (f) => pick(f)[k].count),
    money(`${prefix.en}.${k}.value`, suffixed({ zh: `${prefix.zh}${labels[k].zh}`, en: `${prefix.en} ${labels[k].en}` }, '（元）', '(yuan)'), (f) => pick(f)[k].value),
  ]);
}

/**
 * The sections of the table and the sheet, in order; the outputs' columns are those found in
 * `outputs` (the total's), one planned and one actual per kind and unit of measure.
 */
export function projectStatsSections(outputs: readonly OutputSum[]): StatsSection[] {
  const outputLabel = (o: OutputSum): Label => (o.kind === 'other' ? { zh: `其他（${o.unit}）`, en: `Other (${o.unit})` } : outputKinds.labels[o.kind]);
  const outputValue = (o: OutputSum, field: 'planned' | 'actual') => (f: ProjectStatsFigures) =>
    f.outputs.find((x) => x.kind === o.kind && x.unit === o.unit)?.[field] ?? '0.00';
  return [
    {
      key: 'overview',
      label: { zh: '概况', en: 'Overview' },
      columns: projectStatsColumns.map((c) => ({ key: c.key, label: { zh: c.zh, en: c.en }, kind: c.money ? 'money' : 'count', value: (f: ProjectStatsFigures) => f[c.key] })),
    },
    {
      key: 'states',
      label: { zh: '按项目状态', en: 'By state' },
      columns: projectStates.map((s) => count(`state.${s}`, projectStateLabels[s], (f) => f.byState[s].projects)),
    },
    {
      key: 'categories',
      label: { zh: '按项目类别', en: 'By category' },
      columns: projectCategories.codes.flatMap((c) => [
        count(`category.${c}.projects`, suffixed(projectCategories.labels[c], '（个）', '(projects)'), (f) => f.byCategory[c].projects),
        money(`category.${c}.budget`, suffixed(projectCategories.labels[c], '（元）', '(yuan)'), (f) => f.byCategory[c].budget),
      ]),
    },
    {
      key: 'funds',
      label: { zh: '资金来源', en: 'Funds by source' },
      columns: [...fundSourceKinds.codes, 'total' as const].flatMap((k) => {
        const label = k === 'total' ? { zh: '合计', en: 'All sources' } : fundSourceKinds.labels[k];
        const pick = (f: ProjectStatsFigures) => (k === 'total' ? f.fundsTotal : f.funds[k]);
        return [
          money(`funds.${k}.budgeted`, suffixed(label, '-计划', 'budgeted'), (f) => pick(f).budgeted),
          money(`funds.${k}.allocated`, suffixed(label, '-下达', 'allocated'), (f) => pick(f).allocated),
          money(`funds.${k}.paid`, suffixed(label, '-拨付', 'paid'), (f) => pick(f).paid),
        ];
      }),
    },
    {
      key: 'outputs',
      label: { zh: '项目产出', en: 'Outputs' },
      columns: outputs.flatMap((o) => [
        { key: `output.${o.kind}.${o.unit}.planned`, label: suffixed(outputLabel(o), '-计划', 'planned'), kind: 'quantity' as const, value: outputValue(o, 'planned') },
        { key: `output.${o.kind}.${o.unit}.actual`, label: suffixed(outputLabel(o), '-完成', 'done'), kind: 'quantity' as const, value: outputValue(o, 'actual') },
      ]),
    },
    {
      key: 'social',
      label: { zh: '社会帮扶与资产收益', en: 'Social support and asset income' },
      columns: [
        ...valuedColumns({ zh: '捐赠-', en: 'Donations' }, donationForms.codes, donationForms.labels, (f) => f.donations),
        ...valuedColumns({ zh: '企业-', en: 'Enterprises' }, contributionKinds.codes, contributionKinds.labels, (f) => f.enterpriseContributions),
        { key: 'enterpriseJobs', label: { zh: '企业提供就业（人）', en: 'Jobs from enterprises (people)' }, kind: 'quantity', value: (f) => f.enterpriseJobs },
        ...valuedColumns({ zh: '顾问-', en: 'Advisors' }, contributionKinds.codes, contributionKinds.labels, (f) => f.advisorSupports),
        ...serviceRequestStates.map((s) => count(`serviceRequest.${s}`, { zh: `代办-${serviceRequestStateLabels[s].zh}`, en: `Service requests ${serviceRequestStateLabels[s].en}` }, (f) => f.serviceRequests[s])),
        count('assets.count', { zh: '项目资产（项）', en: 'Assets' }, (f) => f.assets.count),
        money('assets.value', { zh: '项目资产（元）', en: 'Assets (yuan)' }, (f) => f.assets.value),
        money('shares.value', { zh: '入股金额（元）', en: 'Shares (yuan)' }, (f) => f.shares.value),
        count('dividends.count', { zh: '分红（笔）', en: 'Dividends (payments)' }, (f) => f.dividends.count),
        money('dividends.value', { zh: '分红金额（元）', en: 'Dividends (yuan)' }, (f) => f.dividends.value),
      ],
    },
  ];
}
