import { randomUUID } from 'node:crypto';
import { cases, type MatrixCase, type MatrixFixtures, type MatrixRow } from '../../test/matrix.ts';

// Imports touch no record until a file arrives, and a job belongs to whoever started it.
export const matrixFixtures: MatrixFixtures = async () => ({ importJob: randomUUID() });

const others: MatrixCase[] = [
  ['county_org', 'in', 403],
  ['township_party', 'in', 403],
  ['team_member', 'in', 403],
  ['paired_cadre', 'in', 403],
  ['viewer', 'in', 403],
  ['sys_admin', 'national', 403],
  ['audit_admin', 'national', 403],
];

/** The importers get through to the handler: a form without a file is a field error, a job of someone else's is not there. */
const importers = (status: number): MatrixCase[] => [
  [null, 'anonymous', 401],
  ['rural_office', 'in', status],
  ['rural_office', 'out', status],
  ['team_leader', 'in', status],
  ...others,
];

export const matrixRows: MatrixRow[] = [
  ...cases({ route: '/api/imports/template', method: 'GET', url: () => '/api/imports/template' }, importers(200)),
  ...cases({ route: '/api/imports', method: 'GET', url: () => '/api/imports' }, importers(200)),
  ...cases({ route: '/api/imports/preview', method: 'POST', url: () => '/api/imports/preview', body: () => ({}) }, importers(400)),
  ...cases({ route: '/api/imports', method: 'POST', url: () => '/api/imports', body: () => ({}) }, importers(400)),
  ...cases({ route: '/api/imports/:jobId', method: 'GET', url: (w) => `/api/imports/${w.ids.importJob}` }, importers(404)),
  ...cases({ route: '/api/imports/:jobId/errors', method: 'GET', url: (w) => `/api/imports/${w.ids.importJob}/errors` }, importers(404)),
];
