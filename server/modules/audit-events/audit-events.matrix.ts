import { cases, type MatrixRow } from '../../test/matrix.ts';

// 三员分立: only the audit administrator reads or exports the trail.
export const matrixRows: MatrixRow[] = [
  ...cases({ route: '/api/audit-events', method: 'GET', url: () => '/api/audit-events' }, [
    [null, 'anonymous', 401],
    ['audit_admin', 'national', 200],
    ['audit_admin', 'in', 200],
    ['sys_admin', 'national', 403],
    ['security_admin', 'national', 403],
    ['county_org', 'in', 403],
  ]),
  ...cases({ route: '/api/audit-events/export', method: 'GET', url: () => '/api/audit-events/export' }, [
    [null, 'anonymous', 401],
    ['audit_admin', 'national', 200],
    ['sys_admin', 'national', 403],
    ['viewer', 'in', 403],
  ]),
];
