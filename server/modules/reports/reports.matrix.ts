import { cases, type MatrixFixtures, type MatrixRow, type MatrixWorld } from '../../test/matrix.ts';
import { storeFile } from '../../platform/files/files.ts';
import { teamReports } from './index.ts';
import { insertTeam, samplePdf } from './reports.fixture.ts';

const period = '2024-05';

/** A Huize team sent by the Huize unit, with one report to edit (and a file on it) and one to mark read. */
export const matrixFixtures: MatrixFixtures = async (w) => {
  const village = w.places.naguVillage;
  const team = await insertTeam(w.deps, { name: '会泽县报告矩阵工作队', village, unitId: w.units.inside, members: [] });
  const report = (kind: 'monthly_report' | 'work_summary') => ({
    teamId: team.id,
    divisionCode: village,
    kind,
    period,
    title: '矩阵测试报告',
    body: '矩阵测试报告正文，用于权限检查。',
    dueOn: '2024-06-05',
  });
  const [editable] = await w.deps.db.insert(teamReports).values(report('monthly_report')).returning();
  const [toRead] = await w.deps.db.insert(teamReports).values(report('work_summary')).returning();
  const file = await storeFile(
    w.deps.db,
    { ownerType: 'team_report', ownerId: editable!.id, divisionCode: village, fileName: '矩阵附件.pdf', content: samplePdf, uploadedBy: null },
    { maxBytes: w.deps.config.uploadMaxBytes },
  );
  return { reportTeam: team.id, reportEditable: editable!.id, reportToRead: toRead!.id, reportFile: file.id };
};

const briefing = (w: MatrixWorld) => ({ teamId: w.ids.reportTeam, kind: 'briefing', period, title: w.unique('矩阵简报'), body: '矩阵测试简报正文，用于权限检查。' });
const monthly = (w: MatrixWorld) => ({ ...briefing(w), kind: 'monthly_report', period: '2024-04' });
const edit = () => ({ title: '矩阵测试报告（修订）', body: '矩阵测试报告正文，修订后的内容。' });
const editable = (suffix = '') => (w: MatrixWorld) => `/api/reports/${w.ids.reportEditable}${suffix}`;
const fileUrl = (w: MatrixWorld) => `/api/reports/${w.ids.reportEditable}/attachments/${w.ids.reportFile}`;

const readersOfLists: Parameters<typeof cases>[1] = [
  [null, 'anonymous', 401],
  ['county_org', 'in', 200],
  ['county_org', 'out', 200],
  ['township_party', 'in', 200],
  ['discipline', 'in', 200],
  ['rural_office', 'in', 200],
  ['unit_party', 'in', 200],
  ['team_leader', 'in', 200],
  ['team_member', 'in', 200],
  ['viewer', 'in', 200],
  ['sys_admin', 'national', 403],
  ['audit_admin', 'national', 403],
];

export const matrixRows: MatrixRow[] = [
  ...cases({ route: '/api/reports', method: 'GET', url: () => '/api/reports' }, readersOfLists),
  ...cases({ route: '/api/reports/export', method: 'GET', url: () => '/api/reports/export' }, readersOfLists),
  ...cases({ route: '/api/reports/status', method: 'GET', url: () => `/api/reports/status?period=${period}` }, readersOfLists),
  ...cases({ route: '/api/reports/status', method: 'GET', url: () => '/api/reports/status' }, [['county_org', 'in', 400]]),
  ...cases({ route: '/api/reports/status/export', method: 'GET', url: () => `/api/reports/status/export?period=${period}` }, readersOfLists),
  ...cases({ route: '/api/reports/rules', method: 'GET', url: () => '/api/reports/rules' }, readersOfLists),
  ...cases({ route: '/api/reports/:id', method: 'GET', url: editable() }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 200],
    ['county_org', 'out', 404],
    ['township_party', 'in', 200],
    ['township_party', 'out', 404],
    // A unit's party committee reads the reports of the teams its unit sends.
    ['unit_party', 'in', 200],
    ['unit_party', 'out', 404],
    ['team_leader', 'in', 200],
    ['team_leader', 'out', 404],
    ['viewer', 'in', 200],
    ['viewer', 'out', 404],
    ['sys_admin', 'national', 403],
  ]),
  ...cases({ route: '/api/reports', method: 'POST', url: () => '/api/reports', body: briefing }, [
    [null, 'anonymous', 401],
    ['team_leader', 'in', 201],
    ['team_leader', 'out', 404],
    ['team_member', 'in', 201],
    ['county_org', 'in', 403],
    ['township_party', 'in', 403],
    ['unit_party', 'in', 403],
    ['viewer', 'in', 403],
    ['sys_admin', 'national', 403],
  ]),
  // The monthly report is the leader's alone.
  ...cases({ route: '/api/reports', method: 'POST', url: () => '/api/reports', body: monthly }, [
    ['team_member', 'in', 403],
    ['team_leader', 'in', 201],
  ]),
  ...cases({ route: '/api/reports/:id', method: 'PUT', url: editable(), body: edit }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 403],
    ['township_party', 'in', 403],
    ['team_leader', 'out', 404],
    ['team_member', 'in', 403],
    ['viewer', 'in', 403],
    ['team_leader', 'in', 200],
  ]),
  ...cases({ route: '/api/reports/:id/read', method: 'POST', url: (w) => `/api/reports/${w.ids.reportToRead}/read` }, [
    [null, 'anonymous', 401],
    ['team_leader', 'in', 403],
    ['viewer', 'in', 403],
    ['discipline', 'in', 403],
    ['township_party', 'out', 404],
    ['county_org', 'out', 404],
    ['township_party', 'in', 200],
    ['county_org', 'in', 200],
  ]),
  ...cases({ route: '/api/reports/:id/attachments', method: 'POST', url: editable('/attachments') }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 403],
    ['viewer', 'in', 403],
    ['team_leader', 'out', 404],
    // In scope and allowed, but a JSON body carries no file.
    ['team_leader', 'in', 400],
  ]),
  ...cases({ route: '/api/reports/:id/attachments/:fileId', method: 'GET', url: fileUrl }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 200],
    ['county_org', 'out', 404],
    ['township_party', 'in', 200],
    ['unit_party', 'out', 404],
    ['team_member', 'in', 200],
    ['viewer', 'out', 404],
    ['sys_admin', 'national', 403],
  ]),
  ...cases({ route: '/api/reports/:id/attachments/:fileId', method: 'DELETE', url: fileUrl }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 403],
    ['township_party', 'in', 403],
    ['team_leader', 'out', 404],
    ['team_member', 'in', 403],
    ['team_leader', 'in', 204],
  ]),
];
