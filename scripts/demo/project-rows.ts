import type { projectFundSources, projectOutputs, projects, projectVillages } from '../../server/modules/projects/index.ts';
import type { projectAllocations, projectPayments } from '../../server/modules/project-funds/index.ts';
import { outputKinds, type OutputKind } from '../../contracts/project-codes.ts';
import { addDays } from './demo-world.ts';
import { formatCents, splitCents, yuanToCents } from './project-money.ts';
import type { DemoProjectState, ProjectSpec, UnitProjectSpecs } from './project-specs.ts';
import type { SeededRandom } from './random.ts';

export type ProjectRows = {
  projects: (typeof projects.$inferInsert)[];
  villages: (typeof projectVillages.$inferInsert)[];
  sources: (typeof projectFundSources.$inferInsert)[];
  outputs: (typeof projectOutputs.$inferInsert)[];
  allocations: (typeof projectAllocations.$inferInsert)[];
  payments: (typeof projectPayments.$inferInsert)[];
  /** Which registered households to list as beneficiaries, found once the households are there. */
  beneficiaries: { projectId: string; divisionCodes: string[]; householders: readonly string[]; measure: string | null }[];
};

export type ProjectContext = {
  unitId: string;
  unitName: string;
  /** Short village name → division code, for the villages the unit's teams serve. */
  villages: ReadonlyMap<string, string>;
  today: string;
  noticeDays: number;
  random: SeededRandom;
};

export function emptyProjectRows(): ProjectRows {
  return { projects: [], villages: [], sources: [], outputs: [], allocations: [], payments: [], beneficiaries: [] };
}

const STATE_RANK: Record<DemoProjectState, number> = { in_progress: 0, completed: 1, accepted: 2, handed_over: 3 };

type Timeline = {
  approvedOn: string;
  noticeEnd: string;
  startedOn: string;
  plannedEnd: string;
  completedOn: string | null;
  acceptedOn: string | null;
  acceptanceNoticeEnd: string | null;
  handedOverOn: string | null;
};

/**
 * The dates a project went through to reach its state: approved and announced, started after the
 * notice, completed, accepted with its own notice, handed over after it. None lies after today.
 */
export function projectTimeline(spec: ProjectSpec, today: string, noticeDays: number): Timeline {
  const startedOn = 'on' in spec.start ? spec.start.on : addDays(today, -spec.start.daysAgo);
  const approvedOn = addDays(startedOn, -(noticeDays + 10));
  const rank = STATE_RANK[spec.state];
  const completedOn = rank >= STATE_RANK.completed ? addDays(startedOn, spec.days) : null;
  const acceptedOn = completedOn && rank >= STATE_RANK.accepted ? addDays(completedOn, 20) : null;
  const acceptanceNoticeEnd = acceptedOn ? addDays(acceptedOn, noticeDays - 1) : null;
  const handedOverOn = acceptanceNoticeEnd && rank >= STATE_RANK.handed_over ? addDays(acceptanceNoticeEnd, 15) : null;
  const timeline = { approvedOn, noticeEnd: addDays(approvedOn, noticeDays - 1), startedOn, plannedEnd: addDays(startedOn, spec.days), completedOn, acceptedOn, acceptanceNoticeEnd, handedOverOn };
  const last = handedOverOn ?? acceptanceNoticeEnd ?? completedOn ?? startedOn;
  if (last > today) throw new Error(`demo project ${spec.name} would be ${spec.state} only on ${last}, after ${today}`);
  return timeline;
}

function unitOf(kind: OutputKind, written: string | undefined): string {
  if (written) return written;
  const unit = /（(.+)）/.exec(outputKinds.labels[kind].zh)?.[1];
  if (!unit) throw new Error(`output ${kind} needs a written unit`);
  return unit;
}

// Payments as cumulative shares of each source, in basis points: advance, progress, settlement after
// acceptance (3% retained as warranty money), the retention released at hand-over.
type Instalment = { upTo: number; purpose: string; on: (t: Timeline, days: number) => string | null };
const INSTALMENTS: Record<DemoProjectState, Instalment[]> = (() => {
  const advance: Instalment = { upTo: 3000, purpose: '工程预付款', on: (t) => addDays(t.startedOn, 7) };
  const progress: Instalment = { upTo: 7000, purpose: '工程进度款', on: (t, days) => addDays(t.startedOn, Math.floor(days / 2)) };
  const settlement: Instalment = { upTo: 9700, purpose: '竣工结算款（预留3%质保金）', on: (t) => t.acceptedOn && addDays(t.acceptedOn, 10) };
  const retention: Instalment = { upTo: 10_000, purpose: '质保金', on: (t) => t.handedOverOn };
  return { in_progress: [advance], completed: [advance, progress], accepted: [advance, progress, settlement], handed_over: [advance, progress, settlement, retention] };
})();

