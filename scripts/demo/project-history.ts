import { inArray } from 'drizzle-orm';
import type { Executor } from '../../server/platform/db/client.ts';
import { workflowInstances, workflowSteps } from '../../server/platform/workflow/workflow.schema.ts';
import { accounts } from '../../server/platform/auth/auth.schema.ts';
import { divisions } from '../../server/modules/divisions/index.ts';
import type { projects } from '../../server/modules/projects/index.ts';
import type { Role } from '../../contracts/roles.ts';
import type { SeededRandom } from './random.ts';
import { addDays } from './demo-world.ts';

type ProjectRow = typeof projects.$inferInsert;
type InstanceRow = typeof workflowInstances.$inferInsert;
type StepRow = typeof workflowSteps.$inferInsert;
type Actor = { accountId: string | null; name: string; role: Role };

export type ProjectHistory = { instances: InstanceRow[]; steps: StepRow[] };

const at = (day: string, hour: number) => new Date(`${day}T${String(hour).padStart(2, '0')}:30:00+08:00`);

/** The account a place's role acts through in the demo, or the office's name when the demo has none. */
async function placeActors(executor: Executor, rows: readonly ProjectRow[]) {
  const codes = new Set<string>();
  for (const p of rows) codes.add(`${p.divisionCode.slice(0, 9)}000`).add(`${p.divisionCode.slice(0, 6)}000000`);
  const names = new Map((await executor.select({ code: divisions.code, name: divisions.name }).from(divisions).where(inArray(divisions.code, [...codes]))).map((d) => [d.code, d.name]));
  const placed = await executor
    .select({ id: accounts.id, roles: accounts.roles, scope: accounts.scopeDivisionCode, displayName: accounts.displayName, cadreId: accounts.cadreId })
    .from(accounts)
    .where(inArray(accounts.scopeDivisionCode, [...codes]));
  const byPlace = (code: string, role: Role, office: string): Actor => {
    const account = placed.find((a) => a.scope === code && a.roles.includes(role));
    return account ? { accountId: account.id, name: account.displayName, role } : { accountId: null, name: `${names.get(code) ?? ''}${office}`, role };
  };
  const cadreIds = rows.map((p) => p.proposerCadreId).filter((id): id is string => !!id);
  const leaders = cadreIds.length ? await executor.select({ id: accounts.id, cadreId: accounts.cadreId, displayName: accounts.displayName }).from(accounts).where(inArray(accounts.cadreId, cadreIds)) : [];
  return {
    township: (code: string) => byPlace(`${code.slice(0, 9)}000`, 'township_party', '党委'),
    county: (code: string) => byPlace(`${code.slice(0, 6)}000000`, 'rural_office', '乡村振兴局'),
    leader: (cadreId: string | null | undefined): Actor => {
      const account = leaders.find((a) => a.cadreId === cadreId);
      return { accountId: account?.id ?? null, name: account?.displayName ?? '驻村工作队', role: 'team_leader' };
    },
  };
}

/**
 * The approval history a project written straight into its state would have had: proposed by the
 * team, reviewed by the township, approved by the county, started and completed by the team,
 * accepted and handed over by the county. With it the next step works from the project's page as
 * for any project proposed through the app, and the history shows who did what, when.
 */
export async function projectHistory(executor: Executor, rows: ProjectRow[], random: SeededRandom): Promise<ProjectHistory> {
  const actors = await placeActors(executor, rows);
  const history: ProjectHistory = { instances: [], steps: [] };
  for (const project of rows) {
    if (!project.id || !project.noticeStart || !project.startedOn) throw new Error(`demo project ${project.name} lacks its dates`);
    const instanceId = random.uuid();
    const leader = actors.leader(project.proposerCadreId);
    const township = actors.township(project.divisionCode);
    const county = actors.county(project.divisionCode);
    const proposedOn = addDays(project.noticeStart, -30);
    const taken: [action: string, from: string | null, to: string, day: string | null | undefined, actor: Actor][] = [
      ['submit', null, 'proposed', proposedOn, leader],
      ['review', 'proposed', 'reviewed', addDays(project.noticeStart, -10), township],
      ['approve', 'reviewed', 'approved', project.noticeStart, county],
      ['start', 'approved', 'in_progress', project.startedOn, leader],
      ['complete', 'in_progress', 'completed', project.completedOn, leader],
      ['accept', 'completed', 'accepted', project.acceptedOn, county],
      ['hand_over', 'accepted', 'handed_over', project.handedOverOn, county],
    ];
    for (const [action, fromState, toState, day, actor] of taken) {
      if (!day) break;
      history.steps.push({ instanceId, action, fromState, toState, actorAccountId: actor.accountId, actorName: actor.name, actorRole: actor.role, comment: null, at: at(day, action === 'submit' ? 9 : 15) });
      if (toState === project.state) break;
    }
    const state = project.state;
    const waitsForTeam = state === 'in_progress';
    const waitsForCounty = state === 'completed' || state === 'accepted';
    history.instances.push({
      id: instanceId,
      kind: 'project',
      subjectId: project.id,
      state,
      title: `项目审批：${project.name}`,
      divisionCode: project.divisionCode,
      assigneeRole: waitsForCounty ? 'rural_office' : null,
      assigneeAccountId: waitsForTeam ? leader.accountId : null,
      applicantAccountId: leader.accountId,
      applicantCadreId: project.proposerCadreId ?? null,
      link: `/projects/${project.id}`,
      data: { budget: project.budget },
      closedAt: state === 'handed_over' && project.handedOverOn ? at(project.handedOverOn, 15) : null,
      waitsUntil: state === 'accepted' && project.acceptanceNoticeEnd ? new Date(`${addDays(project.acceptanceNoticeEnd, 1)}T00:00:00+08:00`) : null,
      createdAt: at(proposedOn, 9),
    });
    project.workflowId = instanceId;
  }
  return history;
}
