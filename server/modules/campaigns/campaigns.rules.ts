import type { FieldError } from '../../platform/errors/app-error.ts';
import type { AssessmentFormulaBody, CampaignLine, CampaignStatus, CampaignTaskState } from '../../../contracts/campaigns.ts';
import { beijingDay } from '../../platform/time/beijing.ts';

export type { FieldError };

/** Work is done on a day in China. */
export const campaignToday = (now = new Date()): string => beijingDay(now);

export function isRealDate(iso: string): boolean {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
}

/** Every enabled line weighs the same unless the committee says otherwise [001]. */
export function defaultFormula(lines: readonly CampaignLine[]): AssessmentFormulaBody {
  const weight = Math.round((100 / Math.max(lines.length, 1)) * 100) / 100;
  return { weights: Object.fromEntries(lines.map((l) => [l, weight])), capPercent: 100, fullScore: 100 };
}

type CampaignFields = { lines: readonly CampaignLine[]; startsOn: string; endsOn: string; year: number; formula?: AssessmentFormulaBody | undefined };

export function campaignProblems(c: CampaignFields): FieldError[] {
  const problems: FieldError[] = [];
  if (new Set(c.lines).size !== c.lines.length) problems.push({ path: 'lines', message: '帮扶行动不能重复' });
  if (!isRealDate(c.startsOn)) problems.push({ path: 'startsOn', message: '没有这一天' });
  if (!isRealDate(c.endsOn)) problems.push({ path: 'endsOn', message: '没有这一天' });
  else if (isRealDate(c.startsOn) && c.endsOn < c.startsOn) problems.push({ path: 'endsOn', message: '结束日期不能早于开始日期' });
  if (isRealDate(c.startsOn) && Number(c.startsOn.slice(0, 4)) > c.year) problems.push({ path: 'startsOn', message: '开始日期不能晚于所属年度' });
  for (const key of Object.keys(c.formula?.weights ?? {})) {
    if (!c.lines.includes(key as CampaignLine)) problems.push({ path: `formula.weights.${key}`, message: '只能为已启用的帮扶行动设权重' });
  }
  return problems;
}

const steps: Record<CampaignStatus, CampaignStatus[]> = { draft: ['running'], running: ['closed'], closed: [] };

/** A campaign is prepared, runs, and is closed; a closed one stays closed so its assessment stands. */
export function mayStep(from: CampaignStatus, to: CampaignStatus): boolean {
  return steps[from].includes(to);
}

/** Lines whose target is a village; the secretary's line targets a household. */
export const villageLines: ReadonlySet<CampaignLine> = new Set(['branch_village', 'leader_stay', 'professional_visit', 'member_service']);

type TaskTarget = { line: CampaignLine; villageCode?: string | undefined; householdId?: string | undefined; householdName?: string | undefined };

export function taskProblems(task: TaskTarget, campaignLines: readonly CampaignLine[]): FieldError[] {
  const problems: FieldError[] = [];
  if (!campaignLines.includes(task.line)) problems.push({ path: 'line', message: '本次行动未启用该项帮扶行动' });
  if (villageLines.has(task.line) && !task.villageCode) problems.push({ path: 'villageCode', message: '请选择结对的村' });
  if (task.line === 'secretary_household' && !task.householdId && !task.householdName) problems.push({ path: 'householdName', message: '请选择农户或填写户主姓名' });
  if (task.householdId && task.householdName) problems.push({ path: 'householdName', message: '已选择农户时不再填写户主姓名' });
  return problems;
}

export type TaskMove = 'claim' | 'assign' | 'done';

/** An open task is claimed by a branch or assigned to one, once; a claimed or assigned task is then done. */
export function taskStateAfter(state: CampaignTaskState, move: TaskMove): CampaignTaskState | null {
  if (move === 'claim') return state === 'open' ? 'claimed' : null;
  if (move === 'assign') return state === 'open' ? 'assigned' : null;
  return state === 'claimed' || state === 'assigned' ? 'done' : null;
}

type EntryFields = { line: CampaignLine; householdId?: string | null | undefined; householdName?: string | null | undefined; happenedOn: string };
type CampaignDates = { lines: readonly CampaignLine[]; startsOn: string; endsOn: string };

/** What the ledger form cannot check one field at a time: the line, the household, and the day within the campaign. */
export function ledgerProblems(entry: EntryFields, campaign: CampaignDates, today: string): FieldError[] {
  const problems: FieldError[] = [];
  if (!campaign.lines.includes(entry.line)) problems.push({ path: 'line', message: '本次行动未启用该项帮扶行动' });
  if (entry.line === 'secretary_household' && !entry.householdId && !entry.householdName) problems.push({ path: 'householdName', message: '书记帮户须选择农户或填写户主姓名' });
  if (entry.householdId && entry.householdName) problems.push({ path: 'householdName', message: '已选择农户时不再填写户主姓名' });
  if (!isRealDate(entry.happenedOn)) problems.push({ path: 'happenedOn', message: '没有这一天' });
  else if (entry.happenedOn > today) problems.push({ path: 'happenedOn', message: '时间不能晚于今天' });
  else if (entry.happenedOn < campaign.startsOn || entry.happenedOn > campaign.endsOn) {
    problems.push({ path: 'happenedOn', message: `时间应在行动期间（${campaign.startsOn} 至 ${campaign.endsOn}）` });
  }
  return problems;
}