/** Whole yuan of the cumulative share, so each instalment is a round figure and the last one exact. */
function cumulativeCents(amount: number, basisPoints: number): number {
  if (basisPoints === 10_000) return amount;
  return Math.floor((amount * basisPoints) / 10_000 / 100) * 100;
}

/** Every row of one unit's projects; the amounts of the sources make up each budget to the cent. */
export function buildUnitProjects(specs: UnitProjectSpecs, context: ProjectContext, rows: ProjectRows = emptyProjectRows()): ProjectRows {
  const { random, today, noticeDays } = context;
  let document = 0;
  let voucher = 0;
  for (const spec of specs.projects) {
    const codes = spec.villages.map((name) => {
      const code = context.villages.get(name);
      if (!code) throw new Error(`${context.unitName} serves no village named ${name}`);
      return code;
    });
    const divisionCode = codes[0]!;
    const t = projectTimeline(spec, today, noticeDays);
    const projectId = random.uuid();
    const budget = yuanToCents(spec.budget);
    const done = STATE_RANK[spec.state] >= STATE_RANK.completed;
    const proposedAt = new Date(`${addDays(t.approvedOn, -30)}T09:00:00+08:00`);
    rows.projects.push({
      id: projectId,
      name: spec.name,
      divisionCode,
      category: spec.category,
      responsibleEntity: spec.responsibleEntity,
      proposerUnitId: context.unitId,
      description: spec.description,
      budget: formatCents(budget),
      approvedBudget: formatCents(budget),
      state: spec.state,
      plannedStart: t.startedOn,
      plannedEnd: t.plannedEnd,
      noticeStart: t.approvedOn,
      noticeEnd: t.noticeEnd,
      startedOn: t.startedOn,
      completedOn: t.completedOn,
      acceptanceNoticeStart: t.acceptedOn,
      acceptanceNoticeEnd: t.acceptanceNoticeEnd,
      acceptedOn: t.acceptedOn,
      handedOverOn: t.handedOverOn,
      beneficiaryHouseholds: spec.households,
      beneficiaryPersons: spec.persons,
      createdAt: proposedAt,
      updatedAt: new Date(`${t.handedOverOn ?? t.acceptedOn ?? t.completedOn ?? t.startedOn}T17:00:00+08:00`),
    });
    for (const code of codes) rows.villages.push({ projectId, divisionCode: code });
    if (spec.beneficiaries) rows.beneficiaries.push({ projectId, divisionCodes: codes, householders: spec.beneficiaries.householders ?? [], measure: spec.beneficiaries.measure ?? null });
    for (const output of spec.outputs) {
      const planned = output.planned.toFixed(2);
      rows.outputs.push({ id: random.uuid(), projectId, kind: output.kind, unit: unitOf(output.kind, output.unit), planned, actual: done ? planned : null });
    }

    const amounts = splitCents(budget, spec.sources.map((s) => s.weight));
    spec.sources.forEach((source, index) => {
      const amount = amounts[index]!;
      const fundSourceId = random.uuid();
      const funder = source.kind === 'unit' ? context.unitName : source.funder;
      if (!funder) throw new Error(`${spec.name}: a ${source.kind} source needs its funder`);
      rows.sources.push({ id: fundSourceId, projectId, kind: source.kind, funder, unitId: source.kind === 'unit' ? context.unitId : null, amount: formatCents(amount) });
      const allocatedOn = addDays(t.noticeEnd, 1);
      document += 1;
      rows.allocations.push({
        id: random.uuid(), projectId, fundSourceId, divisionCode, allocatedOn, amount: formatCents(amount),
        document: source.kind === 'fiscal' ? `${specs.documentPrefix}〔${allocatedOn.slice(0, 4)}〕${100 + document}号` : `${funder}帮扶资金到账通知`,
      });
      let paid = 0;
      for (const instalment of INSTALMENTS[spec.state]) {
        const paidOn = instalment.on(t, spec.days);
        const upTo = cumulativeCents(amount, instalment.upTo);
        if (!paidOn || paidOn > today || upTo <= paid) continue;
        voucher += 1;
        rows.payments.push({
          id: random.uuid(), projectId, fundSourceId, divisionCode, paidOn, amount: formatCents(upTo - paid),
          payee: spec.payee, purpose: instalment.purpose, voucherNo: `${paidOn.slice(0, 4)}-${String(voucher).padStart(4, '0')}`,
        });
        paid = upTo;
      }
    });
  }
  return rows;
}
