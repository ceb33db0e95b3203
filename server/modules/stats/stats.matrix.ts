import { cases, type MatrixCase, type MatrixRow } from '../../test/matrix.ts';
import { statsReportMatrixRows } from './stats-report.matrix.ts';

const admins: MatrixCase[] = [
  ['audit_admin', 'national', 403],
  ['security_admin', 'national', 403],
];
const nonReaders: MatrixCase[] = [
  ['team_member', 'in', 403],
  ['paired_cadre', 'in', 403],
  ['unit_party', 'in', 403],
  ['service_station', 'in', 403],
];
/** The region asked for is 会泽县: "in" callers hold it, "out" callers (高州市) do not. */
const readers = (status: number): MatrixCase[] => [
  [null, 'anonymous', 401],
  ['county_org', 'in', status],
  ['county_org', 'out', 404],
  ['city_org', 'in', status],
  ['township_party', 'out', 404],
  ['rural_office', 'in', status],
  ['discipline', 'in', status],
  ['campaign_admin', 'in', status],
  ['viewer', 'in', status],
  ['viewer', 'out', 404],
  ['viewer', 'national', status],
  ['sys_admin', 'national', 403],
  ...nonReaders,
  ...admins,
];
const huize = () => '/api/stats?divisionCode=530326000000';

export const matrixRows: MatrixRow[] = [
  ...cases({ route: '/api/stats', method: 'GET', url: huize }, [...readers(200), ['team_leader', 'out', 404]]),
  ...cases({ route: '/api/stats/export', method: 'GET', url: () => '/api/stats/export?divisionCode=530326000000' }, [...readers(200), ['team_leader', 'in', 403]]),
  ...cases({ route: '/api/stats/refresh', method: 'POST', url: () => '/api/stats/refresh', body: () => ({}) }, [
    [null, 'anonymous', 401],
    ['county_org', 'in', 202],
    ['city_org', 'out', 202],
    ['sys_admin', 'national', 202],
    ['township_party', 'in', 403],
    ['viewer', 'in', 403],
    ['team_leader', 'in', 403],
    ...nonReaders,
    ...admins,
  ]),
  ...statsReportMatrixRows,
];
