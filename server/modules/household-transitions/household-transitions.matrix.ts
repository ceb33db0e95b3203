import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { cases, type MatrixCase, type MatrixFixtures, type MatrixRow, type MatrixWorld } from '../../test/matrix.ts';
import { makeScope } from '../../platform/access/scope.ts';
import { startWorkflow } from '../../platform/workflow/workflow.ts';
import { households } from '../households/index.ts';
import { householdTransitions } from './household-transitions.schema.ts';
import { addIsoDays, noticeWindow, transitionToday } from './household-transitions.rules.ts';
import { identificationWorkflow } from './household-transitions.workflow.ts';

/**
 * A 拖车村 household whose identification has passed its village notice and waits for the
 * township. Every action row sends `return` without a reason, so the one it waits for gets 400
 * and nothing moves; every request row names a discovery day ahead, so a caller allowed to ask
 * gets 400 and nothing is created.
 */
export const matrixFixtures: MatrixFixtures = async (w) => {
  const village = w.places.naguVillage;
  const [household] = await w.deps.db
    .insert(households)
    .values({ code: w.unique(village), divisionCode: village, householderName: '矩阵户主', pinyin: 'juzhenhuzhu', attribute: 'general', status: 'new' })
    .returning();
  const today = transitionToday();
  const notice = noticeWindow(addIsoDays(today, -10), w.deps.config.households.noticeDays);
  const transitionId = await w.deps.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(householdTransitions)
      .values({
        householdId: household!.id,
        divisionCode: village,
        kind: 'identification',
        state: 'first_notice',
        reason: '矩阵测试',
        appraisalOn: addIsoDays(today, -11),
        appraisalAttendees: 30,
        appraisalInFavour: 28,
        firstNoticeStart: notice.start,
        firstNoticeEnd: notice.end,
        data: { requestedOn: addIsoDays(today, -12) },
      })
      .returning();
    const applicant = { accountId: randomUUID(), username: 'matrix', displayName: '矩阵队员', roles: ['team_member' as const], permissions: new Set<never>(), scope: makeScope(village, null), cadreId: null };
    const instance = await startWorkflow(tx, { principal: applicant, actor: { accountId: null, username: 'matrix', requestId: 'matrix', ip: null } }, identificationWorkflow, {
      subjectId: row!.id,
      title: '精准识别：矩阵户主户',
      divisionCode: village,
      assignee: { role: 'township_party' },
      link: `/household-transitions/${row!.id}`,
    });
    await tx.update(householdTransitions).set({ workflowId: instance.id }).where(eq(householdTransitions.id, row!.id));
    return row!.id;
  });
  return { transition: transitionId, transitionHousehold: household!.id };
};

const transitionUrl = (suffix = '') => (w: MatrixWorld) => `/api/household-transitions/${w.ids.transition}${suffix}`;
const householdUrl = (w: MatrixWorld) => `/api/households/${w.ids.transitionHousehold}/transitions`;
const futureDiscovery = () => ({
  kind: 'monitoring',
  reason: '矩阵测试',
  monitoringType: 'sudden',
  discoveryChannel: 'cadre_visit',
  discoveredOn: addIsoDays(transitionToday(), 3),
});
const admins: MatrixCase[] = [
  ['sys_admin', 'national', 403],
  ['audit_admin', 'national', 403],
];
const readers: MatrixCase[] = [
  [null, 'anonymous', 401],
  ['rural_office', 'in', 200],
  ['rural_office', 'out', 404],
  ['township_party', 'in', 200],
  ['team_leader', 'in', 200],
  ['team_member', 'in', 200],
  ['paired_cadre', 'in', 200],
  ['county_org', 'in', 200],
  ['discipline', 'in', 200],
  ['viewer', 'in', 200],
  ['viewer', 'out', 404],
  ['unit_party', 'in', 403],
  ...admins,
];

export const matrixRows: MatrixRow[] = [
  ...cases({ route: '/api/households/:id/transitions', method: 'GET', url: householdUrl }, readers),
  ...cases({ route: '/api/household-transitions/:id', method: 'GET', url: transitionUrl() }, readers),
  ...cases({ route: '/api/household-transitions', method: 'GET', url: () => '/api/household-transitions' }, [
    [null, 'anonymous', 401],
    ['rural_office', 'in', 200],
    ['rural_office', 'out', 200],
    ['township_party', 'in', 200],
    ['team_member', 'in', 200],
    ['viewer', 'in', 200],
    ['unit_party', 'in', 403],
    ...admins,
  ]),
  ...cases({ route: '/api/household-transitions/export', method: 'GET', url: () => '/api/household-transitions/export' }, [
    [null, 'anonymous', 401],
    ['rural_office', 'in', 200],
    ['rural_office', 'out', 200],
    ['township_party', 'in', 200],
    ['team_leader', 'in', 200],
    // The export names householders: the registry's export right is needed too.
    ['team_member', 'in', 403],
    ['viewer', 'in', 403],
    ['paired_cadre', 'in', 403],
    ...admins,
  ]),
  ...cases({ route: '/api/households/:id/transitions', method: 'POST', url: householdUrl, body: futureDiscovery }, [
    [null, 'anonymous', 401],
    ['rural_office', 'in', 400],
    ['rural_office', 'out', 404],
    ['team_leader', 'in', 400],
    ['team_member', 'in', 400],
    ['team_member', 'out', 404],
    ['paired_cadre', 'in', 400],
    ['township_party', 'in', 403],
    ['county_org', 'in', 403],
    ['viewer', 'in', 403],
    ...admins,
  ]),
  ...cases({ route: '/api/household-transitions/:id/actions', method: 'POST', url: transitionUrl('/actions'), body: () => ({ action: 'return' }) }, [
    [null, 'anonymous', 401],
    // Waiting for the township: it may act (refused here only for the missing reason).
    ['township_party', 'in', 400],
    ['township_party', 'out', 404],
    // Neither the county office nor the village team takes the township's step.
    ['rural_office', 'in', 403],
    ['rural_office', 'out', 404],
    ['team_leader', 'in', 403],
    ['team_member', 'in', 403],
    ['county_org', 'in', 403],
    ['viewer', 'in', 403],
    ...admins,
  ]),
];
